import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking race of the maker space: U distinct people book the same unit (one 3D printer that needs an
 * induction) for the same hour at the same moment, through HTTP, against one or more application instances on one
 * PostgreSQL database. Java 21+, single file, run on the application's class path (PostgreSQL driver and Jackson):
 *
 * <pre>java -cp APP_CP BookingRace.java --bases http://127.0.0.1:8181[,http://127.0.0.1:8182] \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/uptake_bench_makerspace_race --db-user postgres \
 *     [--users 200] [--rounds 5] [--warmup 1] [--prep-clients 4]</pre>
 *
 * Preparation through the API: a librarian account that owns a LIBRARY organisation (so it is staff), a venue open
 * day and night (slots of 60 minutes, up to 10 active bookings per person, 90 days ahead), one 3D printer with one
 * unit that needs an induction, and U people (POST /api/v1/accounts, POST /api/v1/auth/token, GET /api/v1/me), each
 * with an induction recorded by the librarian (POST /api/v1/equipment/{id}/inductions). Every round a fresh hour
 * (10:00-11:00 local time on day 10 + round ahead); U virtual threads wait at a start barrier with their request
 * built and send POST /api/v1/equipment/{id}/bookings together; person i goes to instance i mod (number of
 * instances). A fresh HttpClient per round.
 *
 * Checks per round (any failure makes the exit code 1): exactly one 201 and U - 1 answers 409, no 5xx, no other
 * code, no transport error; in the database exactly one booking of the unit overlapping that hour that is not
 * cancelled, it is the one the 201 answered, and the hour's booking_slot rows (4 of 15 minutes) all belong to it.
 * Latency is per request, from sending (after the barrier) to the whole body read; "total" is from the barrier's
 * release to the last answer. Between rounds the client waits until the confirmation mail is delivered.
 */
public class BookingRace {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "Race-" + UUID.randomUUID().toString().substring(0, 8) + "-2027";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    record User(String email, String token, String id) {
    }

    record Answer(int user, int status, String body, long sentNanos, long doneNanos, String error) {
    }

    static List<String> bases;
    static Connection db;
    static HttpClient prep;
    static String staffToken;
    static String equipmentId;
    static String unitId;
    static int failedRounds;

    public static void main(String[] args) throws Exception {
        bases = List.of(arg(args, "--bases", "http://127.0.0.1:8181").split(","));
        for (String base : bases) {
            String host = URI.create(base).getHost();
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
            }
        }
        int users = Integer.parseInt(arg(args, "--users", "200"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "5"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "1"));
        int prepClients = Integer.parseInt(arg(args, "--prep-clients", "4"));
        db = DriverManager.getConnection(arg(args, "--jdbc", null), arg(args, "--db-user", "postgres"),
                arg(args, "--db-password", ""));
        prep = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String base0 = bases.get(0);

