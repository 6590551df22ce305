package org.uptake.makerspace.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, UUID> {

    /** Locks the booking: cancelling and recording attendance take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Booking b where b.id = :id")
    Optional<Booking> lockById(UUID id);

    /** Bookings that hold time on the unit and overlap [start, end). */
    @Query("select count(b) from Booking b where b.unitId = :unitId and b.status <> 'CANCELLED' "
            + "and b.startsAt < :end and b.endsAt > :start")
    long countOverlapping(UUID unitId, Instant start, Instant end);

    /** A person's active bookings at a venue that are not over yet. */
    @Query("select count(b) from Booking b where b.accountId = :accountId and b.venueId = :venueId "
            + "and b.status = 'ACTIVE' and b.endsAt > :now")
    long countActive(UUID accountId, UUID venueId, Instant now);

    @Query("select b from Booking b where b.unitId in :unitIds and b.status <> 'CANCELLED' "
            + "and b.startsAt < :to and b.endsAt > :from")
    List<Booking> holding(Collection<UUID> unitIds, Instant from, Instant to);

    @Query("select min(b.startsAt) from Booking b where b.unitId = :unitId and b.status = 'ACTIVE' and b.endsAt > :now")
    Optional<Instant> nextActive(UUID unitId, Instant now);

    /** Active bookings of the equipment starting in [from, to). */
    @Query("select b from Booking b where b.equipmentId = :equipmentId and b.status = 'ACTIVE' "
            + "and b.startsAt >= :from and b.startsAt < :to order by b.startsAt")
    List<Booking> activeStarting(UUID equipmentId, Instant from, Instant to);

    @Query("select b from Booking b where b.status = 'ACTIVE' and b.startsAt >= :from and b.startsAt < :to")
    List<Booking> activeStartingBetween(Instant from, Instant to);

    /** A venue's bookings that overlap [from, to), any status, by start. */
    @Query("select b from Booking b where b.venueId = :venueId and b.startsAt < :to and b.endsAt > :from "
            + "order by b.startsAt, b.createdAt")
    List<Booking> atVenue(UUID venueId, Instant from, Instant to);

    List<Booking> findByAccountIdOrderByStartsAtDesc(UUID accountId);

    @Query("select b from Booking b where b.accountId = :accountId and b.status = 'ACTIVE' and b.endsAt > :now "
            + "order by b.startsAt")
    List<Booking> upcoming(UUID accountId, Instant now);
}
