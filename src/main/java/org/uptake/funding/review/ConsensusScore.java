package org.uptake.funding.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The agreed score of an application on one criterion: what ranking and thresholds use. */
@Entity
@Table(name = "funding_consensus")
@IdClass(ConsensusScore.Key.class)
public class ConsensusScore {

    public record Key(UUID applicationId, String criterionKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID applicationId;
    @Id
    @Column(name = "criterion_key")
    private String criterionKey;
    private int score;
    private String justification;
    private UUID setBy;
    private Instant setAt;

    protected ConsensusScore() {
    }

    ConsensusScore(UUID applicationId, String criterionKey, int score, String justification, UUID setBy) {
        this.applicationId = applicationId;
        this.criterionKey = criterionKey;
        this.score = score;
        this.justification = justification;
        this.setBy = setBy;
        this.setAt = Instant.now();
    }

    void change(int score, String justification, UUID by) {
        this.score = score;
        this.justification = justification;
        this.setBy = by;
        this.setAt = Instant.now();
    }

    public UUID getApplicationId() {
        return applicationId;
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

    public UUID getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
