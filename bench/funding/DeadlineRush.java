import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline rush of a funding call: N distinct people, each the lead of their own SME with one university as
 * partner, have complete drafts (texts, budget, one PDF) ready; all N submit through HTTP within the last 60 seconds
 * before the deadline, and L more just after it. Java 21+, single file, run on the application's class path
 * (PostgreSQL driver and Jackson):
 *
 * <pre>java -cp APP_CP DeadlineRush.java --base http://127.0.0.1:8381 --jdbc jdbc:postgresql://127.0.0.1:5432/DB \
 *     --db-user postgres [--users 1000] [--late 20] [--lead-seconds 150] [--kill-pid PID --kill-after 300 \
 *     --acks FILE]</pre>
 *
 * Preparation through the API: a programme manager (account, then the role set in SQL), one published call in
 * Europe/Berlin whose deadline lies --lead-seconds after the people and organisations are made (so that drafts are
 * ready before the last minute), N people with token and SME in DEA36, one university in DEA32, N complete drafts
 * with the required PDF. Schedule: 90 % of the submissions spread evenly over deadline-60 s .. deadline-10 s, the
 * other 10 % released together at deadline-8 s (the last-second rush), the L late ones at deadline+1.5 s. One virtual thread
 * per submission, a shared HttpClient.
 *
 * Checks (any failure makes the exit code 1): every in-time submission answered 200, no 5xx, no transport error;
 * every late one answered 409 and stayed a draft without a version; in the database exactly as many versions as 200
 * answers, each with the answered receipt number and checksum, the SHA-256 of its stored content equal to it,
 * submitted_at not after the deadline, the PDF named in it; receipt numbers 1..N without gaps.
 *
 * Crash variant (--kill-pid): kill -9 of the application once --kill-after receipts came back; the acknowledged
 * receipts (application id, receipt, checksum) go to --acks; then "--verify-acks FILE" after the restart checks each
 * of them in SQL and that no application is half-submitted.
 */
public class DeadlineRush {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "Rush-" + UUID.randomUUID().toString().substring(0, 8) + "-2027";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    static String base;
    static HttpClient http;
    static Connection db;
    static int failures;

    record Person(String token, String organisationId) {
    }

    record Answer(String applicationId, boolean late, int status, String receipt, String checksum, long sentNanos,
            long doneNanos, String error) {
    }

    public static void main(String[] args) throws Exception {
        base = arg(args, "--base", "http://127.0.0.1:8381");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
        }
        db = DriverManager.getConnection(arg(args, "--jdbc", null), arg(args, "--db-user", "postgres"), "");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String verify = arg(args, "--verify-acks", null);
        if (verify != null) {
            verifyAcks(Path.of(verify));
            System.exit(failures == 0 ? 0 : 1);
        }
        int users = Integer.parseInt(arg(args, "--users", "1000"));
        int late = Integer.parseInt(arg(args, "--late", "20"));
        int leadSeconds = Integer.parseInt(arg(args, "--lead-seconds", "150"));
        String killPid = arg(args, "--kill-pid", null);
        int killAfter = Integer.parseInt(arg(args, "--kill-after", "300"));
        String acks = arg(args, "--acks", null);

        long t0 = System.nanoTime();
        String managerToken = person(null).token();
        String managerEmail = JSON.readTree(send("GET", "/api/v1/me", managerToken, null).body()).path("email")
                .asString();
        try (PreparedStatement role = db.prepareStatement(
                "insert into account_role (account_id, role) select id, 'PROGRAMME_MANAGER' from account where email = ?")) {
            role.setString(1, managerEmail);
            role.executeUpdate();
        }
        String partner = person("UNIVERSITY").organisationId();
        List<Person> people = parallel(16, java.util.stream.IntStream.range(0, users + late)
                .mapToObj(i -> (Callable<Person>) () -> person("SME")).toList());
        System.out.printf("prepared %d people with SME organisations in %.1f s%n", people.size(), secs(t0));

        LocalDateTime deadline = LocalDateTime.now(BERLIN).plusSeconds(leadSeconds).truncatedTo(ChronoUnit.SECONDS);
        Instant deadlineInstant = deadline.atZone(BERLIN).toInstant();
        String callId = call(managerToken, deadline);
        int callNumber = JSON.readTree(send("GET", "/api/v1/calls/" + callId, managerToken, null).body())
                .path("number").asInt();
        long t1 = System.nanoTime();
        List<String> applications = parallel(16, people.stream().map(p -> (Callable<String>) () -> draft(p, callId,
                partner)).toList());
        System.out.printf("prepared %d complete drafts (with PDF) for call %d in %.1f s; deadline %s (%s)%n",
                applications.size(), callNumber, secs(t1), deadline, deadlineInstant);
        if (Instant.now().isAfter(deadlineInstant.minusSeconds(60))) {
            System.out.println("FAIL: the drafts were not ready a minute before the deadline; raise --lead-seconds");
            System.exit(1);
        }

