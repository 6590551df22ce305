package org.uptake.funding.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in an application's history: the new status, when, by whom and why. */
@Entity
@Table(name = "funding_status_change")
public class StatusChange {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private Instant changedAt;
    private UUID changedBy;
    private String note;

    protected StatusChange() {
    }

    StatusChange(UUID applicationId, ApplicationStatus status, Instant changedAt, UUID changedBy, String note) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public UUID getChangedBy() {
        return changedBy;
    }

    public String getNote() {
        return note;
    }
}
