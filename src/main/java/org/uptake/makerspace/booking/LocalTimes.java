package org.uptake.makerspace.booking;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.uptake.platform.Issue;

/**
 * Booking times as clients write them: the venue's local time ({@code 2027-03-02T10:00}), optionally with the UTC
 * offset ({@code 2027-10-31T02:30+01:00}). Clock changes (java.time zone rules):
 * <ul>
 * <li>a local time inside the spring gap does not exist (02:30 on the last Sunday of March in Oslo) and is refused
 * with a message that says when the clocks jump;</li>
 * <li>a local time in the autumn overlap exists twice (02:30 on the last Sunday of October); without an offset it
 * means the first of the two (summer time, the earlier instant), always. The offset picks either one; an offset the
 * zone does not have at that local time is refused.</li>
 * </ul>
 */
final class LocalTimes {

    private LocalTimes() {
    }

    sealed interface Parsed {
    }

    record Time(ZonedDateTime time) implements Parsed {
    }

    record Refused(Issue issue) implements Parsed {
    }

    static Parsed parse(String value, ZoneId zone, String field) {
        if (value == null || value.isBlank()) {
            return new Refused(Issue.of(field, "validation.required"));
        }
        String text = value.strip();
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(text);
            LocalDateTime local = withOffset.toLocalDateTime();
            if (!zone.getRules().isValidOffset(local, withOffset.getOffset())) {
                return new Refused(Issue.of(field, "makerspace.booking.time.offset", withOffset.getOffset().getId(),
                        local, zone.getId()));
            }
            return new Time(ZonedDateTime.ofLocal(local, zone, withOffset.getOffset()));
        } catch (DateTimeParseException notWithOffset) {
            // a local time, the usual case
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return new Refused(Issue.of(field, "makerspace.booking.time.invalid"));
        }
        List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(local);
            return new Refused(Issue.of(field, "makerspace.booking.time.gap", local.toLocalTime(), local.toLocalDate(),
                    zone.getId(), gap.getDateTimeBefore().toLocalTime(), gap.getDateTimeAfter().toLocalTime()));
        }
        // In an overlap ZonedDateTime.ofLocal without a preferred offset takes the earlier one (summer time).
        return new Time(ZonedDateTime.ofLocal(local, zone, null));
    }
}
