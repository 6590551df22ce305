package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Criterion;

/**
 * How a call's applications are ranked, from the consensus score per criterion.
 * <ul>
 * <li><b>Weighted score</b>: sum(score × weight) / sum(maxScore × weight) × 100, a percentage of the best possible
 * result, shown with 2 decimals (half up). Comparisons use the exact value, never the rounded one.</li>
 * <li><b>Thresholds</b>: an application passes when its consensus reaches every criterion's threshold (where one is
 * set) and, where the call sets an overall threshold, its weighted score reaches it. The overall threshold is a
 * percentage on the same 0-100 scale as the weighted score, so it reads the same whatever the weights are.</li>
 * <li><b>Ties</b> are broken, in this order, by: the higher weighted score; the higher consensus score on the
 * criterion with the highest weight (the first such criterion in the call's order); the lower requested grant; the
 * earlier submission; the lower receipt number. Every application gets its own rank (1, 2, 3, ...).</li>
 * <li><b>Who is ranked</b>: applications found eligible (ELIGIBLE, IN_REVIEW, REVIEWED) with a consensus on every
 * criterion; decided ones (approved, with conditions, revised, rejected) keep their place. Everything else submitted
 * is listed as not ranked, with the reason. Applications that fail a threshold are ranked too, but marked.</li>
 * </ul>
 */
public final class RankingRule {

    static final Set<ApplicationStatus> RANKABLE = EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.IN_REVIEW,
            ApplicationStatus.REVIEWED, ApplicationStatus.APPROVED, ApplicationStatus.APPROVED_WITH_CONDITIONS,
            ApplicationStatus.REJECTED, ApplicationStatus.REVISION_SUBMITTED);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Criterion> criteria;
    private final BigDecimal overallThreshold;
    private final BigDecimal bestPossible;
    private final Criterion heaviest;

    public RankingRule(List<Criterion> criteria, BigDecimal overallThreshold) {
        this.criteria = List.copyOf(criteria);
        this.overallThreshold = overallThreshold;
        this.bestPossible = criteria.stream().map(c -> c.weight().multiply(BigDecimal.valueOf(c.maxScore())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // max() keeps the last of equals; the rule names the first in call order
        Criterion top = criteria.isEmpty() ? null : criteria.get(0);
        for (Criterion criterion : criteria) {
            if (criterion.weight().compareTo(top.weight()) > 0) {
                top = criterion;
            }
        }
        this.heaviest = top;
    }

    /** Why a submitted application has no rank. */
    public enum NotRankedReason {
        ELIGIBILITY_NOT_CHECKED, INELIGIBLE, CONSENSUS_INCOMPLETE
    }

    public record Ranked(Candidate candidate, int rank, BigDecimal weightedScore, boolean passesThresholds,
            List<String> failedCriteria, boolean failsOverall) {
    }

    public record NotRanked(Candidate candidate, NotRankedReason reason) {
    }

    public record Ranking(List<Ranked> ranked, List<NotRanked> notRanked) {
    }

    /** Ranks the candidates; drafts are left out entirely. A call without criteria ranks nobody. */
    public Ranking rank(List<Candidate> candidates) {
        List<Scored> scored = new ArrayList<>();
        List<NotRanked> notRanked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.status() == ApplicationStatus.DRAFT) {
                continue;
            }
            if (candidate.status() == ApplicationStatus.SUBMITTED) {
                notRanked.add(new NotRanked(candidate, NotRankedReason.ELIGIBILITY_NOT_CHECKED));
            } else if (!RANKABLE.contains(candidate.status())) {
                notRanked.add(new NotRanked(candidate, NotRankedReason.INELIGIBLE));
            } else if (criteria.isEmpty() || !complete(candidate)) {
                notRanked.add(new NotRanked(candidate, NotRankedReason.CONSENSUS_INCOMPLETE));
            } else {
                scored.add(new Scored(candidate, weightedSum(candidate)));
            }
        }
        scored.sort(order());
        List<Ranked> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            List<String> failed = criteria.stream().filter(c -> c.threshold() != null
                    && BigDecimal.valueOf(s.candidate.consensus().get(c.key())).compareTo(c.threshold()) < 0)
                    .map(Criterion::key).toList();
            // weighted% >= threshold  <=>  sum × 100 >= threshold × bestPossible (exact, no rounding)
            boolean failsOverall = overallThreshold != null
                    && s.sum.multiply(HUNDRED).compareTo(overallThreshold.multiply(bestPossible)) < 0;
            ranked.add(new Ranked(s.candidate, i + 1, percentage(s.sum), failed.isEmpty() && !failsOverall, failed,
                    failsOverall));
        }
        return new Ranking(List.copyOf(ranked), List.copyOf(notRanked));
    }

    /** The weighted score as a percentage with 2 decimals. */
    public BigDecimal percentage(BigDecimal weightedSum) {
        return weightedSum.multiply(HUNDRED).divide(bestPossible, 2, RoundingMode.HALF_UP);
    }

    public Criterion heaviestCriterion() {
        return heaviest;
    }

    private boolean complete(Candidate candidate) {
        return criteria.stream().allMatch(c -> candidate.consensus().containsKey(c.key()));
    }

    private BigDecimal weightedSum(Candidate candidate) {
        return criteria.stream().map(c -> c.weight().multiply(BigDecimal.valueOf(candidate.consensus().get(c.key()))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record Scored(Candidate candidate, BigDecimal sum) {
    }

    private Comparator<Scored> order() {
        Comparator<Scored> bySum = Comparator.comparing(Scored::sum);
        Comparator<Scored> byHeaviest = Comparator.comparing(s -> s.candidate.consensus().get(heaviest.key()));
        return bySum.reversed()
                .thenComparing(byHeaviest.reversed())
                .thenComparing(s -> s.candidate.requestedGrant(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.candidate.submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.candidate.receiptNumber(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.candidate.id());
    }
}
