package org.uptake.funding.review;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One reviewer's score on one criterion, with the justification that makes it traceable. */
@Entity
@Table(name = "funding_score")
@IdClass(Score.Key.class)
public class Score {

    public record Key(UUID applicationId, UUID reviewerId, String criterionKey) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private UUID applicationId;
    @Id
    private UUID reviewerId;
    @Id
    @Column(name = "criterion_key")
    private String criterionKey;
    private int score;
    private String justification;

    protected Score() {
    }

    Score(UUID applicationId, UUID reviewerId, String criterionKey, int score, String justification) {
        this.applicationId = applicationId;
        this.reviewerId = reviewerId;
        this.criterionKey = criterionKey;
        this.score = score;
        this.justification = justification;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getReviewerId() {
        return reviewerId;
    }

    public String getCriterionKey() {
        return criterionKey;
    }

    public int getScore() {
        return score;
    }

    public String getJustification() {
        return justification;
    }
}
