package org.uptake.makerspace.induction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.uptake.makerspace.EquipmentKind;

/**
 * A person passed the safety induction for a kind of machine at a venue, recorded by staff. It is valid through
 * {@code validUntil} (passed on + the equipment's validity in days), or for good when the equipment sets none.
 */
@Entity
@Table(name = "induction")
public class Induction {

    @Id
    private UUID id;
    private UUID accountId;
    private UUID venueId;
    @Enumerated(EnumType.STRING)
    private EquipmentKind kind;
    private UUID equipmentId;
    private LocalDate passedOn;
    private LocalDate validUntil;
    private UUID recordedBy;
    private Instant recordedAt;

    protected Induction() {
    }

    Induction(UUID accountId, UUID venueId, EquipmentKind kind, UUID equipmentId, LocalDate passedOn,
            LocalDate validUntil, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.venueId = venueId;
        this.kind = kind;
        this.equipmentId = equipmentId;
        this.passedOn = passedOn;
        this.validUntil = validUntil;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getVenueId() {
        return venueId;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public LocalDate getPassedOn() {
        return passedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
