package org.uptake.makerspace.venue;

/**
 * How a venue takes bookings. Lengths are real minutes (the night of a clock change included); bookings start and
 * end on the venue's slot grid, counted in local time from midnight.
 *
 * @param slotMinutes       a multiple of 15
 * @param minBookingMinutes shortest booking, a multiple of the slot
 * @param maxBookingMinutes longest booking, a multiple of the slot, at most 24 hours
 * @param horizonDays       how many days ahead one may book (the start's local date at most today + this)
 * @param maxActiveBookings how many bookings a person may have at the venue that are not over yet
 * @param cancellationHours until how many hours before the start a person may cancel (staff at any time)
 */
public record BookingRules(int slotMinutes, int minBookingMinutes, int maxBookingMinutes, int horizonDays,
        int maxActiveBookings, int cancellationHours) {

    public static final BookingRules DEFAULTS = new BookingRules(30, 30, 240, 60, 3, 2);
}
