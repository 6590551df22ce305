package org.uptake.makerspace.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * One unit of a machine for a person (optionally for their organisation) from {@code startsAt} to {@code endsAt}
 * (instants; {@code timeZone} is the venue's, for showing local time). Its 15-minute slots are rows of
 * booking_slot while it holds the time.
 */
@Entity
@Table(name = "booking")
public class Booking implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID venueId;
    private UUID equipmentId;
    private UUID unitId;
    private UUID accountId;
    private UUID organisationId;
    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private String note;
    private Instant cancelledAt;
    private UUID cancelledBy;
    private String cancelReason;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    /** New bookings are inserted without a look-up first (their id is assigned here). */
    @Transient
    private boolean fresh;

    protected Booking() {
    }

    Booking(UUID venueId, UUID equipmentId, UUID unitId, UUID accountId, UUID organisationId, Instant startsAt,
            Instant endsAt, ZoneId zone, String note, BookingStatus status) {
        this.id = UUID.randomUUID();
        this.venueId = venueId;
        this.equipmentId = equipmentId;
        this.unitId = unitId;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = zone.getId();
        this.note = note;
        this.status = status;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.fresh = true;
    }

    void cancel(UUID by, String reason) {
        this.status = BookingStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelReason = reason;
        this.cancelledAt = Instant.now();
        this.updatedAt = cancelledAt;
    }

    void record(BookingStatus outcome) {
        this.status = outcome;
        this.updatedAt = Instant.now();
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public ZonedDateTime end() {
        return endsAt.atZone(ZoneId.of(timeZone));
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public UUID getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
