import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the public catalogue search: GET /api/v1/offers?... (JSON, up to 100 offers) and GET /offers?...
 * (the HTML page, 12 offers per page). Java 21+, single file, no dependencies:
 *
 * <pre>java CatalogueClient.java --base http://127.0.0.1:8181 --queries FILE [--requests 300] [--seconds 20]
 *     [--warmup 10] [--clients 1,4]</pre>
 *
 * FILE has one line per query variant: "type TAB query string" (the part after '?', may be empty); a type may have
 * several variants, which its requests take in turn. First it shows, per variant, how many offers the page
 * reports as found (the application's own count) and how many the API returns; then warms up (every variant,
 * both endpoints); then, for each number of clients and each type, runs the given number of requests against the
 * API and then against the page, and finally a "mix" of all types in turn. A phase stops early when it has run
 * for --seconds and has at least 50 requests (slow query types would otherwise take hours on this machine); the
 * table shows how many requests each phase had. Closed loop: each client sends its next
 * request as soon as the previous answer is read. Latency from sending to the whole body read. Every answer must be
 * 200 with a JSON array (API) or the page's result count (page); anything else is an error and fails the run.
 * Requests carry the header X-Bench-Phase (type/endpoint/clients), which the access log records for the
 * server-side figures. Only 127.0.0.1 / localhost are accepted as targets.
 */
public class CatalogueClient {

    record Variant(String type, String query) {
    }

    static double seconds;

    static final Pattern COUNT = Pattern.compile("role=\"status\"[^>]*>([^<]*)<");

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:8181");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
        }
        int requests = Integer.parseInt(arg(args, "--requests", "300"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "10"));
        seconds = Double.parseDouble(arg(args, "--seconds", "20"));
        int[] clientCounts = Arrays.stream(arg(args, "--clients", "1,4").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        List<Variant> variants = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(arg(args, "--queries", null)))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            variants.add(new Variant(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
        }
        Map<String, List<Variant>> byType = new LinkedHashMap<>();
        variants.forEach(v -> byType.computeIfAbsent(v.type(), k -> new ArrayList<>()).add(v));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        System.out.println("hits per query (page: the application's count of matching offers; api: offers returned, at most 100):");
        System.out.printf(Locale.ROOT, "%-16s %-58s %8s %5s %9s %9s%n", "type", "query", "page", "api", "page(B)", "api(B)");
        for (Variant v : variants) {
            HttpResponse<String> page = send(http, base, v, "page", "hits");
            HttpResponse<String> api = send(http, base, v, "api", "hits");
            Matcher m = COUNT.matcher(page.body());
            String count = m.find() ? m.group(1).strip().replaceAll("[^0-9]", "") : "?";
            int items = api.body().isEmpty() ? 0 : api.body().split("\"id\":").length - 1;
            System.out.printf(Locale.ROOT, "%-16s %-58s %8s %5d %9d %9d%n", v.type(), v.query().isEmpty() ? "(none)" : v.query(),
                    count, items, page.body().length(), api.body().length());
        }
        System.out.println();

        for (int i = 0; i < warmup; i++) {
            for (Variant v : variants) {
                send(http, base, v, "api", "warmup");
                send(http, base, v, "page", "warmup");
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: %d requests per variant and endpoint%n%n", warmup);

        System.out.printf(Locale.ROOT, "%-16s %-4s %7s %8s %6s %7s %8s %8s %8s %8s %8s%n", "type", "end", "clients",
                "requests", "errors", "req/s", "min", "median", "p90", "p99", "max");
        int failed = 0;
        for (int clients : clientCounts) {
            for (Map.Entry<String, List<Variant>> type : byType.entrySet()) {
                for (String endpoint : List.of("api", "page")) {
                    failed += run(http, base, type.getKey(), type.getValue(), endpoint, clients, requests);
                }
            }
            for (String endpoint : List.of("api", "page")) {
                failed += run(http, base, "mix", variants, endpoint, clients, requests);
            }
        }
        System.out.println("latencies in ms, measured by the client from sending the request to reading the whole body");
        if (failed > 0) {
            System.out.println("FAILED: " + failed + " requests did not return a result");
            System.exit(1);
        }
    }

    static HttpResponse<String> send(HttpClient http, String base, Variant v, String endpoint, String phase)
            throws Exception {
        String path = (endpoint.equals("api") ? "/api/v1/offers" : "/offers") + (v.query().isEmpty() ? "" : "?" + v.query());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .header("Accept", endpoint.equals("api") ? "application/json" : "text/html").header("X-Bench-Phase", phase)
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!ok(response, endpoint)) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    static boolean ok(HttpResponse<String> response, String endpoint) {
        return response.statusCode() == 200 && (endpoint.equals("api") ? response.body().startsWith("[")
                : response.body().contains("role=\"status\""));
    }

    static int run(HttpClient http, String base, String type, List<Variant> variants, String endpoint, int clients,
            int requests) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger errors = new AtomicInteger();
        String phase = type + "/" + endpoint + "/" + clients;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests
                        && (i < 50 || System.nanoTime() < deadline)) {
                    Variant v = variants.get(i % variants.size());
                    String path = (endpoint.equals("api") ? "/api/v1/offers" : "/offers")
                            + (v.query().isEmpty() ? "" : "?" + v.query());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                            .header("Accept", endpoint.equals("api") ? "application/json" : "text/html")
                            .header("X-Bench-Phase", phase).timeout(Duration.ofSeconds(30)).GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        done.incrementAndGet();
                        if (!ok(response, endpoint) && errors.incrementAndGet() <= 3) {
                            System.err.println("unexpected answer for " + path + ": " + response.statusCode());
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - sent;
                        done.incrementAndGet();
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("request " + path + " failed: " + e);
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        // requests are numbered in the order they were taken: the first `count` all finished
        int count = done.get();
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-16s %-4s %7d %8d %6d %7.0f %8.2f %8.2f %8.2f %8.2f %8.2f%n", type, endpoint,
                clients, count, errors.get(), count / elapsed, ms(sorted[0]), ms(percentile(sorted, 50)),
                ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
        return errors.get();
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
