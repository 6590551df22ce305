package org.uptake.makerspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.venue.Localized;

/**
 * A booking as pages and the API show it; start and end carry the venue's zone.
 *
 * @param personName the booker's display name
 */
public record BookingView(UUID id, UUID venueId, String venueName, UUID equipmentId, Map<String, String> equipmentName,
        EquipmentKind kind, UUID unitId, String unitLabel, UUID accountId, String personName, UUID organisationId,
        ZonedDateTime start, ZonedDateTime end, BookingStatus status, String note, Instant cancelledAt,
        UUID cancelledBy, String cancelReason, Instant createdAt) {

    public String equipmentName(Locale locale) {
        return Localized.pick(equipmentName, locale);
    }

    /** Real time booked (a booking over the night of a clock change is an hour shorter or longer than on the clock). */
    public Duration duration() {
        return Duration.between(start.toInstant(), end.toInstant());
    }

    public double hours() {
        return duration().toMinutes() / 60.0;
    }

    public boolean isActive() {
        return status == BookingStatus.ACTIVE;
    }
}
