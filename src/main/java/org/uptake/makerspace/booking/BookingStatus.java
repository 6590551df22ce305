package org.uptake.makerspace.booking;

/**
 * ACTIVE until it is cancelled or staff record how it went: ATTENDED or NO_SHOW. Only CANCELLED frees the time.
 */
public enum BookingStatus {
    ACTIVE, CANCELLED, ATTENDED, NO_SHOW;

    /** The booking holds its unit's time (everything but a cancellation). */
    public boolean holdsTime() {
        return this != CANCELLED;
    }
}
