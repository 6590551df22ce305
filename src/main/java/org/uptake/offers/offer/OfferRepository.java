package org.uptake.offers.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OfferRepository extends JpaRepository<Offer, UUID>, JpaSpecificationExecutor<Offer> {

    List<Offer> findByProviderOrganisationIdInOrderByUpdatedAtDesc(List<UUID> providers);

    /**
     * Locks the offer until the transaction ends. Whoever needs the offer's row and session rows locked takes the
     * offer's first (cancelling an offer writes it before locking its sessions), so the two cannot wait for each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offer o where o.id = :id")
    Optional<Offer> lockById(UUID id);
}
