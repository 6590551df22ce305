package org.uptake.notification.outbox;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uptake.mail.*}: how the outbox sends. The SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from         sender of every mail, also the organizer of calendar events
 * @param pollInterval how often the sender looks for due mails
 * @param retryBackoff wait after the first failed attempt; doubles with every further failure
 * @param maxAttempts  failed attempts after which a mail is given up ({@code FAILED})
 * @param batchSize    mails taken per run; the rest waits for the next run
 * @param retention    sent and failed mails are deleted after this (their dedupe keys are kept)
 */
@ConfigurationProperties("uptake.mail")
public record MailSettings(
        @DefaultValue("Uptake <noreply@uptake.local>") String from,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("50") int batchSize,
        @DefaultValue("30d") Duration retention) {

    public MailSettings {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("uptake.mail.max-attempts and batch-size must be at least 1");
        }
        fromAddress(from); // fail at start, not at the first mail
    }

    public InternetAddress fromAddress() {
        return fromAddress(from);
    }

    private static InternetAddress fromAddress(String from) {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("uptake.mail.from is not an e-mail address: " + from, e);
        }
    }
}
