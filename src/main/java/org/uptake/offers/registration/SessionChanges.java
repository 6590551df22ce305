package org.uptake.offers.registration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.offer.OfferRepository;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.OfferSessionRepository;
import org.uptake.offers.session.SessionCancelled;
import org.uptake.offers.session.SessionChanged;

/**
 * What an organiser's change to one session means for its registrations, carried out in the changing transaction
 * while it holds the session's row lock: new seats go to the waitlist, participants are told of a new time or
 * place, and a cancelled session's registrations end (the mails leave through the outbox only if the change
 * commits).
 */
@Component
class SessionChanges {

    private final OfferRepository offers;
    private final OfferSessionRepository sessions;
    private final Registrations registrations;

    SessionChanges(OfferRepository offers, OfferSessionRepository sessions, Registrations registrations) {
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
    }

    @EventListener
    void on(SessionChanged changed) {
        OfferSession session = sessions.findById(changed.sessionId()).orElseThrow();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        registrations.sessionChanged(offer, session, changed.dateOrPlaceChanged());
    }

    @EventListener
    void on(SessionCancelled cancelled) {
        OfferSession session = sessions.findById(cancelled.sessionId()).orElseThrow();
        Offer offer = offers.findById(session.getOfferId()).orElseThrow();
        registrations.cancelAllOf(offer, session);
    }
}
