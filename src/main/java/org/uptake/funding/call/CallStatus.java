package org.uptake.funding.call;

/**
 * Where a call stands. A published call is CLOSED once its deadline has passed (see {@link Call#status}); DECIDED
 * when the programme has sent its decisions.
 */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED, DECIDED
}
