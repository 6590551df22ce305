package org.uptake.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One e-mail to one person, already in their language.
 *
 * @param to         the bare address ({@code kari@example.org}), at most 320 characters
 * @param subject    at most 1000 characters
 * @param text       plain text; line breaks are kept
 * @param dedupeKey  when not {@code null}, a second mail with the same key is not queued: "at most once" for
 *                   reminders and the like, also when two nodes try at the same time; at most 200 characters,
 *                   such as {@code reminder-24h:<registration id>}
 * @param sendAfter  not before this instant; {@code null} for at once
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String dedupeKey,
        Instant sendAfter) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static OutgoingMail of(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, List.of(), null, null);
    }

    public OutgoingMail with(Attachment attachment) {
        List<Attachment> more = new java.util.ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(to, subject, text, more, dedupeKey, sendAfter);
    }

    public OutgoingMail once(String key) {
        return new OutgoingMail(to, subject, text, attachments, key, sendAfter);
    }

    /** A file sent with the mail, such as {@code invite.ics} ({@code text/calendar}) or a PDF. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
