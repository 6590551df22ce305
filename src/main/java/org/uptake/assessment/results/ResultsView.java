package org.uptake.assessment.results;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.uptake.assessment.benchmark.EurostatIntensity;

/**
 * Everything the results page and the PDF report show of one submitted assessment, localized and rounded to one
 * decimal. Both render the same template fragment from this view.
 *
 * @param counting   true for a count of indicators met (the Digital Intensity Index), false for dimension scores
 * @param maximum    the highest possible overall score (100, or the number of indicators)
 * @param eurostat   for the Digital Intensity Index, Eurostat's shares for the firm's country and the EU-27
 * @param chartJson  the radar and change-over-time data for the page's charts
 */
public record ResultsView(UUID id, UUID organisationId, String organisationName, String questionnaireKey,
        String title, String source, boolean counting, String stage, Instant submittedAt, double overall,
        double maximum, String level, String levelName, List<DimensionResult> dimensions,
        List<IndicatorResult> indicators, List<GroupResult> benchmark, List<StageResult> history,
        EurostatIntensity.Comparison eurostat, String countryName, String chartJson) {

    /** @param change the difference to the previous stage, {@code null} at the first stage */
    public record DimensionResult(String id, String name, double score, Double change, List<QuestionResult> questions) {
    }

    public record QuestionResult(String id, String text, double score) {
    }

    public record IndicatorResult(String text, boolean met, Double euShare) {
    }

    /** A peer group's figures; all {@code null} when the group is too small to show any. */
    public record GroupResult(String label, boolean sufficient, Integer count, Double percentile, Double median,
            Double p25, Double p75, List<DimensionFigures> dimensions) {
    }

    public record DimensionFigures(String name, double score, double percentile, double median, double p25,
            double p75) {
    }

    public record StageResult(String stage, Instant submittedAt, double overall) {
    }

    public boolean hasHistory() {
        return history.size() > 1;
    }
}
