package org.uptake.notification;

/**
 * Queues e-mail in the caller's transaction: if the transaction rolls back, no mail goes out. A scheduled job sends
 * queued mails after the commit and retries while the mail server is unavailable.
 * <p>
 * Call it inside a transaction ({@code @Transactional} use case or {@code @ApplicationModuleListener}); outside one it
 * throws {@link org.springframework.transaction.IllegalTransactionStateException}. When another open transaction has
 * just queued the same dedupe key, the call waits until that transaction ends.
 */
public interface Mailer {

    /** @return false when a mail with the same dedupe key was queued before (nothing queued now) */
    boolean queue(OutgoingMail mail);
}
