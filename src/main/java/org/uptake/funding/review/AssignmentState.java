package org.uptake.funding.review;

/**
 * A reviewer's way through one application: ASSIGNED (content closed), then ACCEPTED after declaring no conflict of
 * interest (content open) or DECLINED with a reason (the programme assigns someone else), then SUBMITTED with scores.
 */
public enum AssignmentState {
    ASSIGNED, ACCEPTED, DECLINED, SUBMITTED;

    /** Counts towards the reviewers an application needs. */
    public boolean isActive() {
        return this != DECLINED;
    }

    /** The reviewer may read the application's content. */
    public boolean opensContent() {
        return this == ACCEPTED || this == SUBMITTED;
    }
}
