package org.uptake.notification.outbox;

import java.util.List;
import java.util.UUID;

import org.uptake.notification.OutgoingMail.Attachment;

/** A mail as the sender takes it from the outbox. */
record QueuedMail(UUID id, String recipient, String subject, String text, List<Attachment> attachments,
        int attempts) {
}
