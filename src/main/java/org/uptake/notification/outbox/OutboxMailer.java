package org.uptake.notification.outbox;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.notification.Mailer;
import org.uptake.notification.OutgoingMail;

/**
 * Queues mails in the outbox. {@code MANDATORY}: a mail belongs to the business change that causes it, so queueing
 * outside a transaction is a programming error that fails loudly instead of sending a mail for a change that may
 * still roll back.
 */
@Service
class OutboxMailer implements Mailer {

    private final Outbox outbox;

    OutboxMailer(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(OutgoingMail mail) {
        return outbox.insert(UUID.randomUUID(), mail, Instant.now());
    }
}
