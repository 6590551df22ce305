package org.uptake.makerspace.booking;

import java.util.UUID;

/**
 * A booking as clients send it: {@code {"start": "2027-03-02T10:00", "end": "2027-03-02T12:00"}} in the venue's
 * local time (see {@link LocalTimes} for clock changes). Without {@code unitId} the first free unit (lowest number)
 * is taken; {@code organisationId} books on behalf of an organisation the person belongs to.
 */
public record BookingRequest(String start, String end, UUID unitId, UUID organisationId, String note) {
}
