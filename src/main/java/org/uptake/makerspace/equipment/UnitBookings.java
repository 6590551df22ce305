package org.uptake.makerspace.equipment;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What equipment needs to know of bookings, implemented by the booking feature (so equipment does not depend on it).
 */
public interface UnitBookings {

    /** The start of the unit's first active booking that is not over yet, if any. */
    Optional<Instant> nextBooking(UUID unitId);

    /**
     * Cancels the active bookings of the equipment that start from now on and before {@code until} ({@code null}:
     * all), and tells each person by e-mail why; in the caller's transaction.
     *
     * @return how many bookings were cancelled
     */
    int cancelForOutage(UUID equipmentId, Instant until, String note);
}
