package org.uptake.assessment.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.assessment.scoring.ScoreCard;

/**
 * Peer benchmarks from the stored distributions: for each peer group the number of firms, the firm's percentile
 * rank and the group's median and quartiles, overall and per dimension. Groups of fewer than
 * {@value #MINIMUM_GROUP} firms are reported as insufficient, without any figure.
 */
@Service
public class Benchmarks {

    public static final int MINIMUM_GROUP = 5;
    static final String OVERALL = "overall";

    private final Distributions distributions;

    Benchmarks(Distributions distributions) {
        this.distributions = distributions;
    }

    public record Figures(double percentile, double median, double p25, double p75) {
    }

    /** A group's benchmark; {@code count} and the figures are {@code null} when the group is insufficient. */
    public record GroupBenchmark(String group, PeerGroup.Kind kind, String code, Integer count, boolean sufficient,
            Double percentile, Double median, Double p25, Double p75, Map<String, Figures> dimensions) {
    }

    /** Counts a submitted assessment in its groups, and takes out the organisation's previous latest one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(String questionnaire, List<PeerGroup> previousGroups, ScoreCard previous, List<PeerGroup> groups,
            ScoreCard latest) {
        if (previous != null) {
            distributions.count(questionnaire, previousGroups, metrics(previous), -1);
        }
        distributions.count(questionnaire, groups, metrics(latest), +1);
    }

    @Transactional(readOnly = true)
    public List<GroupBenchmark> of(String questionnaire, List<PeerGroup> groups, ScoreCard card) {
        Map<String, Map<String, Histogram>> stored = distributions.read(questionnaire, groups);
        List<GroupBenchmark> result = new ArrayList<>();
        for (PeerGroup group : groups) {
            Map<String, Histogram> byMetric = stored.getOrDefault(group.key(), Map.of());
            Histogram overall = byMetric.get(OVERALL);
            int count = overall == null ? 0 : overall.total();
            if (count < MINIMUM_GROUP) {
                if (group.kind() != PeerGroup.Kind.REGION_SIZE) {
                    result.add(new GroupBenchmark(group.key(), group.kind(), group.code(), null, false, null, null,
                            null, null, Map.of()));
                }
                continue;
            }
            Figures total = figures(overall, card.overall());
            Map<String, Figures> dimensions = new LinkedHashMap<>();
            card.dimensions().forEach((dimension, score) -> {
                Histogram histogram = byMetric.get(dimension);
                if (histogram != null && histogram.total() >= MINIMUM_GROUP) {
                    dimensions.put(dimension, figures(histogram, score));
                }
            });
            result.add(new GroupBenchmark(group.key(), group.kind(), group.code(), count, true, total.percentile(),
                    total.median(), total.p25(), total.p75(), dimensions));
        }
        return result;
    }

    private static Figures figures(Histogram histogram, double score) {
        return new Figures(ScoreCard.rounded(histogram.percentileRank(score)), histogram.quantile(0.5),
                histogram.quantile(0.25), histogram.quantile(0.75));
    }

    private static Map<String, Double> metrics(ScoreCard card) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(OVERALL, card.overall());
        metrics.putAll(card.dimensions());
        return metrics;
    }
}