        long t = System.nanoTime();
        String staffEmail = "librarian-" + run + "@uptake.bench";
        signUp(base0, staffEmail, "Race librarian");
        staffToken = token(base0, staffEmail);
        String organisationId = post(base0, staffToken, "/api/v1/organisations", Map.of("name", "Race library " + run,
                "type", "LIBRARY", "nutsCode", "NO060", "naceCode", "91.01", "employees", 12), 201).path("id").asString();
        Map<String, Object> venue = new HashMap<>();
        venue.put("organisationId", organisationId);
        venue.put("name", "Race maker space " + run);
        venue.put("description", Map.of("en", "Benchmark: many people book one printer at once."));
        venue.put("street", "Peter Egges plass 1");
        venue.put("postalCode", "7013");
        venue.put("city", "Trondheim");
        venue.put("nutsCode", "NO060");
        venue.put("timeZone", "Europe/Oslo");
        venue.put("contactEmail", "verksted@example.org");
        venue.put("rules", Map.of("slotMinutes", 60, "minBookingMinutes", 60, "maxBookingMinutes", 240,
                "horizonDays", 90, "maxActiveBookings", 10, "cancellationHours", 24));
        String venueId = post(base0, staffToken, "/api/v1/venues", venue, 201).path("id").asString();
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.put(day, List.of(Map.of("open", "00:00", "close", "24:00")));
        }
        put(base0, staffToken, "/api/v1/venues/" + venueId + "/opening-hours", Map.of("weekly", weekly), 200);
        Map<String, Object> machine = new HashMap<>();
        machine.put("name", Map.of("en", "Race printer", "nb", "Kappl\u00f8psskriver"));
        machine.put("kind", "PRINTER_3D");
        machine.put("quantity", 1);
        machine.put("inductionRequired", true);
        machine.put("inductionValidDays", 365);
        JsonNode equipment = post(base0, staffToken, "/api/v1/venues/" + venueId + "/equipment", machine, 201);
        equipmentId = equipment.path("id").asString();
        unitId = equipment.path("units").get(0).path("id").asString();

        List<User> people = prepareUsers(users, prepClients, run);
        System.out.printf(Locale.ROOT, "prepared %d people (account, token, induction through the API, %d at a time), "
                + "the librarian, venue and printer (1 unit, induction required) in %.1f s%n", people.size(),
                prepClients, (System.nanoTime() - t) / 1e9);
        System.out.printf(Locale.ROOT, "race: %d people, one unit, one hour per round, %d instance(s) %s, requests "
                + "alternate between them%n", users, bases.size(), bases);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s %5s %5s %4s %5s %4s %5s %5s %8s %8s %8s %8s %8s %8s %s%n",
                "round", "201", "409", "5xx", "other", "db", "slots", "ok", "total", "min", "median", "p90", "p99",
                "max", "per instance (median/p99)");

        List<Long> pooled = new ArrayList<>();
        List<List<Long>> pooledPerInstance = new ArrayList<>();
        bases.forEach(b -> pooledPerInstance.add(new ArrayList<>()));
        List<Double> totals = new ArrayList<>();
        for (int round = 1 - warmup; round <= rounds; round++) {
            LocalDate day = LocalDate.now(OSLO).plusDays(10 + round + warmup);
            String start = day + "T10:00";
            String end = day + "T11:00";
            long[] release = new long[1];
            List<Answer> answers = race(people, start, end, release);
            boolean ok = check(round <= 0 ? "warmup" + (round + warmup) : "round" + round, answers, day, users,
                    release[0], round > 0 ? pooled : null, round > 0 ? pooledPerInstance : null, totals);
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
        System.out.println("columns: 201/409/5xx/other = answers by code; db = exactly one booking of the unit in that hour "
                + "that is not cancelled, the one answered 201; slots = its 4 booking_slot rows, no others in the hour");
        if (failedRounds > 0) {
            System.out.println("FAILED: " + failedRounds + " round(s) broke a guarantee");
            System.exit(1);
        }
        System.out.println("ALL ROUNDS CORRECT");
    }

    static List<User> prepareUsers(int users, int clients, String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<User>> futures = new ArrayList<>();
        String today = LocalDate.now(OSLO).toString();
        for (int i = 0; i < users; i++) {
            String base = bases.get(i % bases.size());
            String email = "maker-" + i + "-" + run + "@uptake.bench";
            int n = i;
            futures.add(pool.submit(() -> {
                signUp(base, email, "Maker " + n);
                String token = token(base, email);
                String id = get(base, token, "/api/v1/me").path("id").asString();
                post(base, staffToken, "/api/v1/equipment/" + equipmentId + "/inductions",
                        Map.of("userId", id, "passedOn", today), 201);
                return new User(email, token, id);
            }));
        }
        List<User> people = new ArrayList<>();
        for (Future<User> future : futures) {
            people.add(future.get());
        }
        pool.shutdown();
        return people;
    }

    static List<Answer> race(List<User> people, String start, String end, long[] release) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        int n = people.size();
        Answer[] answers = new Answer[n];
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String body = JSON.writeValueAsString(Map.of("start", start, "end", end, "unitId", unitId));
        for (int i = 0; i < n; i++) {
            int user = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create(bases.get(i % bases.size()) + "/api/v1/equipment/"
                    + equipmentId + "/bookings")).header("Authorization", "Bearer " + people.get(i).token())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
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

    static boolean check(String label, List<Answer> answers, LocalDate day, int users, long release,
            List<Long> pooled, List<List<Long>> pooledPerInstance, List<Double> totals) throws Exception {
        int created = 0, conflict = 0, server = 0, other = 0;
        String winner = null;
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> codes = new TreeMap<>();
        for (Answer a : answers) {
            codes.merge(a.status(), 1, Integer::sum);
            if (a.status() == 201) {
                created++;
                winner = JSON.readTree(a.body()).path("id").asString();
            } else if (a.status() == 409) {
                conflict++;
            } else {
                other++;
                if (a.status() >= 500) {
                    server++;
                }
                if (problems.size() < 5) {
                    problems.add("user " + a.user() + ": " + (a.error() != null ? a.error() : a.status() + " "
                            + a.body().substring(0, Math.min(300, a.body().length()))));
                }
            }
        }
        java.sql.Timestamp from = java.sql.Timestamp.from(day.atTime(10, 0).atZone(OSLO).toInstant());
        java.sql.Timestamp to = java.sql.Timestamp.from(day.atTime(11, 0).atZone(OSLO).toInstant());
        List<String> held = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select id from booking where unit_id = ? "
                + "and status <> 'CANCELLED' and starts_at < ? and ends_at > ?")) {
            statement.setObject(1, UUID.fromString(unitId));
            statement.setTimestamp(2, to);
            statement.setTimestamp(3, from);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.add(rows.getString(1));
                }
            }
        }
        boolean dbOk = held.size() == 1 && held.get(0).equals(winner);
        if (!dbOk) {
            problems.add("database: bookings in the hour " + held + ", answered 201: " + winner);
        }
        List<String> slots = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select booking_id from booking_slot where unit_id = ? "
                + "and slot_start >= ? and slot_start < ?")) {
            statement.setObject(1, UUID.fromString(unitId));
            statement.setTimestamp(2, from);
            statement.setTimestamp(3, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    slots.add(rows.getString(1));
                }
            }
        }
        String won = winner;
        boolean slotsOk = slots.size() == 4 && slots.stream().allMatch(s -> s.equals(won));
        if (!slotsOk) {
            problems.add("booking_slot rows in the hour: " + slots);
        }
        boolean ok = created == 1 && conflict == users - 1 && other == 0 && dbOk && slotsOk;
        if (!ok) {
            problems.add("answers by code: " + codes);
        }
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
        System.out.printf(Locale.ROOT, "%-8s %5d %5d %4d %5d %4s %5s %5s %8.0f %8.1f %8.1f %8.1f %8.1f %8.1f%s%n",
                label, created, conflict, server, other, dbOk ? "ok" : "BAD", slotsOk ? "ok" : "BAD",
                ok ? "yes" : "NO", total, ms(latencies[0]), ms(percentile(latencies, 50)),
                ms(percentile(latencies, 90)), ms(percentile(latencies, 99)), ms(latencies[latencies.length - 1]),
                perInstance);
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

    static JsonNode put(String base, String token, String path, Object body, int expected) throws Exception {
        HttpResponse<String> response = prep.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("PUT " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
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
