package org.uptake.offers.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OfferSessionRepository extends JpaRepository<OfferSession, UUID> {

    /** Locks the session until the transaction ends: registrations and cancellations of one session take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from OfferSession s where s.id = :id")
    Optional<OfferSession> lockById(UUID id);

    List<OfferSession> findByOfferIdOrderByStartsAt(UUID offerId);

    List<OfferSession> findByOfferIdInOrderByStartsAt(Collection<UUID> offerIds);

    List<OfferSession> findByStatusAndStartsAtBetween(OfferSession.Status status, java.time.Instant from,
            java.time.Instant to);
}
