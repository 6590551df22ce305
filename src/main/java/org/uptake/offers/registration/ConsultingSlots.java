package org.uptake.offers.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.uptake.offers.OfferKind;
import org.uptake.offers.offer.Offer;
import org.uptake.offers.session.OfferSession;

/**
 * The booking rules of consulting offers: a session is a slot with an advisor and holds one firm. A booking needs
 * the organisation it is for; a slot with any active registration (pending or confirmed) is taken, whatever its
 * capacity, and there is no waitlist; and a firm holds at most one active future slot of a consulting offer, so
 * that one firm does not block the advisor's calendar.
 * <p>
 * The firm rule spans all slots of the offer, so the callers hold the row locks of <em>all</em> the offer's
 * sessions (taken in id order, see {@link Registrations}) while these checks run and the booking is written.
 */
@Component
class ConsultingSlots {

    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final EntityManager entities;

    ConsultingSlots(EntityManager entities) {
        this.entities = entities;
    }

    static boolean consulting(Offer offer) {
        return offer.getKind() == OfferKind.CONSULTING;
    }

    /**
     * Why the slot cannot be booked for the organisation, if it cannot.
     *
     * @param except a registration left out of the counts (the one being moved or reopened), or {@code null}
     */
    Optional<Registrations.Result> refusal(OfferSession slot, Offer offer, UUID organisationId, UUID except) {
        if (organisationId == null) {
            return Optional.of(new Registrations.Invalid("organisationId", "consulting.organisation.required"));
        }
        if (firmBookings(offer.getId(), organisationId, except) > 0) {
            return Optional.of(new Registrations.Conflict("consulting.firmHasSlot"));
        }
        if (taken(slot.getId(), except)) {
            return Optional.of(new Registrations.Conflict("consulting.slotTaken"));
        }
        return Optional.empty();
    }

    /** A slot is taken by any active registration, pending ones included. */
    boolean taken(UUID slotId, UUID except) {
        return entities.createQuery("select count(r) from Registration r where r.sessionId = :slot "
                        + "and r.status in :active and r.id <> :except", Long.class)
                .setParameter("slot", slotId).setParameter("active", ACTIVE)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult() > 0;
    }

    /** The organisation's active bookings of slots of the offer that have not started yet. */
    private long firmBookings(UUID offerId, UUID organisationId, UUID except) {
        return entities.createQuery("select count(r) from Registration r, OfferSession s where r.sessionId = s.id "
                        + "and s.offerId = :offer and s.status = :scheduled and s.startsAt > :now "
                        + "and r.organisationId = :organisation and r.status in :active and r.id <> :except", Long.class)
                .setParameter("offer", offerId).setParameter("scheduled", OfferSession.Status.SCHEDULED)
                .setParameter("now", Instant.now()).setParameter("organisation", organisationId)
                .setParameter("active", ACTIVE).setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult();
    }
}
