import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client for a call's ranking, GET /api/v1/calls/{id}/ranking (programme managers, Bearer token). Closed loop:
 * each of C clients sends its next request as soon as the previous answer is read. Latency per request from sending
 * to the whole body read (System.nanoTime). Every answer must be 200 with a JSON array of exactly the expected number
 * of ranked applications, else it counts as an error and the run fails. Java 21+, single file:
 *
 * <pre>java RankingClient.java --base http://127.0.0.1:8291 --path /api/v1/calls/ID/ranking --token T \
 *     --expect 2000 --phases warmup:100:1,single:200:1,concurrent-4:200:4 [--method GET|POST]</pre>
 *
 * Only 127.0.0.1 / localhost are accepted as targets. With --method POST (the selection run) the answer is an
 * object whose "ranking" array is checked instead.
 */
public class RankingClient {

    record Phase(String name, int requests, int clients) {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:8291");
        String host = URI.create(base).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new IllegalArgumentException("the bench only targets the local machine, not " + host);
        }
        String path = arg(args, "--path", null);
        String token = arg(args, "--token", null);
        String method = arg(args, "--method", "GET");
        int expect = Integer.parseInt(arg(args, "--expect", "2000"));
        List<Phase> phases = new ArrayList<>();
        for (String p : arg(args, "--phases", "warmup:100:1,single:200:1").split(",")) {
            String[] parts = p.split(":");
            phases.add(new Phase(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf(Locale.ROOT, "client: %s %s, expecting %d ranked applications per answer%n", method, path,
                expect);
        System.out.printf(Locale.ROOT, "%-14s %8s %7s %6s %8s %8s %8s %8s %8s %8s %8s %8s %9s%n", "phase",
                "requests", "clients", "errors", "req/s", "min", "mean", "median", "p90", "p95", "p99", "max",
                "body(B)");
        int failed = 0;
        for (Phase phase : phases) {
            failed += run(http, base + path, token, method, expect, phase);
        }
        if (failed > 0) {
            System.out.println("FAILED: " + failed + " requests did not return the whole ranking");
            System.exit(1);
        }
    }

    static int run(HttpClient http, String url, String token, String method, int expect, Phase phase)
            throws Exception {
        long[] latencies = new long[phase.requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] bodyBytes = new long[1];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < phase.clients; c++) {
            Thread thread = Thread.ofPlatform().name("client-" + c).start(() -> {
                int i;
                while ((i = next.getAndIncrement()) < phase.requests) {
                    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(30));
                    HttpRequest request = method.equals("POST") ? builder.header("Content-Type",
                            "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()
                            : builder.GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        int ranked = count(response.body(), "\"applicationId\"");
                        boolean complete = response.statusCode() == 200 && (method.equals("POST")
                                ? response.body().startsWith("{") : response.body().startsWith("["));
                        // the selection answer also lists the applications not ranked (none in the bench)
                        if (!complete || ranked != expect) {
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("unexpected answer: " + response.statusCode() + ", " + ranked
                                        + " entries: " + response.body().substring(0,
                                                Math.min(300, response.body().length())));
                            }
                        } else if (i == 0) {
                            bodyBytes[0] = response.body().length();
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - sent;
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("request failed: " + e);
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
        System.out.printf(Locale.ROOT, "%-14s %8d %7d %6d %8.1f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %9d%n",
                phase.name, phase.requests, phase.clients, errors.get(), phase.requests / seconds, ms(sorted[0]),
                mean, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), bodyBytes[0]);
        return errors.get();
    }

    static int count(String body, String needle) {
        int count = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
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
