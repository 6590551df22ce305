package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.ranking.RankingRule.Ranked;
import org.uptake.funding.ranking.RankingRule.Ranking;

/**
 * Which ranked applications are selected within the call's budget, and the reserve list. The rule, as in EU
 * practice, keeps strictly to the rank order:
 * <ol>
 * <li>What is fixed comes first and takes its grant from the budget: applications already approved (with or
 * without conditions, or revised) and those a programme manager selected by hand (override SELECT). Rejected
 * applications and those excluded by hand (override EXCLUDE) take no part.</li>
 * <li>Then, in rank order, each remaining application that passes the thresholds is selected while its requested
 * grant still fits into what is left of the budget. The first one that does not fit ends the selection: it and
 * every passing application ranked below it form the reserve list, numbered 1, 2, ... in rank order. Nothing
 * smaller further down is pulled up past it (that would reward small requests over quality).</li>
 * <li>Applications below a threshold are neither selected nor on the reserve list.</li>
 * </ol>
 * The result depends only on the ranking, the overrides, the decisions and the budget: running it again gives the
 * same answer.
 */
public final class SelectionRule {

    public record Outcome(boolean selected, Integer reserveRank) {
    }

    public record Selection(Map<UUID, Outcome> outcomes, BigDecimal budget, BigDecimal used) {

        public BigDecimal left() {
            return budget.subtract(used);
        }

        public Outcome of(UUID applicationId) {
            return outcomes.getOrDefault(applicationId, new Outcome(false, null));
        }
    }

    public Selection select(Ranking ranking, BigDecimal budget) {
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        BigDecimal used = BigDecimal.ZERO;
        for (Ranked ranked : ranking.ranked()) {
            if (fixedSelected(ranked.candidate())) {
                outcomes.put(ranked.candidate().id(), new Outcome(true, null));
                used = used.add(grant(ranked));
            }
        }
        boolean open = true;
        int reserve = 0;
        for (Ranked ranked : ranking.ranked()) {
            Candidate candidate = ranked.candidate();
            if (outcomes.containsKey(candidate.id())) {
                continue;
            }
            if (fixedOut(candidate) || !ranked.passesThresholds()) {
                outcomes.put(candidate.id(), new Outcome(false, null));
            } else if (open && used.add(grant(ranked)).compareTo(budget) <= 0) {
                outcomes.put(candidate.id(), new Outcome(true, null));
                used = used.add(grant(ranked));
            } else {
                open = false;
                outcomes.put(candidate.id(), new Outcome(false, ++reserve));
            }
        }
        return new Selection(outcomes, budget, used);
    }

    private static boolean fixedSelected(Candidate candidate) {
        return candidate.status() == ApplicationStatus.APPROVED
                || candidate.status() == ApplicationStatus.APPROVED_WITH_CONDITIONS
                || candidate.status() == ApplicationStatus.REVISION_SUBMITTED
                || (!decided(candidate) && candidate.selectionOverride() == SelectionOverride.SELECT);
    }

    private static boolean fixedOut(Candidate candidate) {
        return decided(candidate) || candidate.selectionOverride() == SelectionOverride.EXCLUDE;
    }

    private static boolean decided(Candidate candidate) {
        return candidate.status().isDecided();
    }

    private static BigDecimal grant(Ranked ranked) {
        return ranked.candidate().requestedGrant() == null ? BigDecimal.ZERO : ranked.candidate().requestedGrant();
    }
}
