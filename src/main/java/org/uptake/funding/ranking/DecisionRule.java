package org.uptake.funding.ranking;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.ranking.RankingRule.Ranked;

/**
 * Which decision may follow which state. APPROVED and APPROVED_WITH_CONDITIONS need a reviewed application (a
 * consensus on every criterion, so it is ranked) that passes the thresholds; a revised version after conditions
 * (REVISION_SUBMITTED) may be APPROVED or REJECTED. REJECTED needs a reviewed application. INELIGIBLE is possible at
 * any stage after submission until a decision is made (its text says why), and confirms a failed eligibility check.
 * A decision, once made, is final, unless a request for evaluation review of it was upheld: then the application
 * is open for a new decision as if it had just been reviewed ({@code reopened}).
 */
public final class DecisionRule {

    private static final Set<ApplicationStatus> IN_ASSESSMENT = EnumSet.of(ApplicationStatus.ELIGIBLE,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.REVIEWED);

    /** Empty when allowed, else the message key of the reason. */
    public Optional<String> refusal(Decision decision, ApplicationStatus status, String currentDecision,
            Optional<Ranked> ranked) {
        return refusal(decision, status, currentDecision, ranked, false);
    }

    public Optional<String> refusal(Decision decision, ApplicationStatus status, String currentDecision,
            Optional<Ranked> ranked, boolean reopened) {
        if (reopened && status.isDecided() && status != ApplicationStatus.REVISION_SUBMITTED) {
            return refusal(decision, ApplicationStatus.REVIEWED, null, ranked, false);
        }
        if (status == ApplicationStatus.DRAFT) {
            return Optional.of("funding.decision.notSubmitted");
        }
        if (status == ApplicationStatus.REVISION_SUBMITTED) {
            return decision == Decision.APPROVED || decision == Decision.REJECTED ? Optional.empty()
                    : Optional.of("funding.decision.revisionOnlyApproveOrReject");
        }
        if (status == ApplicationStatus.APPROVED_WITH_CONDITIONS) {
            return Optional.of("funding.decision.awaitingRevision");
        }
        if (currentDecision != null || (status.isDecided() && status != ApplicationStatus.INELIGIBLE)) {
            return Optional.of("funding.decision.alreadyDecided");
        }
        if (decision == Decision.INELIGIBLE) {
            return Optional.empty();
        }
        if (!IN_ASSESSMENT.contains(status) || ranked.isEmpty()) {
            return Optional.of("funding.decision.notReviewed");
        }
        if (decision.funds() && !ranked.get().passesThresholds()) {
            return Optional.of("funding.decision.belowThreshold");
        }
        return Optional.empty();
    }
}
