package org.uptake.assessment.scoring;

import java.util.Map;

/**
 * The result of scoring one assessment, at full precision. For dimension questionnaires the overall and dimension
 * scores are 0..100 and question scores 0..10; for counting questionnaires overall is the number of items met.
 */
public record ScoreCard(double overall, String level, Map<String, Double> dimensions, Map<String, Double> questions) {

    /** Rounded to one decimal, as the API and pages show it. */
    public static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
