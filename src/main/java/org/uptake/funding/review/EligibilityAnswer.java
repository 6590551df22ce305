package org.uptake.funding.review;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Programme staff's answer to one point of a call's eligibility checklist for one application. */
@Entity
@Table(name = "funding_eligibility_answer")
@IdClass(EligibilityAnswer.Key.class)
public class EligibilityAnswer {

    public record Key(UUID applicationId, String itemKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID applicationId;
    @Id
    private String itemKey;
    private boolean passed;

    protected EligibilityAnswer() {
    }

    EligibilityAnswer(UUID applicationId, String itemKey, boolean passed) {
        this.applicationId = applicationId;
        this.itemKey = itemKey;
        this.passed = passed;
    }

    void passed(boolean passed) {
        this.passed = passed;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public boolean isPassed() {
        return passed;
    }
}
