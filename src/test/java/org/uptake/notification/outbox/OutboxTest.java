package org.uptake.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.TestMailServer.ReceivedMail;
import org.uptake.notification.CalendarEvent;
import org.uptake.notification.Calendars;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;
import org.uptake.notification.OutgoingMail.Attachment;

/**
 * The outbox against a real SMTP server (GreenMail): mails leave only after their transaction commits, once per
 * dedupe key, once with several senders at work, and none is lost while the server is down.
 */
@ApplicationTest
class OutboxTest {

    @Autowired
    Mailer mailer;

    @Autowired
    Calendars calendars;

    @Autowired
    OutboxSender sender;

    @Autowired
    MailSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    private static String address() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }

    private boolean queue(OutgoingMail mail) {
        return new TransactionTemplate(transactions).execute(status -> mailer.queue(mail));
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.queryForMap("select * from mail_outbox where recipient = ?", recipient);
    }

    @Test
    void aMailQueuedInATransactionArrivesWithItsTextAndCalendarAttachment() throws Exception {
        String to = address();
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 10, 18, 0, 0, 0, ZoneId.of("Europe/Oslo"));
        String ics = calendars.event(new CalendarEvent("session-" + UUID.randomUUID() + "@uptake.example",
                "Verksted: 3D-printing", "Ta med en skisse.", start, start.plusHours(2), "Trondheim folkebibliotek",
                "https://uptake.example/offers/42", false));
        OutgoingMail mail = OutgoingMail.of(to, "Påmelding bekreftet: Verksted – 3D-printing",
                        "Hei Kari,\nvi ses på biblioteket.\n\nUptake")
                .with(new Attachment("invite.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                        ics.getBytes(StandardCharsets.UTF_8)));

        assertThat(queue(mail)).isTrue();

        ReceivedMail received = TestMailServer.awaitMailTo(to);
        assertThat(received.from()).isEqualTo("Uptake <noreply@uptake.local>");
        assertThat(received.subject()).isEqualTo("Påmelding bekreftet: Verksted – 3D-printing");
        assertThat(received.text().replace("\r\n", "\n")).isEqualTo("Hei Kari,\nvi ses på biblioteket.\n\nUptake");
        assertThat(received.attachments()).hasSize(1);
        assertThat(received.attachment("invite.ics").contentType()).isEqualTo("text/calendar");
        assertThat(received.attachment("invite.ics").text()).isEqualTo(ics);
        assertThat(received.message().getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(row(to).get("status")));
        assertThat(row(to)).containsEntry("delivered_via", "SMTP").containsEntry("attempts", 0);
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String to = address();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mailer.queue(OutgoingMail.of(to, "Rolled back", "This change never happened."));
            status.setRollbackOnly();
        });
        queue(OutgoingMail.of(to, "Marker", "Queued after the rolled-back one, so sent after it."));

        TestMailServer.awaitMailTo(to, "Marker");
        assertThat(TestMailServer.mailsTo(to)).extracting(ReceivedMail::subject).containsExactly("Marker");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, to))
                .isEqualTo(1);
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        String to = address();

        assertThatThrownBy(() -> mailer.queue(OutgoingMail.of(to, "No transaction", "...")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, to))
                .isZero();
    }

    @Test
    void aDedupeKeySendsOnce() {
        String to = address();
        String key = "reminder-24h:" + UUID.randomUUID();

        assertThat(queue(OutgoingMail.of(to, "Reminder", "Tomorrow at 18:00.").once(key))).isTrue();
        assertThat(queue(OutgoingMail.of(to, "Reminder", "Tomorrow at 18:00.").once(key))).isFalse();
        queue(OutgoingMail.of(to, "Marker", "..."));

        TestMailServer.awaitMailTo(to, "Marker");
        assertThat(TestMailServer.mailsTo(to)).extracting(ReceivedMail::subject)
                .containsExactly("Reminder", "Marker");
    }

    @Test
    void aDedupeKeyQueuedByTwoTransactionsAtOnceSendsOnce() throws Exception {
        String to = address();
        String key = "reminder-1h:" + UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> queueAndHold = () -> new TransactionTemplate(transactions).execute(status -> {
            try {
                together.await(10, TimeUnit.SECONDS);
                boolean queued = mailer.queue(OutgoingMail.of(to, "Reminder", "In an hour.").once(key));
                Thread.sleep(300); // keep the transaction open, so the other one has to wait for its outcome
                return queued;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = threads.invokeAll(List.of(queueAndHold, queueAndHold));
            List<Boolean> queued = new ArrayList<>();
            for (Future<Boolean> result : results) {
                queued.add(result.get());
            }
            assertThat(queued).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        queue(OutgoingMail.of(to, "Marker", "..."));

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key = ?", Integer.class, key))
                .isEqualTo(1);
        TestMailServer.awaitMailTo(to, "Marker");
        assertThat(TestMailServer.mailsTo(to)).extracting(ReceivedMail::subject)
                .containsExactly("Reminder", "Marker");
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndArrivesOnceItIsBack() {
        String to = address();
        TestMailServer.stop();
        try {
            queue(OutgoingMail.of(to, "Sent despite an outage", "Nothing is lost."));

            await().atMost(Duration.ofSeconds(20)).until(() -> ((Number) row(to).get("attempts")).intValue() >= 1);
            Map<String, Object> waiting = row(to);
            assertThat(waiting.get("status")).isEqualTo("QUEUED");
            assertThat(waiting.get("last_error")).asString().contains("Connection refused");
            assertThat(waiting.get("sent_at")).isNull();
        } finally {
            TestMailServer.start();
        }

        ReceivedMail received = TestMailServer.awaitMailTo(to);
        assertThat(received.subject()).isEqualTo("Sent despite an outage");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(row(to).get("status")));
        assertThat(TestMailServer.mailsTo(to)).hasSize(1);
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttempt() {
        String to = address();
        TestMailServer.stop();
        try {
            // queued for later, then moved to its last attempt
            queue(new OutgoingMail(to, "Never arrives", "...", List.of(), null, Instant.now().plusSeconds(3600)));
            jdbc.update("update mail_outbox set attempts = ?, send_after = ? where recipient = ?",
                    settings.maxAttempts() - 1, OffsetDateTime.now(ZoneOffset.UTC), to);

            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(row(to).get("status")));
            assertThat(row(to).get("attempts")).isEqualTo(settings.maxAttempts());
            assertThat(row(to).get("last_error")).asString().contains("Connection refused");
        } finally {
            TestMailServer.start();
        }
        String marker = address();
        queue(OutgoingMail.of(marker, "Marker", "..."));
        TestMailServer.awaitMailTo(marker);
        assertThat(TestMailServer.mailsTo(to)).isEmpty();
        assertThat(row(to).get("status")).isEqualTo("FAILED");
    }

    @Test
    void aMailNotDueYetWaits() {
        String later = address();
        String now = address();

        queue(new OutgoingMail(later, "Tomorrow", "...", List.of(), null, Instant.now().plus(Duration.ofDays(1))));
        queue(OutgoingMail.of(now, "Now", "..."));

        TestMailServer.awaitMailTo(now);
        assertThat(TestMailServer.mailsTo(later)).isEmpty();
        assertThat(row(later).get("status")).isEqualTo("QUEUED");
        assertThat(row(later).get("attempts")).isEqualTo(0);
    }

    @Test
    void aMailToAMalformedAddressIsGivenUpAtOnce() {
        String to = "no-at-sign-" + UUID.randomUUID();

        queue(OutgoingMail.of(to, "Cannot be sent", "..."));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(row(to).get("status")));
        assertThat(row(to).get("attempts")).isEqualTo(1);
        assertThat(row(to).get("last_error")).asString().contains("Cannot build the mail");
    }

    @Test
    void sendersRunningAtOnceSendEveryMailOnce() throws Exception {
        String to = address();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 20; i++) {
                mailer.queue(OutgoingMail.of(to, "Mail " + i, "Number " + i));
            }
        });

        // Four runs at once in this node, besides the scheduled runs of every test context (nodes) in this JVM.
        CyclicBarrier together = new CyclicBarrier(4);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    sender.sendDue();
                    return null;
                }));
            }
            for (Future<Object> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        queue(OutgoingMail.of(to, "Marker", "..."));

        TestMailServer.awaitMailTo(to, "Marker");
        List<String> subjects = TestMailServer.mailsTo(to).stream().map(ReceivedMail::subject).toList();
        assertThat(subjects).hasSize(21).doesNotHaveDuplicates();
    }

    @Test
    void oldMailsAreRemovedButTheirDedupeKeysStay() {
        String to = address();
        String key = "welcome:" + UUID.randomUUID();
        queue(OutgoingMail.of(to, "Plain", "...").with(new Attachment("a.txt", "text/plain", new byte[] {1})));
        queue(OutgoingMail.of(to, "Once", "...").once(key)
                .with(new Attachment("b.txt", "text/plain", new byte[] {2})));
        TestMailServer.awaitMailsTo(to, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and status = 'SENT'", Integer.class, to) == 2);
        List<UUID> ids = jdbc.queryForList("select id from mail_outbox where recipient = ?", UUID.class, to);
        jdbc.update("update mail_outbox set created_at = ? where recipient = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minus(settings.retention()).minusMinutes(1), to);

        sender.purgeOld();

        assertThat(jdbc.queryForList("select dedupe_key from mail_outbox where id in (?, ?)", String.class,
                ids.get(0), ids.get(1))).containsExactly(key);
        assertThat(jdbc.queryForMap("select recipient, subject, body from mail_outbox where dedupe_key = ?", key))
                .containsEntry("recipient", "").containsEntry("subject", "").containsEntry("body", "");
        assertThat(jdbc.queryForObject("select count(*) from mail_attachment where outbox_id in (?, ?)",
                Integer.class, ids.get(0), ids.get(1))).isZero();
        assertThat(queue(OutgoingMail.of(to, "Once", "...").once(key))).isFalse();
    }

    @Test
    void aPersonsDataExportListsTheMailsToThem() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        queue(OutgoingMail.of(email, "Welcome to Uptake", "Hello."));
        TestMailServer.awaitMailTo(email);

        var mails = api.get("/api/v1/me/data").body().path("mails");

        assertThat(mails.size()).isEqualTo(1);
        assertThat(mails.get(0).path("subject").asString()).isEqualTo("Welcome to Uptake");
        assertThat(mails.get(0).has("queuedAt")).isTrue();
    }
}
