package org.uptake.makerspace.booking;

/**
 * The rules a booking can break (answered 422 with the rule's name). The message key is
 * {@code makerspace.rule.<NAME>}; CLOSED_DAY and EQUIPMENT_OUT_OF_ORDER have variants with a note or an open end.
 */
public enum BookingRule {
    /** Start and end lie on the venue's slot grid (local time, counted from midnight). */
    SLOT_GRID,
    MIN_LENGTH,
    MAX_LENGTH,
    /** It must not start in the past. */
    PAST,
    /** It must not start later than the venue's horizon (days ahead). */
    HORIZON,
    /** The venue is closed that day (weekday without hours or a closure). */
    CLOSED_DAY,
    /** It must lie inside the opening hours. */
    OPENING_HOURS,
    /** A person may hold only so many bookings at a venue that are not over. */
    MAX_ACTIVE_BOOKINGS,
    /** A person may cancel until so many hours before the start. */
    CANCELLATION_DEADLINE,
    EQUIPMENT_OUT_OF_ORDER,
    EQUIPMENT_RETIRED
}
