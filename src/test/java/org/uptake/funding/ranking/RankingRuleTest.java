package org.uptake.funding.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.call.Texts;
import org.uptake.funding.ranking.RankingRule.NotRankedReason;
import org.uptake.funding.ranking.RankingRule.Ranked;
import org.uptake.funding.ranking.RankingRule.Ranking;

/** The ranking rule: weighted percentage, thresholds, and every step of the tie-break. */
class RankingRuleTest {

    static final Instant T0 = Instant.parse("2027-02-17T12:00:00Z");

    // relevance: max 5, weight 2, threshold 3; quality: max 5, weight 1, threshold 2; impact: max 10, weight 2
    static final List<Criterion> CRITERIA = List.of(criterion("relevance", 5, 2, 3), criterion("quality", 5, 1, 2),
            criterion("impact", 10, 2, null));

    static Criterion criterion(String key, int max, int weight, Integer threshold) {
        return new Criterion(key, new Texts(key, null, null), Texts.NONE, max, BigDecimal.valueOf(weight),
                threshold == null ? null : BigDecimal.valueOf(threshold));
    }

    static Candidate candidate(String name, ApplicationStatus status, Map<String, Integer> scores, int grant,
            Instant submitted, String receipt) {
        return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), name, null, receipt, status,
                BigDecimal.valueOf(grant), submitted, scores, false, null, null, null, null);
    }

    static Candidate reviewed(String name, int relevance, int quality, int impact, int grant) {
        return candidate(name, ApplicationStatus.REVIEWED,
                Map.of("relevance", relevance, "quality", quality, "impact", impact), grant, T0, "FC1-" + name);
    }

    static List<String> order(Ranking ranking) {
        return ranking.ranked().stream().map(r -> r.candidate().title()).toList();
    }

    @Test
    void theWeightedScoreIsAPercentageOfTheBestPossibleResult() {
        // best = 5*2 + 5*1 + 10*2 = 35; (4*2 + 3*1 + 7*2) = 25 -> 71.428.. -> 71.43
        Ranking ranking = new RankingRule(CRITERIA, null).rank(List.of(reviewed("a", 4, 3, 7, 1000),
                reviewed("top", 5, 5, 10, 1000), reviewed("zero", 0, 0, 0, 1000)));
        assertThat(order(ranking)).containsExactly("top", "a", "zero");
        assertThat(ranking.ranked().get(0).weightedScore()).isEqualByComparingTo("100.00");
        assertThat(ranking.ranked().get(1).weightedScore()).isEqualByComparingTo("71.43");
        assertThat(ranking.ranked().get(2).weightedScore()).isEqualByComparingTo("0.00");
        assertThat(ranking.ranked()).extracting(Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void everyCriterionThresholdAndTheOverallPercentageMustBeReached() {
        RankingRule rule = new RankingRule(CRITERIA, new BigDecimal("60"));
        Ranking ranking = rule.rank(List.of(
                reviewed("fine", 3, 2, 10, 1000), // 6+2+20 = 28 -> 80 %
                reviewed("lowRelevance", 2, 5, 10, 1000), // relevance 2 < 3
                reviewed("lowOverall", 3, 2, 3, 1000), // 6+2+6 = 14 -> 40 % < 60
                reviewed("exactly", 3, 5, 5, 1000))); // 6+5+10 = 21 -> 60 % = 60: passes
        Map<String, Ranked> byName = ranking.ranked().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.candidate().title(), r -> r));
        assertThat(byName.get("fine").passesThresholds()).isTrue();
        assertThat(byName.get("exactly").passesThresholds()).isTrue();
        assertThat(byName.get("lowRelevance").passesThresholds()).isFalse();
        assertThat(byName.get("lowRelevance").failedCriteria()).containsExactly("relevance");
        assertThat(byName.get("lowOverall").passesThresholds()).isFalse();
        assertThat(byName.get("lowOverall").failsOverall()).isTrue();
        assertThat(byName.get("lowOverall").failedCriteria()).isEmpty();
    }

    @Test
    void tiesGoToTheHigherScoreOnTheHeaviestCriterionFirstInCallOrder() {
        // relevance and impact both weigh 2: relevance is first in the call, so it decides
        Ranking ranking = new RankingRule(CRITERIA, null).rank(List.of(
                reviewed("moreImpact", 3, 3, 8, 1000), // 6+3+16 = 25
                reviewed("moreRelevance", 5, 3, 6, 1000))); // 10+3+12 = 25
        assertThat(order(ranking)).containsExactly("moreRelevance", "moreImpact");
        assertThat(ranking.ranked().get(0).weightedScore()).isEqualByComparingTo(ranking.ranked().get(1)
                .weightedScore());
    }

    @Test
    void thenTheLowerRequestedGrantThenTheEarlierSubmissionThenTheReceiptNumber() {
        Map<String, Integer> same = Map.of("relevance", 4, "quality", 4, "impact", 8);
        Ranking ranking = new RankingRule(CRITERIA, null).rank(List.of(
                candidate("expensive", ApplicationStatus.REVIEWED, same, 50000, T0, "FC1-0001"),
                candidate("late", ApplicationStatus.REVIEWED, same, 20000, T0.plusSeconds(60), "FC1-0002"),
                candidate("receipt9", ApplicationStatus.REVIEWED, same, 20000, T0, "FC1-0009"),
                candidate("receipt3", ApplicationStatus.REVIEWED, same, 20000, T0, "FC1-0003")));
        assertThat(order(ranking)).containsExactly("receipt3", "receipt9", "late", "expensive");
    }

    @Test
    void onlyEligibleApplicationsWithACompleteConsensusAreRankedAndDecidedOnesKeepTheirPlace() {
        Ranking ranking = new RankingRule(CRITERIA, null).rank(List.of(
                candidate("draft", ApplicationStatus.DRAFT, Map.of(), 1000, null, null),
                candidate("submitted", ApplicationStatus.SUBMITTED, Map.of(), 1000, T0, "FC1-0001"),
                candidate("ineligible", ApplicationStatus.INELIGIBLE, Map.of(), 1000, T0, "FC1-0002"),
                candidate("half", ApplicationStatus.IN_REVIEW, Map.of("relevance", 5, "quality", 5), 1000, T0,
                        "FC1-0003"),
                candidate("approved", ApplicationStatus.APPROVED, Map.of("relevance", 3, "quality", 3, "impact",
                        3), 1000, T0, "FC1-0004"),
                reviewed("reviewed", 5, 5, 5, 1000)));
        assertThat(order(ranking)).containsExactly("reviewed", "approved");
        assertThat(ranking.notRanked()).extracting(n -> n.candidate().title() + ":" + n.reason()).containsExactly(
                "submitted:" + NotRankedReason.ELIGIBILITY_NOT_CHECKED, "ineligible:" + NotRankedReason.INELIGIBLE,
                "half:" + NotRankedReason.CONSENSUS_INCOMPLETE);
    }

    @Test
    void theComparisonIsExactNotOnTheRoundedPercentage() {
        // two criteria with weights 1 and 3, max 3 each: best = 12; 1/12 and 1.0001... cannot differ by rounding,
        // but 7/12 = 58.333 and 7/12 again tie exactly, while 8/12 = 66.67 wins
        List<Criterion> criteria = List.of(criterion("a", 3, 1, null), criterion("b", 3, 3, null));
        Ranking ranking = new RankingRule(criteria, new BigDecimal("58.34")).rank(List.of(
                candidate("x", ApplicationStatus.REVIEWED, Map.of("a", 1, "b", 2), 100, T0, "FC1-0001"),
                candidate("y", ApplicationStatus.REVIEWED, Map.of("a", 2, "b", 2), 100, T0, "FC1-0002")));
        assertThat(order(ranking)).containsExactly("y", "x");
        assertThat(ranking.ranked().get(1).weightedScore()).isEqualByComparingTo("58.33");
        // 58.333.. is below 58.34 although it would print as 58.33
        assertThat(ranking.ranked().get(1).passesThresholds()).isFalse();
        assertThat(ranking.ranked().get(0).passesThresholds()).isTrue();
    }
}
