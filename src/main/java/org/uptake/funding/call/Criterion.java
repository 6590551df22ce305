package org.uptake.funding.call;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * What reviewers score, from 0 to {@code maxScore}. The weight orders the ranking; the threshold (optional) is the
 * score an application needs on this criterion to be fundable. Weights and thresholds are separate on purpose.
 */
@Embeddable
public record Criterion(
        @Column(name = "criterion_key") String key,
        @Embedded @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "name_en")),
                @AttributeOverride(name = "de", column = @Column(name = "name_de")),
                @AttributeOverride(name = "nb", column = @Column(name = "name_nb")) }) Texts name,
        @Embedded @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "description_en")),
                @AttributeOverride(name = "de", column = @Column(name = "description_de")),
                @AttributeOverride(name = "nb", column = @Column(name = "description_nb")) }) Texts description,
        int maxScore, BigDecimal weight, BigDecimal threshold) {
}
