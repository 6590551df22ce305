package org.uptake.notification.outbox;

/** Hands one mail on: to the SMTP server, or (without one) to the demo mailbox. */
interface MailDelivery {

    /** Recorded in {@code mail_outbox.delivered_via}. */
    String channel();

    /**
     * @throws UndeliverableMail when the mail can never be sent as it is (given up at once)
     * @throws RuntimeException  for anything that may pass, such as the server being down (tried again later)
     */
    void deliver(QueuedMail mail);

    /** A mail that no retry will help, such as one to a malformed address. */
    class UndeliverableMail extends RuntimeException {
        UndeliverableMail(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
