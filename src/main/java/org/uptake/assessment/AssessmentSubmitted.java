package org.uptake.assessment;

import java.util.Map;
import java.util.UUID;

/** An organisation submitted an assessment; scores at full precision (0..100, or the count for counting ones). */
public record AssessmentSubmitted(UUID assessmentId, UUID organisationId, String questionnaire, String stage,
        double overall, String level, Map<String, Double> dimensions) {
}