        // the schedule: 90 % spread over deadline-60s .. deadline-10s, 10 % together at deadline-8s, late ones after
        List<Instant> at = new ArrayList<>();
        int spread = users * 9 / 10;
        for (int i = 0; i < users; i++) {
            at.add(i < spread ? deadlineInstant.minusSeconds(60).plusMillis(50_000L * i / spread)
                    : deadlineInstant.minusSeconds(8));
        }
        for (int i = 0; i < late; i++) {
            at.add(deadlineInstant.plusMillis(1500));
        }
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> ackLines = Collections.synchronizedList(new ArrayList<>());
        List<Future<Answer>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users + late; i++) {
                Person p = people.get(i);
                String id = applications.get(i);
                Instant when = at.get(i);
                boolean isLate = i >= users;
                futures.add(threads.submit(() -> {
                    sleepUntil(when);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> r = send("POST", "/api/v1/applications/" + id + "/submit", p.token(),
                                "{}");
                        long done = System.nanoTime();
                        String receipt = null;
                        String checksum = null;
                        if (r.statusCode() == 200) {
                            JsonNode body = JSON.readTree(r.body());
                            receipt = body.path("receiptNumber").asString();
                            checksum = body.path("checksum").asString();
                            ackLines.add(id + " " + receipt + " " + checksum);
                            if (killPid != null && acknowledged.incrementAndGet() == killAfter) {
                                ProcessHandle.of(Long.parseLong(killPid)).ifPresent(ProcessHandle::destroyForcibly);
                                System.out.printf("killed the application (kill -9) after %d receipts%n", killAfter);
                            }
                        }
                        return new Answer(id, isLate, r.statusCode(), receipt, checksum, sent, done, null);
                    } catch (Exception e) {
                        return new Answer(id, isLate, 0, null, null, sent, System.nanoTime(),
                                e.getClass().getSimpleName());
                    }
                }));
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get());
        }
        if (acks != null) {
            Files.write(Path.of(acks), ackLines);
        }
        report(answers, users, late, deadlineInstant);
        if (killPid != null) {
            System.out.printf("crash run: %d receipts acknowledged (written to %s); %d transport errors after the kill%n",
                    ackLines.size(), acks, answers.stream().filter(a -> a.error() != null).count());
            System.exit(0);
        }
        verify(answers, callId, deadlineInstant, users);
        System.out.println(failures == 0 ? "RESULT: PASS" : "RESULT: FAIL (" + failures + " failed checks)");
        System.exit(failures == 0 ? 0 : 1);
    }

    static void report(List<Answer> answers, int users, int late, Instant deadline) {
        List<Answer> inTime = answers.stream().filter(a -> !a.late()).toList();
        Map<String, Integer> codes = new TreeMap<>();
        answers.forEach(a -> codes.merge((a.late() ? "late " : "in time ") + (a.error() != null ? a.error()
                : String.valueOf(a.status())), 1, Integer::sum));
        System.out.println("answers: " + codes);
        List<Long> latencies = inTime.stream().map(a -> (a.doneNanos() - a.sentNanos()) / 1000).sorted().toList();
        long first = inTime.stream().mapToLong(Answer::sentNanos).min().orElse(0);
        long last = inTime.stream().mapToLong(Answer::doneNanos).max().orElse(0);
        long ok = inTime.stream().filter(a -> a.status() == 200).count();
        System.out.printf("in-time submissions: %d sent, %d receipts, from the first sent to the last answer %.1f s "
                + "(%.1f receipts/s on average)%n", inTime.size(), ok, (last - first) / 1e9, ok / ((last - first) / 1e9));
        List<Answer> burst = inTime.subList(users * 9 / 10, users);
        long bFirst = burst.stream().mapToLong(Answer::sentNanos).min().orElse(0);
        long bLast = burst.stream().mapToLong(Answer::doneNanos).max().orElse(0);
        System.out.printf("burst of %d released together at deadline-8 s: all answered within %.2f s (%.0f/s)%n",
                burst.size(), (bLast - bFirst) / 1e9, burst.size() / ((bLast - bFirst) / 1e9));
        System.out.printf("latency of in-time submissions (ms): p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.getLast() / 1000.0);
        List<Long> burstLatencies = burst.stream().map(a -> (a.doneNanos() - a.sentNanos()) / 1000).sorted().toList();
        System.out.printf("latency in the burst (ms): p50 %.1f, p95 %.1f, p99 %.1f%n", pct(burstLatencies, 50),
                pct(burstLatencies, 95), pct(burstLatencies, 99));
    }

    static void verify(List<Answer> answers, String callId, Instant deadline, int users) throws Exception {
        check(answers.stream().noneMatch(a -> a.status() >= 500), "no 5xx");
        check(answers.stream().noneMatch(a -> a.error() != null), "no transport errors");
        check(answers.stream().filter(a -> !a.late()).allMatch(a -> a.status() == 200), "every in-time submission 200");
        check(answers.stream().filter(Answer::late).allMatch(a -> a.status() == 409), "every late one 409");
        Map<String, String[]> stored = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("select v.application_id, v.receipt_number, v.checksum, "
                + "v.content, v.submitted_at, a.status from funding_version v join funding_application a on "
                + "a.id = v.application_id where a.call_id = ?::uuid")) {
            q.setString(1, callId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String content = rs.getString("content");
                    boolean sane = sha256(content).equals(rs.getString("checksum")) && content.contains("letters.pdf")
                            && !rs.getTimestamp("submitted_at").toInstant().truncatedTo(ChronoUnit.SECONDS)
                                    .isAfter(deadline) && rs.getString("status").equals("SUBMITTED");
                    stored.put(rs.getString("application_id"), new String[] { rs.getString("receipt_number"),
                            rs.getString("checksum"), String.valueOf(sane) });
                }
            }
        }
        List<Answer> ok = answers.stream().filter(a -> a.status() == 200).toList();
        check(stored.size() == ok.size(), "as many stored versions (" + stored.size() + ") as receipts (" + ok.size() + ")");
        check(ok.stream().allMatch(a -> stored.containsKey(a.applicationId())
                && stored.get(a.applicationId())[0].equals(a.receipt())
                && stored.get(a.applicationId())[1].equals(a.checksum())), "every receipt stored with its number and checksum");
        check(stored.values().stream().allMatch(s -> s[2].equals("true")),
                "every stored version: SHA-256 of the content = checksum, PDF named, not after the deadline, SUBMITTED");
        List<Integer> numbers = stored.values().stream().map(s -> Integer.parseInt(s[0].replaceAll(".*-", "")))
                .sorted().toList();
        check(numbers.equals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList()),
                "receipt numbers 1.." + numbers.size() + " without gaps or duplicates");
        try (PreparedStatement q = db.prepareStatement("select count(*) from funding_application where call_id = "
                + "?::uuid and status = 'DRAFT' and current_version = 0 and receipt_number is null")) {
            q.setString(1, callId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                long lateCount = answers.stream().filter(Answer::late).count();
                check(rs.getInt(1) == lateCount, "the " + lateCount + " late ones are plain drafts (" + rs.getInt(1) + ")");
            }
        }
    }

    static void verifyAcks(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        int found = 0;
        for (String line : lines) {
            String[] p = line.split(" ");
            try (PreparedStatement q = db.prepareStatement("select v.receipt_number, v.checksum, v.content, "
                    + "a.receipt_number from funding_version v join funding_application a on a.id = v.application_id "
                    + "where v.application_id = ?::uuid and v.version_number = 1")) {
                q.setString(1, p[0]);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && rs.getString(1).equals(p[1]) && rs.getString(2).equals(p[2])
                            && sha256(rs.getString(3)).equals(p[2]) && p[1].equals(rs.getString(4))) {
                        found++;
                    }
                }
            }
        }
        System.out.printf("after the restart: %d of %d acknowledged receipts stored with the same number and checksum%n",
                found, lines.size());
        check(found == lines.size(), "no acknowledged submission lost");
        try (var q = db.createStatement(); ResultSet rs = q.executeQuery("select count(*) from funding_application a "
                + "where (a.status = 'SUBMITTED') <> exists (select 1 from funding_version v where v.application_id = a.id)")) {
            rs.next();
            check(rs.getInt(1) == 0, "no half-submitted application (status without version or version without status)");
        }
        try (var q = db.createStatement(); ResultSet rs = q.executeQuery("select count(*), count(distinct "
                + "receipt_number), max(cast(substring(receipt_number from '[0-9]+$') as integer)) from funding_version")) {
            rs.next();
            System.out.printf("stored versions after the restart: %d (distinct receipts %d, highest number %d)%n",
                    rs.getInt(1), rs.getInt(2), rs.getInt(3));
            check(rs.getInt(1) == rs.getInt(2) && rs.getInt(1) == rs.getInt(3), "receipt numbers without gaps");
        }
        System.out.println(failures == 0 ? "RESULT: PASS" : "RESULT: FAIL (" + failures + " failed checks)");
    }

    static Person person(String type) throws Exception {
        String email = "rush-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> account = send("POST", "/api/v1/accounts", null, JSON.writeValueAsString(Map.of(
                "email", email, "password", PASSWORD, "displayName", "Rush", "locale", "de")));
        expect(account, 201);
        HttpResponse<String> token = send("POST", "/api/v1/auth/token", null, JSON.writeValueAsString(Map.of(
                "username", email, "password", PASSWORD)));
        expect(token, 200);
        String bearer = JSON.readTree(token.body()).path("token").asString();
        if (type == null) {
            return new Person(bearer, null);
        }
        HttpResponse<String> organisation = send("POST", "/api/v1/organisations", bearer, JSON.writeValueAsString(
                Map.of("name", type + " " + UUID.randomUUID(), "type", type, "nutsCode", type.equals("SME") ? "DEA36"
                        : "DEA32", "naceCode", "62.01", "employees", 25)));
        expect(organisation, 201);
        return new Person(bearer, JSON.readTree(organisation.body()).path("id").asString());
    }

    static String call(String token, LocalDateTime deadline) throws Exception {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("title", Map.of("de", "Umbau 21 - Smart Region (Lasttest)", "en", "Umbau 21 - Smart Region (load test)"));
        call.put("text", Map.of("en", "Deadline rush."));
        call.put("totalBudget", 50_000_000);
        call.put("maxFundingRatePercent", 80);
        call.put("maxGrant", 60000);
        call.put("eligibleApplicantTypes", List.of("SME", "UNIVERSITY"));
        call.put("eligibleRegions", List.of("DE"));
        call.put("minPartners", 2);
        call.put("opensAt", LocalDateTime.now(BERLIN).minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
        call.put("deadline", deadline.toString());
        call.put("timeZone", "Europe/Berlin");
        call.put("reviewersPerApplication", 2);
        call.put("criteria", List.of(Map.of("key", "relevance", "name", Map.of("en", "Relevance"), "maxScore", 5,
                "weight", 1)));
        call.put("documents", List.of(Map.of("key", "letters", "name", Map.of("en", "Letters of intent"),
                "required", true, "formats", List.of("pdf"), "maxBytes", 2_000_000)));
        HttpResponse<String> created = send("POST", "/api/v1/calls", token, JSON.writeValueAsString(call));
        expect(created, 201);
        String id = JSON.readTree(created.body()).path("id").asString();
        expect(send("POST", "/api/v1/calls/" + id + "/publish", token, "{}"), 200);
        return id;
    }

    static String draft(Person p, String callId, String partner) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Digitale Werkstatt " + p.organisationId().substring(0, 8));
        body.put("acronym", "DW");
        body.put("summary", "Digitale Zwillinge für die Fertigung kleiner Betriebe in der Emscher-Lippe-Region.");
        body.put("leadOrganisationId", p.organisationId());
        body.put("partners", List.of(Map.of("organisationId", partner, "role", "PARTNER", "workShare", 40)));
        body.put("budget", List.of(Map.of("organisationId", p.organisationId(), "category", "STAFF", "amount", 20000),
                Map.of("organisationId", p.organisationId(), "category", "TRAVEL", "amount", 2000),
                Map.of("organisationId", partner, "category", "STAFF", "amount", 10000)));
        body.put("requestedGrant", "29200.00");
        body.put("ownContribution", "7300.00");
        body.put("sections", Map.of("objectives", "Ziele ".repeat(200), "workplan", "Arbeitsplan ".repeat(200),
                "impact", "Wirkung ".repeat(200), "cooperation", "Zusammenarbeit ".repeat(100)));
        body.put("projectStart", "2027-04-01");
        body.put("projectEnd", "2028-03-31");
        HttpResponse<String> created = send("POST", "/api/v1/calls/" + callId + "/applications", p.token(),
                JSON.writeValueAsString(body));
        expect(created, 201);
        String id = JSON.readTree(created.body()).path("id").asString();
        String boundary = "----rush" + UUID.randomUUID();
        java.io.ByteArrayOutputStream multipart = new java.io.ByteArrayOutputStream();
        multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documentKey\"\r\n\r\n"
                + "letters\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letters.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        multipart.writeBytes(PDF);
        multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications/"
                + id + "/documents")).header("Authorization", "Bearer " + p.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(uploaded, 201);
        return id;
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").header("Accept-Language", "de");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static <T> List<T> parallel(int threads, List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        }
    }

    static void check(boolean ok, String what) {
        System.out.println((ok ? "ok   " : "FAIL ") + what);
        if (!ok) {
            failures++;
        }
    }

    static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    static double pct(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void sleepUntil(Instant when) throws InterruptedException {
        long wait = Duration.between(Instant.now(), when).toMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
