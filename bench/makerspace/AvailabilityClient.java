import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for the weekly availability of a machine, GET /api/v1/equipment/{id}/availability?from=&to= (public,
 * no token). Closed loop: each of C clients sends its next request as soon as the previous answer is read, for one
 * of the paths in the paths file (picked at random; the bench gives the measured week of the 20-unit machine).
 * Latency is measured per request from sending to the whole body read (System.nanoTime). Java 21+, single file:
 *
 * <pre>java AvailabilityClient.java --base http://127.0.0.1:8281 --paths-file PATHS \
 *     --phases warmup:2000:1,single:3000:1,concurrent-4:3000:4 [--seed 1]</pre>
 *
 * A phase is name:requests:clients. Only 127.0.0.1 / localhost are accepted as targets. Every answer must be 200
 * with a JSON object that holds "slots"; anything else counts as an error (and the run fails).
 */
public class AvailabilityClient {

    record Phase(String name, int requests, int clients) {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:8181");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
        }
        String token = null;
        List<String> ids = Files.readAllLines(Path.of(arg(args, "--paths-file", null))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        long seed = Long.parseLong(arg(args, "--seed", "1"));
        List<Phase> phases = new ArrayList<>();
        for (String p : arg(args, "--phases", "warmup:2000:1,single:5000:1,concurrent-4:5000:4").split(",")) {
            String[] parts = p.split(":");
            phases.add(new Phase(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf(Locale.ROOT, "client: %d path(s), target %s%n", ids.size(), base);
        System.out.printf(Locale.ROOT, "%-14s %8s %7s %6s %8s %8s %8s %8s %8s %8s %8s %9s%n", "phase", "requests",
                "clients", "errors", "req/s", "min", "mean", "median", "p90", "p99", "max", "body(B)");
        int failed = 0;
        for (Phase phase : phases) {
            failed += run(http, base, token, ids, phase, seed++);
        }
        if (failed > 0) {
            System.out.println("FAILED: " + failed + " requests did not return an availability");
            System.exit(1);
        }
    }

    static int run(HttpClient http, String base, String token, List<String> ids, Phase phase, long seed)
            throws Exception {
        long[] latencies = new long[phase.requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] bodyBytes = new long[1];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < phase.clients; c++) {
            Random random = new Random(seed * 31 + c);
            Thread thread = Thread.ofPlatform().name("client-" + c).start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < phase.requests) {
                    String id = ids.get(random.nextInt(ids.size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + id))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200 || !complete(response.body())) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("unexpected answer for " + id + ": " + response.statusCode() + " "
                                        + response.body().substring(0, Math.min(300, response.body().length())));
                            }
                        } else if (i == 0) {
                            bodyBytes[0] = response.body().length();
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - sent;
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("request for " + id + " failed: " + e);
                        }
                    }
                }
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%-14s %8d %7d %6d %8.0f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %9d%n",
                phase.name, phase.requests, phase.clients, errors.get(), phase.requests / seconds, ms(sorted[0]), mean,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]), bodyBytes[0]);
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

    /** The API's JSON with its slots, or the grid page's whole HTML with its table. */
    static boolean complete(String body) {
        return body.startsWith("{") ? body.contains("\"slots\"")
                : body.contains("slot-grid") && body.stripTrailing().endsWith("</html>");
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
