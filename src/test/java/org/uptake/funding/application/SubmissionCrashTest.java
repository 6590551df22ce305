package org.uptake.funding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.funding.application.ApplicationFixtures.complete;
import static org.uptake.funding.application.ApplicationFixtures.draft;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.ApiClient;
import org.uptake.funding.FundingFixtures;

/**
 * A crash during the deadline rush loses no acknowledged submission. The application runs as a separate JVM on an H2
 * file database; submissions are fired in parallel and the process is killed (SIGKILL) once five receipts
 * comes back. After a restart on the same database every receipt that was answered with 200 is there with the same
 * number and checksum, every other application is a plain draft without a version, and the numbers have no gaps.
 */
class SubmissionCrashTest {

    static final int APPLICATIONS = 30;

    @TempDir
    Path data;

    record Prepared(ApiClient api, String applicationId) {
    }

    record Acknowledged(Prepared prepared, String receiptNumber, String checksum) {
    }

    @Test
    void aKillDuringTheRushLosesNoAcknowledgedSubmission() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String admin = "admin-" + UUID.randomUUID() + "@example.org";
        Process app = start(port, admin);
        List<Acknowledged> acknowledged = new ArrayList<>();
        List<Prepared> prepared;
        try {
            ApiClient manager = new ApiClient(port);
            assertThat(manager.signIn(admin, ApiClient.PASSWORD).status()).isEqualTo(200);
            var created = manager.post("/api/v1/calls", FundingFixtures.callBody(LocalDateTime.of(2099, 2, 17, 23,
                    59, 59)));
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String callId = created.text("id");
            assertThat(manager.post("/api/v1/calls/" + callId + "/publish", Map.of()).status()).isEqualTo(200);
            String partner = organisation(new ApiClient(port), "UNIVERSITY", "DEA32");
            prepared = parallel(IntStream.range(0, APPLICATIONS).mapToObj(i -> (Callable<Prepared>) () -> {
                ApiClient lead = new ApiClient(port);
                String organisation = organisation(lead, "SME", "DEA36");
                return new Prepared(lead, draft(lead, callId, complete("Crash " + i, organisation, partner)));
            }).toList());

            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch firstReceipt = new CountDownLatch(5);
            try (ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS)) {
                List<Future<Acknowledged>> futures = new ArrayList<>();
                for (Prepared p : prepared) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        try {
                            var response = p.api().post("/api/v1/applications/" + p.applicationId() + "/submit",
                                    Map.of());
                            if (response.status() == 200) {
                                firstReceipt.countDown();
                                return new Acknowledged(p, response.text("receiptNumber"), response.text("checksum"));
                            }
                            return null;
                        } catch (IllegalStateException connectionLost) {
                            return null; // no answer: the client does not know, the test asks nothing of it
                        }
                    }));
                }
                start.countDown();
                assertThat(firstReceipt.await(30, TimeUnit.SECONDS)).isTrue();
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                for (Future<Acknowledged> f : futures) {
                    Acknowledged a = f.get(60, TimeUnit.SECONDS);
                    if (a != null) {
                        acknowledged.add(a);
                    }
                }
            }
        } finally {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).isNotEmpty();

        Process again = start(port, admin);
        try {
            for (Acknowledged a : acknowledged) {
                ApiClient client = a.prepared().api();
                var stored = client.get("/api/v1/applications/" + a.prepared().applicationId());
                assertThat(stored.text("receiptNumber")).isEqualTo(a.receiptNumber());
                assertThat(stored.text("status")).isEqualTo("SUBMITTED");
                var version = client.getBytes("/api/v1/applications/" + a.prepared().applicationId() + "/versions/1");
                assertThat(version.status()).isEqualTo(200);
                assertThat(ApplicationFixtures.sha256(version.bytes())).isEqualTo(a.checksum());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Prepared p : prepared) {
                var stored = p.api().get("/api/v1/applications/" + p.applicationId());
                var versions = p.api().get("/api/v1/applications/" + p.applicationId() + "/versions");
                if (stored.text("status").equals("DRAFT")) {
                    assertThat(versions.body().size()).as("a draft has no half-saved version").isZero();
                } else {
                    assertThat(versions.body().size()).isEqualTo(1);
                    numbers.add(Integer.parseInt(stored.text("receiptNumber").replaceAll(".*-", "")));
                }
            }
            assertThat(numbers.stream().sorted().toList()).as("no gaps, no duplicates")
                    .isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            System.out.printf("crash test: %d acknowledged before the kill, %d stored after restart%n",
                    acknowledged.size(), numbers.size());
        } finally {
            again.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String organisation(ApiClient api, String type, String nuts) {
        api.signUp();
        var organisation = api.post("/api/v1/organisations", Map.of("name", type + " " + UUID.randomUUID(), "type",
                type, "nutsCode", nuts, "naceCode", "62.01", "employees", 25));
        assertThat(organisation.status()).as(organisation.body().toString()).isEqualTo(201);
        return organisation.text("id");
    }

    /** The application as its own process, on an H2 file database in the temp folder; waits until it is ready. */
    private Process start(int port, String admin) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // WRITE_DELAY=0: H2 writes each commit at once, as PostgreSQL does; by default it may wait up to a second
        String url = "jdbc:h2:file:" + data.resolve("uptake") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000;WRITE_DELAY=0";
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "org.uptake.UptakeApplication", "--server.port=" + port, "--spring.datasource.url=" + url,
                "--logging.level.root=WARN");
        builder.environment().put("UPTAKE_DATA_DIR", data.toString());
        builder.environment().put("UPTAKE_ADMIN_EMAIL", admin);
        builder.environment().put("UPTAKE_ADMIN_PASSWORD", ApiClient.PASSWORD);
        builder.environment().remove("UPTAKE_DB_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        File log = data.resolve("app-" + System.nanoTime() + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(log);
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("the application died: " + Files.readString(log.toPath()));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the application did not start within 120 s");
    }

    private static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        }
    }
}
