package org.uptake.notification.outbox;

/**
 * Without an SMTP server (the demo, a developer's machine) nothing leaves the application: the outbox row, marked
 * as sent to the demo mailbox, is the delivered mail, readable at {@code /demo/mails}.
 */
class DemoMailboxDelivery implements MailDelivery {

    static final String CHANNEL = "DEMO_MAILBOX";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(QueuedMail mail) {
        // stored already: marking the row as sent is the delivery
    }
}
