package org.uptake.notification.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due mails from the outbox. Every node runs the job; ShedLock lets one node at a time do so, which is what
 * makes a mail go out once with several nodes. No database transaction is held while talking to the mail server:
 * each outcome is written on its own right after the attempt.
 * <p>
 * Delivery is at least once: should a node die between the server's acceptance and the update, the mail goes out
 * again. A run stops taking mails after {@link #RUN_BUDGET}, well inside the lock's {@code lockAtMostFor}, so a slow
 * server cannot make a lock expire while its mails are still being sent.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    static final Duration RUN_BUDGET = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final MailDelivery delivery;
    private final MailSettings settings;
    private final RetryPolicy retries;

    OutboxSender(Outbox outbox, MailDelivery delivery, MailSettings settings) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.retries = new RetryPolicy(settings.retryBackoff(), settings.maxAttempts());
    }

    @Scheduled(fixedDelayString = "${uptake.mail.poll-interval:5s}", initialDelayString = "${uptake.mail.poll-interval:5s}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT5M")
    public void sendDue() {
        Instant start = Instant.now();
        for (UUID id : outbox.due(start, settings.batchSize())) {
            if (Instant.now().isAfter(start.plus(RUN_BUDGET))) {
                break;
            }
            Optional<QueuedMail> mail = outbox.queued(id);
            if (mail.isEmpty()) {
                continue;
            }
            if (!send(mail.get())) {
                // The server is most likely unavailable: leave the rest for the next run instead of letting each
                // mail wait for a connection timeout.
                break;
            }
        }
    }

    private boolean send(QueuedMail mail) {
        try {
            delivery.deliver(mail);
        } catch (MailDelivery.UndeliverableMail e) {
            log.warn("Mail {} cannot be sent and is given up: {}", mail.id(), e.getMessage());
            outbox.markFailed(mail.id(), e.getMessage());
            return true;
        } catch (RuntimeException e) {
            int failedAttempts = mail.attempts() + 1;
            Optional<Instant> next = retries.nextAttempt(failedAttempts, Instant.now());
            String error = describe(e);
            if (next.isPresent()) {
                log.info("Mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), failedAttempts,
                        next.get(), error);
                outbox.markRetry(mail.id(), error, next.get());
            } else {
                log.warn("Mail {} given up after {} attempts: {}", mail.id(), failedAttempts, error);
                outbox.markFailed(mail.id(), error);
            }
            return false;
        }
        outbox.markSent(mail.id(), delivery.channel(), Instant.now());
        return true;
    }

    /** The exception and its causes in one line: "Mail server connection failed: ... Connection refused". */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 5; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    /** Deletes or empties old sent and failed mails, once an hour on one node. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    @SchedulerLock(name = "mail-outbox-retention", lockAtMostFor = "PT30M")
    public void purgeOld() {
        int purged = outbox.purge(Instant.now().minus(settings.retention()));
        if (purged > 0) {
            log.info("Removed {} mails older than {} from the outbox", purged, settings.retention());
        }
    }
}
