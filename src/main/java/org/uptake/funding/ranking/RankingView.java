package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.CallStatus;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.call.Texts;
import org.uptake.funding.ranking.RankingRule.NotRanked;
import org.uptake.funding.ranking.RankingRule.Ranked;

/**
 * A call's ranking as pages and the API show it: the ranked applications with the stored selection (of the last
 * run and the overrides), the cumulative grant in rank order, and what is left of the budget.
 */
public record RankingView(UUID callId, Texts title, String currency, CallStatus status, BigDecimal totalBudget,
        BigDecimal overallThreshold, List<Criterion> criteria, Criterion heaviest, List<Row> rows,
        List<NotRanked> notRanked, BigDecimal budgetUsed) {

    /** One ranked application; {@code cumulativeGrant} sums the requested grants down to this rank. */
    public record Row(Ranked ranked, BigDecimal cumulativeGrant) {

        public Candidate candidate() {
            return ranked.candidate();
        }

        public boolean selected() {
            return ranked.candidate().selected();
        }

        public Integer reserveRank() {
            return ranked.candidate().reserveRank();
        }

        /** Decided for good: a revised version after conditions still waits for its approval. */
        public boolean decided() {
            return ranked.candidate().decision() != null
                    && ranked.candidate().status() != ApplicationStatus.REVISION_SUBMITTED;
        }
    }

    public BigDecimal budgetLeft() {
        return totalBudget.subtract(budgetUsed);
    }

    public boolean isDecided() {
        return status == CallStatus.DECIDED;
    }
}
