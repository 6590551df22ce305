package org.uptake.funding.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.ranking.RankingRule.Ranked;

/** Which decision may follow which state. */
class DecisionRuleTest {

    final DecisionRule rule = new DecisionRule();

    static Optional<Ranked> ranked(boolean passes) {
        Candidate candidate = new Candidate(UUID.randomUUID(), "x", null, "FC1-0001", ApplicationStatus.REVIEWED,
                BigDecimal.TEN, RankingRuleTest.T0, Map.of("relevance", 3), false, null, null, null, null);
        return Optional.of(new Ranked(candidate, 1, BigDecimal.valueOf(60), passes,
                passes ? List.of() : List.of("relevance"), false));
    }

    @Test
    void approvalNeedsACompleteReviewAboveTheThresholds() {
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REVIEWED, null, ranked(true))).isEmpty();
        assertThat(rule.refusal(Decision.APPROVED_WITH_CONDITIONS, ApplicationStatus.IN_REVIEW, null, ranked(true)))
                .isEmpty();
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REVIEWED, null, ranked(false)))
                .contains("funding.decision.belowThreshold");
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.IN_REVIEW, null, Optional.empty()))
                .contains("funding.decision.notReviewed");
        assertThat(rule.refusal(Decision.REJECTED, ApplicationStatus.SUBMITTED, null, Optional.empty()))
                .contains("funding.decision.notReviewed");
        assertThat(rule.refusal(Decision.REJECTED, ApplicationStatus.REVIEWED, null, ranked(false))).isEmpty();
    }

    @Test
    void ineligibleIsPossibleAtAnyStageBeforeADecision() {
        for (ApplicationStatus status : List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE,
                ApplicationStatus.IN_REVIEW, ApplicationStatus.REVIEWED, ApplicationStatus.INELIGIBLE)) {
            assertThat(rule.refusal(Decision.INELIGIBLE, status, null, Optional.empty())).as(status.name()).isEmpty();
        }
        assertThat(rule.refusal(Decision.INELIGIBLE, ApplicationStatus.DRAFT, null, Optional.empty()))
                .contains("funding.decision.notSubmitted");
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.INELIGIBLE, null, Optional.empty()))
                .contains("funding.decision.notReviewed");
    }

    @Test
    void aDecisionIsFinalExceptThatARevisedVersionIsApprovedOrRejected() {
        assertThat(rule.refusal(Decision.REJECTED, ApplicationStatus.APPROVED, "APPROVED", ranked(true)))
                .contains("funding.decision.alreadyDecided");
        assertThat(rule.refusal(Decision.INELIGIBLE, ApplicationStatus.INELIGIBLE, "INELIGIBLE", Optional.empty()))
                .contains("funding.decision.alreadyDecided");
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.APPROVED_WITH_CONDITIONS,
                "APPROVED_WITH_CONDITIONS", ranked(true))).contains("funding.decision.awaitingRevision");
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REVISION_SUBMITTED, null, ranked(true)))
                .isEmpty();
        assertThat(rule.refusal(Decision.APPROVED_WITH_CONDITIONS, ApplicationStatus.REVISION_SUBMITTED, null,
                ranked(true))).contains("funding.decision.revisionOnlyApproveOrReject");
    }

    @Test
    void anUpheldReviewRequestReopensTheDecision() {
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REJECTED, "REJECTED", ranked(true), true))
                .isEmpty();
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REJECTED, "REJECTED", ranked(false), true))
                .contains("funding.decision.belowThreshold");
        assertThat(rule.refusal(Decision.APPROVED, ApplicationStatus.REJECTED, "REJECTED", ranked(true), false))
                .contains("funding.decision.alreadyDecided");
    }
}
