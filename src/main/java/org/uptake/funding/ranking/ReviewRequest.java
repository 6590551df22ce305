package org.uptake.funding.ranking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An applicant's request for evaluation review: procedural (was the evaluation done by the rules?), not a second
 * scoring. The programme answers it with an outcome and a text.
 */
@Entity
@Table(name = "funding_review_request")
public class ReviewRequest {

    @Id
    private UUID id;
    private UUID applicationId;
    private UUID requestedBy;
    private Instant requestedAt;
    private String reason;
    private String answer;
    private String outcome;
    private UUID answeredBy;
    private Instant answeredAt;

    protected ReviewRequest() {
    }

    ReviewRequest(UUID applicationId, UUID requestedBy, String reason) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.reason = reason;
    }

    void answer(ReviewOutcome outcome, String answer, UUID by) {
        this.outcome = outcome.name();
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = Instant.now();
    }

    public boolean isAnswered() {
        return outcome != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getAnswer() {
        return answer;
    }

    public String getOutcome() {
        return outcome;
    }

    public UUID getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
