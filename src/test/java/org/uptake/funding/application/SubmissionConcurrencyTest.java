package org.uptake.funding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.funding.application.ApplicationFixtures.complete;
import static org.uptake.funding.application.ApplicationFixtures.draft;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures;
import org.uptake.funding.FundingFixtures.Applicant;

/**
 * Submissions at the same moment: receipt numbers stay gap-free and distinct, one application is submitted once, and
 * in a rush before the deadline every acknowledged submission is stored complete while none after it is accepted.
 */
@ApplicationTest
class SubmissionConcurrencyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    record Prepared(ApiClient api, String applicationId) {
    }

    record Outcome(int status, String receiptNumber, String checksum, String submittedAt, String applicationId) {
    }

    @Test
    void fortyApplicationsSubmittedInTheSameSecondGetFortyGapFreeReceiptNumbers() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), ApplicationApiTest.FAR);
        int callNumber = jdbc.queryForObject("select number from funding_call where id = ?::uuid", Integer.class,
                callId);
        List<Prepared> prepared = prepare(fixtures, callId, 40, "Same second");
        List<Outcome> outcomes = submitTogether(prepared);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(200));
        assertThat(outcomes.stream().map(Outcome::receiptNumber).sorted().toList()).isEqualTo(
                IntStream.rangeClosed(1, 40).mapToObj(n -> "FC%d-%04d".formatted(callNumber, n)).toList());
        assertThat(jdbc.queryForObject("select count(*) from funding_version v join funding_application a on "
                + "a.id = v.application_id where a.call_id = ?::uuid", Integer.class, callId)).isEqualTo(40);
    }

    @Test
    void theSameApplicationSubmittedTwiceAtOnceHasExactlyOneVersion() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), ApplicationApiTest.FAR);
        Prepared one = prepare(fixtures, callId, 1, "Twice").getFirst();
        List<Outcome> outcomes = submitTogether(List.of(one, one, one));
        assertThat(outcomes.stream().map(Outcome::status).sorted().toList()).containsExactly(200, 409, 409);
        assertThat(jdbc.queryForObject("select count(*) from funding_version where application_id = ?::uuid",
                Integer.class, one.applicationId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select next_number from funding_receipt_counter where call_id = ?::uuid",
                Integer.class, callId)).as("no number drawn for the refused ones").isEqualTo(2);
    }

    /**
     * The deadline rush in small: 50 applications by 50 people submitted in parallel in the last seconds before the
     * deadline, 10 more just after it. Every 200 has its complete frozen version with the same checksum; nothing
     * after the deadline is accepted; no 5xx.
     */
    @Test
    void aRushBeforeTheDeadlineStoresEveryAcknowledgedSubmissionAndAcceptsNoneAfterIt() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        var manager = fixtures.manager();
        List<Applicant> leads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            leads.add(fixtures.applicant("SME", "DEA36"));
        }
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        LocalDateTime deadline = LocalDateTime.now(FundingFixtures.BERLIN).plusSeconds(20)
                .truncatedTo(ChronoUnit.SECONDS);
        String callId = fixtures.publishedCall(manager, deadline);
        Instant deadlineInstant = deadline.atZone(FundingFixtures.BERLIN).toInstant();
        List<Prepared> prepared = parallel(leads.stream().map(lead -> (Callable<Prepared>) () -> new Prepared(
                lead.api(), draft(lead.api(), callId, complete("Rush " + lead.organisationId(),
                        lead.organisationId(), partner.organisationId())))).toList());
        List<Prepared> inTime = prepared.subList(0, 50);
        List<Prepared> late = prepared.subList(50, 60);

        sleepUntil(deadlineInstant.minusSeconds(3));
        List<Outcome> outcomes = submitTogether(inTime);
        sleepUntil(deadlineInstant.plusMillis(1100));
        List<Outcome> after = submitTogether(late);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isLessThan(500));
        List<Outcome> accepted = outcomes.stream().filter(o -> o.status() == 200).toList();
        assertThat(accepted).as("all in time").hasSize(50);
        for (Outcome o : accepted) {
            Map<String, Object> stored = jdbc.queryForMap("select v.checksum, v.content, v.submitted_at, "
                    + "a.status, a.receipt_number from funding_version v join funding_application a on a.id = "
                    + "v.application_id where v.receipt_number = ?", o.receiptNumber());
            assertThat(stored.get("checksum")).isEqualTo(o.checksum());
            assertThat(ApplicationFixtures.sha256(((String) stored.get("content")).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(o.checksum());
            assertThat((String) stored.get("content")).contains("\"letters.pdf\"").contains("\"29200.00\"");
            assertThat(stored.get("status")).isEqualTo("SUBMITTED");
            assertThat(Instant.parse(o.submittedAt()).truncatedTo(ChronoUnit.SECONDS)).isBeforeOrEqualTo(
                    deadlineInstant);
        }
        assertThat(after).allSatisfy(o -> assertThat(o.status()).as("after the deadline").isEqualTo(409));
        assertThat(jdbc.queryForObject("select count(*) from funding_version v join funding_application a on "
                + "a.id = v.application_id where a.call_id = ?::uuid", Integer.class, callId)).isEqualTo(50);
    }

    private List<Prepared> prepare(FundingFixtures fixtures, String callId, int count, String title) {
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Applicant lead = fixtures.applicant("SME", "DEA36");
            prepared.add(new Prepared(lead.api(), draft(lead.api(), callId, complete(title + " " + i,
                    lead.organisationId(), partner.organisationId()))));
        }
        return prepared;
    }

    /** Submits all at once: every thread waits at a latch, then sends. */
    private List<Outcome> submitTogether(List<Prepared> prepared) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(prepared.size())) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Prepared p : prepared) {
                futures.add(pool.submit(() -> {
                    start.await();
                    var response = p.api().post("/api/v1/applications/" + p.applicationId() + "/submit", Map.of());
                    return new Outcome(response.status(), response.text("receiptNumber"), response.text("checksum"),
                            response.text("submittedAt"), p.applicationId());
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        }
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

    private static void sleepUntil(Instant when) throws InterruptedException {
        long wait = when.toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
