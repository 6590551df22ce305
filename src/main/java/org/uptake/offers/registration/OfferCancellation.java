package org.uptake.offers.registration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.offers.OfferCancelled;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;

/**
 * When an offer is cancelled, its sessions and registrations end with it, in the same transaction, and every
 * participant is told (the mails leave through the outbox only if the cancellation commits).
 */
@Component
class OfferCancellation {

    private final OfferRepository offers;
    private final OfferSessionRepository sessions;
    private final Registrations registrations;

    OfferCancellation(OfferRepository offers, OfferSessionRepository sessions, Registrations registrations) {
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
    }

    @EventListener
    void on(OfferCancelled cancelled) {
        Offer offer = offers.findById(cancelled.offerId()).orElseThrow();
        // the same lock order as moves and consulting bookings, which lock several sessions of an offer
        for (OfferSession session : sessions.findByOfferIdOrderByStartsAt(offer.getId()).stream()
                .sorted(java.util.Comparator.comparing(s -> s.getId().toString())).toList()) {
            sessions.lockById(session.getId());
            session.cancel();
            registrations.cancelAllOf(offer, session);
        }
    }
}
