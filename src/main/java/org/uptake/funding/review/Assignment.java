package org.uptake.funding.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A reviewer on an application; the primary key (application, reviewer) keeps an assignment from being doubled. */
@Entity
@Table(name = "funding_assignment")
@IdClass(Assignment.Key.class)
public class Assignment {

    public record Key(UUID applicationId, UUID reviewerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID applicationId;
    @Id
    private UUID reviewerId;
    private boolean lead;
    @Enumerated(EnumType.STRING)
    private AssignmentState state;
    private UUID assignedBy;
    private Instant assignedAt;
    private Instant declaredAt;
    private String declineReason;
    private Instant submittedAt;

    protected Assignment() {
    }

    Assignment(UUID applicationId, UUID reviewerId, boolean lead, UUID assignedBy) {
        this.applicationId = applicationId;
        this.reviewerId = reviewerId;
        this.lead = lead;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
        this.state = AssignmentState.ASSIGNED;
    }

    void accept() {
        if (state == AssignmentState.ASSIGNED) {
            state = AssignmentState.ACCEPTED;
            declaredAt = Instant.now();
        }
    }

    /** A declared conflict of interest: the reviewer steps back and is no longer the lead. */
    void decline(String reason) {
        state = AssignmentState.DECLINED;
        declaredAt = Instant.now();
        declineReason = reason;
        lead = false;
    }

    void submitted() {
        accept();
        state = AssignmentState.SUBMITTED;
        submittedAt = Instant.now();
    }

    void lead(boolean lead) {
        this.lead = lead;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getReviewerId() {
        return reviewerId;
    }

    public boolean isLead() {
        return lead;
    }

    public AssignmentState getState() {
        return state;
    }

    public UUID getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
