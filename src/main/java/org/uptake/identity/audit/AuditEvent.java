package org.uptake.identity.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Rows are written once and never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private UUID id;
    private Instant occurredAt;
    private UUID actorId;
    private String action;
    private String subjectType;
    private String subjectId;
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(UUID actorId, String action, String subjectType, String subjectId, String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = Instant.now();
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= 1000 ? details : details.substring(0, 1000);
    }

    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetails() {
        return details;
    }
}
