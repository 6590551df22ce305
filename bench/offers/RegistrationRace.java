import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration race of issue 4: U distinct users register for one session with S seats at the same moment,
 * through HTTP, against one or more application instances on one PostgreSQL database. Java 21+, single file, run on
 * the application's class path (PostgreSQL driver and Jackson):
 *
 * <pre>java -cp APP_CP RegistrationRace.java --bases http://127.0.0.1:8181[,http://127.0.0.1:8182] \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/uptake_bench_offers_race --db-user postgres \
 *     [--users 500] [--seats 20] [--rounds 5] [--warmup 1] [--prep-clients 4]</pre>
 *
 * Preparation, through the API like a person would (nothing in the identity tables is written by hand except the
 * TRAINER role of the organiser, as the application's own tests do): an organiser account with the TRAINER role
 * and a CHAMBER provider organisation, and U participant accounts (POST /api/v1/accounts), each with an API token
 * (POST /api/v1/auth/token). Every round the organiser creates a new offer with one session of S seats (30 days
 * ahead) and publishes it; then U virtual threads, one per user and each with its request built, wait at a start
 * barrier and send POST /api/v1/sessions/{id}/registrations together; user i goes to instance i mod (number of
 * instances). A fresh HttpClient per round, so connections are opened in the burst as arriving users would.
 *
 * Checks per round (any failure makes the exit code 1): every answer 201 (no 5xx, no other code, no transport error),
 * exactly S CONFIRMED and U - S WAITLISTED, waitlist positions exactly 1..U-S, U distinct registrations; the
 * database agrees (status counts, waitlist_seq exactly 1..U-S, the session's waitlist_counter U-S); the session as
 * the API shows it (confirmed, waitlisted) and the organiser's list of registrations (U rows, positions 1..U-S,
 * each the same as in the answer its participant got).
 *
 * Latency is per request, from sending (after the barrier) to the whole body read; "total" is from the barrier's
 * release to the last answer. Rounds after the warm-up rounds are pooled in the summary. Between rounds the client
 * waits until the mail outbox (confirmation and waitlist mails) is delivered, so rounds do not overlap with it.
 */
public class RegistrationRace {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String PASSWORD = "Race-" + UUID.randomUUID().toString().substring(0, 8) + "-2027";

    record User(String email, String token) {
    }

    record Answer(int user, int status, String body, long sentNanos, long doneNanos, String error) {
    }

    static List<String> bases;
    static Connection db;
    static HttpClient prep;
    static String organiserToken;
    static String organisationId;
    static int failedRounds;

    public static void main(String[] args) throws Exception {
        bases = List.of(arg(args, "--bases", "http://127.0.0.1:8181").split(","));
        for (String base : bases) {
            String host = URI.create(base).getHost();
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
            }
        }
        int users = Integer.parseInt(arg(args, "--users", "500"));
        int seats = Integer.parseInt(arg(args, "--seats", "20"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "5"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "1"));
        int prepClients = Integer.parseInt(arg(args, "--prep-clients", "4"));
        db = DriverManager.getConnection(arg(args, "--jdbc", null), arg(args, "--db-user", "postgres"),
                arg(args, "--db-password", ""));
        prep = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        String run = Long.toString(System.currentTimeMillis(), 36);

        long t = System.nanoTime();
        String organiserEmail = "organiser-" + run + "@uptake.bench";
        signUp(bases.get(0), organiserEmail, "Race organiser");
        try (PreparedStatement role = db.prepareStatement(
                "insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?")) {
            role.setString(1, organiserEmail);
            role.executeUpdate();
        }
        organiserToken = token(bases.get(0), organiserEmail);
        organisationId = post(bases.get(0), organiserToken, "/api/v1/organisations",
                Map.of("name", "Race chamber " + run, "type", "CHAMBER", "nutsCode", "DEE0D", "naceCode", "94.11",
                        "employees", 40), 201).path("id").asString();

        List<User> people = prepareUsers(users, prepClients, run);
        System.out.printf(Locale.ROOT, "prepared %d participants (account + token through the API, %d at a time) "
                + "and the organiser in %.1f s%n", people.size(), prepClients, (System.nanoTime() - t) / 1e9);
        System.out.printf(Locale.ROOT, "race: %d users, %d seats, %d instance(s) %s, requests alternate between them%n",
                users, seats, bases.size(), bases);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s %5s %5s %4s %4s %5s %5s %4s %5s %5s %5s %8s %8s %8s %8s %8s %8s %s%n",
                "round", "201", "other", "5xx", "conf", "wait", "pos", "db", "api", "list", "ok", "total",
                "min", "median", "p90", "p99", "max", "per instance (median/p99)");

        List<Long> pooled = new ArrayList<>();
        List<List<Long>> pooledPerInstance = new ArrayList<>();
        bases.forEach(b -> pooledPerInstance.add(new ArrayList<>()));
        List<Double> totals = new ArrayList<>();
        for (int round = 1 - warmup; round <= rounds; round++) {
            String sessionId = newSession(round + warmup, seats);
            long[] release = new long[1];
            List<Answer> answers = race(people, sessionId, release);
            boolean ok = check(round <= 0 ? "warmup" + (round + warmup) : "round" + round, answers, sessionId, users,
                    seats, release[0], round > 0 ? pooled : null, round > 0 ? pooledPerInstance : null, totals);
            if (!ok) {
                failedRounds++;
            }
            drainOutbox();
        }
        System.out.println();
        long[] all = pooled.stream().mapToLong(Long::longValue).sorted().toArray();
        if (all.length > 0) {
            System.out.printf(Locale.ROOT, "pooled over %d measured rounds (%d requests): median %.1f  p90 %.1f  "
                    + "p99 %.1f  max %.1f ms; total per round: median %.0f ms, max %.0f ms%n", rounds, all.length,
                    ms(percentile(all, 50)), ms(percentile(all, 90)), ms(percentile(all, 99)), ms(all[all.length - 1]),
                    totals.stream().sorted().toList().get((totals.size() - 1) / 2),
                    totals.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            for (int i = 0; i < bases.size() && bases.size() > 1; i++) {
                long[] mine = pooledPerInstance.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "  instance %s: %d requests, median %.1f  p90 %.1f  p99 %.1f  max %.1f ms%n",
                        bases.get(i), mine.length, ms(percentile(mine, 50)), ms(percentile(mine, 90)),
                        ms(percentile(mine, 99)), ms(mine[mine.length - 1]));
            }
        }
        System.out.println("latencies in ms from sending to the whole answer read; total = barrier release to the last answer");
        System.out.println("columns: 201/other/5xx = answers by code; conf/wait = CONFIRMED/WAITLISTED answers; pos = waitlist "
                + "positions exactly 1..U-S; db = status counts, waitlist_seq and waitlist_counter in PostgreSQL; api = GET "
                + "/api/v1/sessions/{id}; list = organiser's registrations agree with the answers");
        if (failedRounds > 0) {
            System.out.println("FAILED: " + failedRounds + " round(s) broke a guarantee");
            System.exit(1);
        }
        System.out.println("ALL ROUNDS CORRECT");
    }

    static List<User> prepareUsers(int users, int clients, String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<User>> futures = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String base = bases.get(i % bases.size());
            String email = "participant-" + i + "-" + run + "@uptake.bench";
            int n = i;
            futures.add(pool.submit(() -> {
                signUp(base, email, "Participant " + n);
                return new User(email, token(base, email));
            }));
        }
        List<User> people = new ArrayList<>();
        for (Future<User> future : futures) {
            people.add(future.get());
        }
        pool.shutdown();
        return people;
    }

    /** A new published offer with one session of the given seats, starting in 30 days (a different hour per round). */
    static String newSession(int round, int seats) throws Exception {
        String base = bases.get(0);
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("de", "Wettlauf um Plätze " + round, "en", "Race for seats " + round));
        offer.put("description", Map.of("de", "Benchmark: viele Anmeldungen zugleich."));
        offer.put("kind", "SEMINAR");
        offer.put("providerOrganisationId", organisationId);
        offer.put("topics", List.of("data"));
        offer.put("language", "de");
        offer.put("price", 0);
        String offerId = post(base, organiserToken, "/api/v1/offers", offer, 201).path("id").asString();
        LocalDateTime start = LocalDateTime.now().plusDays(30).withHour(8).withMinute(0).plusMinutes(15L * round);
        Map<String, Object> session = new HashMap<>();
        session.put("start", start.format(LOCAL));
        session.put("end", start.plusHours(7).format(LOCAL));
        session.put("timeZone", "Europe/Berlin");
        session.put("capacity", seats);
        session.put("address", "Handwerkskammer, Gareisstraße 10, 39106 Magdeburg");
        session.put("nutsCode", "DEE03");
        String sessionId = post(base, organiserToken, "/api/v1/offers/" + offerId + "/sessions", session, 201)
                .path("id").asString();
        post(base, organiserToken, "/api/v1/offers/" + offerId + "/publish", Map.of(), 200);
        return sessionId;
    }

    static List<Answer> race(List<User> people, String sessionId, long[] release) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        int n = people.size();
        Answer[] answers = new Answer[n];
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int user = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(i % bases.size()) + "/api/v1/sessions/"
                    + sessionId + "/registrations")).header("Authorization", "Bearer " + people.get(i).token())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            threads.add(Thread.ofVirtual().start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    answers[user] = new Answer(user, response.statusCode(), response.body(), sent, System.nanoTime(),
                            null);
                } catch (Exception e) {
                    answers[user] = new Answer(user, -1, "", sent, System.nanoTime(), e.toString());
                }
            }));
        }
        ready.await();
        Thread.sleep(200);
        release[0] = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        http.close();
        return Arrays.asList(answers);
    }

    static boolean check(String label, List<Answer> answers, String sessionId, int users, int seats, long release,
            List<Long> pooled, List<List<Long>> pooledPerInstance, List<Double> totals) throws Exception {
        int created = 0, other = 0, server = 0, confirmed = 0, waitlisted = 0;
        List<Integer> positions = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();   // registration id -> status/position as answered
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Answer a : answers) {
            if (a.error() != null || a.status() != 201) {
                other++;
                if (a.status() >= 500) {
                    server++;
                }
                if (problems.size() < 5) {
                    problems.add("user " + a.user() + ": " + (a.error() != null ? a.error() : a.status() + " "
                            + a.body().substring(0, Math.min(200, a.body().length()))));
                }
                continue;
            }
            created++;
            JsonNode body = JSON.readTree(a.body());
            String status = body.path("status").asString();
            ids.add(body.path("id").asString());
            if (status.equals("CONFIRMED")) {
                confirmed++;
                expected.put(body.path("id").asString(), "CONFIRMED");
            } else if (status.equals("WAITLISTED")) {
                waitlisted++;
                positions.add(body.path("waitlistPosition").asInt());
                expected.put(body.path("id").asString(), "WAITLISTED/" + body.path("waitlistPosition").asInt());
            } else if (problems.size() < 5) {
                problems.add("unexpected status " + status);
            }
        }
        List<Integer> wanted = IntStream.rangeClosed(1, users - seats).boxed().toList();
        boolean positionsOk = positions.stream().sorted().toList().equals(wanted);

        Map<String, Integer> dbCounts = new TreeMap<>();
        List<Integer> seqs = new ArrayList<>();
        long counter;
        try (PreparedStatement statement = db.prepareStatement(
                "select status, count(*) from registration where session_id = ? group by status")) {
            statement.setObject(1, UUID.fromString(sessionId));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    dbCounts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        try (PreparedStatement statement = db.prepareStatement("select waitlist_seq from registration "
                + "where session_id = ? and status = 'WAITLISTED' order by waitlist_seq")) {
            statement.setObject(1, UUID.fromString(sessionId));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getInt(1));
                }
            }
        }
        try (PreparedStatement statement = db.prepareStatement(
                "select waitlist_counter from offer_session where id = ?")) {
            statement.setObject(1, UUID.fromString(sessionId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                counter = rows.getLong(1);
            }
        }
        boolean dbOk = dbCounts.equals(Map.of("CONFIRMED", seats, "WAITLISTED", users - seats)) && seqs.equals(wanted)
                && counter == users - seats;
        if (!dbOk) {
            problems.add("database: " + dbCounts + ", waitlist_counter " + counter + ", waitlist_seq "
                    + (seqs.equals(wanted) ? "1.." + (users - seats) : "NOT 1.." + (users - seats)));
        }

        JsonNode session = get(bases.get(bases.size() - 1), organiserToken, "/api/v1/sessions/" + sessionId);
        boolean apiOk = session.path("confirmed").asInt() == seats && session.path("waitlisted").asInt() == users - seats
                && session.path("capacity").asInt() == seats;
        if (!apiOk) {
            problems.add("GET session: " + session);
        }
        JsonNode list = get(bases.get(0), organiserToken, "/api/v1/sessions/" + sessionId + "/registrations");
        Map<String, String> listed = new HashMap<>();
        for (JsonNode r : list) {
            String status = r.path("status").asString();
            listed.put(r.path("id").asString(), status.equals("WAITLISTED")
                    ? status + "/" + r.path("waitlistPosition").asInt() : status);
        }
        boolean listOk = list.size() == users && listed.equals(expected);
        if (!listOk) {
            problems.add("organiser's list: " + list.size() + " rows, agrees with the answers: " + listed.equals(expected));
        }

        boolean ok = created == users && other == 0 && confirmed == seats && waitlisted == users - seats && positionsOk
                && ids.size() == users && dbOk && apiOk && listOk;
        long[] latencies = answers.stream().mapToLong(a -> a.doneNanos() - a.sentNanos()).sorted().toArray();
        double total = ms(answers.stream().mapToLong(Answer::doneNanos).max().orElse(release) - release);
        StringBuilder perInstance = new StringBuilder();
        if (bases.size() > 1) {
            for (int i = 0; i < bases.size(); i++) {
                int instance = i;
                long[] mine = answers.stream().filter(a -> a.user() % bases.size() == instance)
                        .mapToLong(a -> a.doneNanos() - a.sentNanos()).sorted().toArray();
                perInstance.append(String.format(Locale.ROOT, " %s:%.0f/%.0f", URI.create(bases.get(i)).getPort(),
                        ms(percentile(mine, 50)), ms(percentile(mine, 99))));
            }
        }
        System.out.printf(Locale.ROOT, "%-8s %5d %5d %4d %4d %5d %5s %4s %5s %5s %5s %8.0f %8.1f %8.1f %8.1f %8.1f %8.1f%s%n",
                label, created, other, server, confirmed, waitlisted, positionsOk ? "1.." + (users - seats) : "BAD",
                dbOk ? "ok" : "BAD", apiOk ? "ok" : "BAD", listOk ? "ok" : "BAD", ok ? "yes" : "NO", total,
                ms(latencies[0]), ms(percentile(latencies, 50)), ms(percentile(latencies, 90)),
                ms(percentile(latencies, 99)), ms(latencies[latencies.length - 1]), perInstance);
        for (String problem : problems) {
            System.out.println("    problem: " + problem);
        }
        if (pooled != null) {
            answers.forEach(a -> pooled.add(a.doneNanos() - a.sentNanos()));
            answers.forEach(a -> pooledPerInstance.get(a.user() % bases.size()).add(a.doneNanos() - a.sentNanos()));
            totals.add(total);
        }
        return ok;
    }

    /** Waits (at most 120 s) until the mails queued by the round are delivered, so the next round runs alone. */
    static void drainOutbox() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (PreparedStatement statement = db.prepareStatement(
                    "select count(*) from mail_outbox where status = 'QUEUED'");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    break;
                }
            }
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
    }

    static void signUp(String base, String email, String name) throws Exception {
        post(base, null, "/api/v1/accounts", Map.of("email", email, "password", PASSWORD, "displayName", name,
                "locale", "en"), 201);
    }

    static String token(String base, String email) throws Exception {
        return post(base, null, "/api/v1/auth/token", Map.of("username", email, "password", PASSWORD, "name", "race"),
                200).path("token").asString();
    }

    static JsonNode post(String base, String token, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = prep.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    static JsonNode get(String base, String token, String path) throws Exception {
        HttpResponse<String> response = prep.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Nearest rank: the smallest value with at least p per cent of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
