package org.uptake.notification.outbox;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent, also between failed attempts. */
    QUEUED,
    /** Handed to the mail server or put into the demo mailbox. */
    SENT,
    /** Given up: too many failed attempts, or a mail that can never be sent (no valid address). */
    FAILED
}
