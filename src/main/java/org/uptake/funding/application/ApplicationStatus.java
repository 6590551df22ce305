package org.uptake.funding.application;

/**
 * Where an application stands. DRAFT until submitted; programme staff find it ELIGIBLE or INELIGIBLE; IN_REVIEW once
 * reviewers are assigned, REVIEWED when the consensus is complete; then the decision. With conditions, the applicant
 * submits a revised version (REVISION_SUBMITTED), which the programme approves.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE, IN_REVIEW, REVIEWED, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED,
    REVISION_SUBMITTED;

    public boolean isDecided() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED || this == REVISION_SUBMITTED
                || this == INELIGIBLE;
    }
}
