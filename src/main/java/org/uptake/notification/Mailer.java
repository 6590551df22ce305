package org.uptake.notification;

/** Queues e-mail in the caller's transaction: if the transaction rolls back, no mail goes out. */
public interface Mailer {

    /** @return false when a mail with the same dedupe key was queued before (nothing queued now) */
    boolean queue(OutgoingMail mail);
}
