package org.uptake.makerspace.venue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.uptake.platform.Issue;

/**
 * A venue as clients send it. Absent booking rules take the current ones (on creation {@link BookingRules#DEFAULTS});
 * absent lists are empty.
 *
 * @param nutsCode the NUTS 3 region, such as {@code NO060}
 * @param timeZone a zone of the tz database, such as {@code Europe/Oslo}: opening hours and bookings are in its time
 */
public record VenueRequest(UUID organisationId, String name, Map<String, String> description, String street,
        String postalCode, String city, String nutsCode, String timeZone, String contactEmail, String contactPhone,
        String accessibility, List<String> photos, Rules rules) {

    public VenueRequest {
        description = description == null ? Map.of() : description;
        photos = photos == null ? List.of() : photos;
    }

    /** Booking rules; each absent one keeps its current (or default) value. */
    public record Rules(Integer slotMinutes, Integer minBookingMinutes, Integer maxBookingMinutes, Integer horizonDays,
            Integer maxActiveBookings, Integer cancellationHours) {
    }

    public record Valid(String name, Map<String, String> description, String street, String postalCode, String city,
            String nutsCode, ZoneId zone, String contactEmail, String contactPhone, String accessibility,
            List<String> photos, BookingRules rules) {
    }

    public sealed interface Checked {
    }

    public record Accepted(Valid valid) implements Checked {
    }

    public record Refused(List<Issue> issues) implements Checked {
    }

    /** Checks all but what needs the database (that the organisation and the region exist). */
    public Checked check(BookingRules current) {
        List<Issue> issues = new ArrayList<>();
        if (name == null || name.isBlank()) {
            issues.add(Issue.of("name", "validation.required"));
        } else if (name.strip().length() > 200) {
            issues.add(Issue.of("name", "validation.tooLong"));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (description.keySet().stream().anyMatch(language -> !Localized.LANGUAGES.contains(language))) {
            issues.add(Issue.of("description", "validation.language"));
        } else if (description.values().stream().anyMatch(t -> t != null && t.length() > 4000)) {
            issues.add(Issue.of("description", "validation.tooLong"));
        } else {
            for (String language : List.of("en", "de", "nb")) {
                String text = Localized.text(description, language);
                if (text != null) {
                    texts.put(language, text);
                }
            }
        }
        tooLong(issues, "street", street, 200);
        tooLong(issues, "postalCode", postalCode, 20);
        tooLong(issues, "city", city, 100);
        tooLong(issues, "accessibility", accessibility, 2000);
        String nuts = blank(nutsCode) ? null : nutsCode.strip().toUpperCase(Locale.ROOT);
        if (nuts == null) {
            issues.add(Issue.of("nutsCode", "validation.required"));
        } else if (!nuts.matches("[A-Z]{2}[A-Z0-9]{3}")) {
            issues.add(Issue.of("nutsCode", "makerspace.venue.nuts.invalid"));
        }
        ZoneId zone = zone(issues);
        String email = strip(contactEmail);
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            issues.add(Issue.of("contactEmail", "validation.email"));
        }
        String phone = strip(contactPhone);
        if (phone != null && !phone.matches("\\+?[0-9 ()/-]{4,40}")) {
            issues.add(Issue.of("contactPhone", "makerspace.venue.phone.invalid"));
        }
        if (photos.size() > 10 || photos.stream().anyMatch(p -> p == null || p.length() > 500
                || !p.strip().matches("https://\\S+"))) {
            issues.add(Issue.of("photos", "makerspace.venue.photos.invalid"));
        }
        BookingRules bookingRules = rules(issues, current);
        if (!issues.isEmpty()) {
            return new Refused(issues);
        }
        return new Accepted(new Valid(name.strip(), texts, strip(street), strip(postalCode), strip(city), nuts, zone,
                email, phone, strip(accessibility), photos.stream().map(String::strip).toList(), bookingRules));
    }

    private BookingRules rules(List<Issue> issues, BookingRules current) {
        Rules given = rules == null ? new Rules(null, null, null, null, null, null) : rules;
        int slot = or(given.slotMinutes(), current.slotMinutes());
        // Lengths not given follow a changed slot: the current ones rounded down to whole slots.
        int min = given.minBookingMinutes() != null ? given.minBookingMinutes()
                : fit(current.minBookingMinutes(), slot);
        int max = given.maxBookingMinutes() != null ? given.maxBookingMinutes()
                : Math.max(min, fit(current.maxBookingMinutes(), slot));
        boolean slotOk = slot >= 15 && slot <= 480 && slot % 15 == 0;
        if (!slotOk) {
            issues.add(Issue.of("rules.slotMinutes", "makerspace.venue.slotMinutes.invalid"));
        }
        if (slotOk && (min < slot || min % slot != 0 || min > 24 * 60)) {
            issues.add(Issue.of("rules.minBookingMinutes", "makerspace.venue.minBooking.invalid", slot));
        }
        if (slotOk && (max < min || max % slot != 0 || max > 24 * 60)) {
            issues.add(Issue.of("rules.maxBookingMinutes", "makerspace.venue.maxBooking.invalid", slot));
        }
        int horizon = or(given.horizonDays(), current.horizonDays());
        if (horizon < 1 || horizon > 365) {
            issues.add(Issue.of("rules.horizonDays", "makerspace.venue.horizon.invalid"));
        }
        int active = or(given.maxActiveBookings(), current.maxActiveBookings());
        if (active < 1 || active > 50) {
            issues.add(Issue.of("rules.maxActiveBookings", "makerspace.venue.maxActive.invalid"));
        }
        int cancellation = or(given.cancellationHours(), current.cancellationHours());
        if (cancellation < 0 || cancellation > 168) {
            issues.add(Issue.of("rules.cancellationHours", "makerspace.venue.cancellation.invalid"));
        }
        return new BookingRules(slot, min, max, horizon, active, cancellation);
    }

    /**
     * A zone of the tz database whose offsets, now and at its next changes, are whole quarter hours: then the local
     * slot grid falls on the 15-minute grid of UTC that booking_slot uses.
     */
    private ZoneId zone(List<Issue> issues) {
        if (blank(timeZone)) {
            issues.add(Issue.of("timeZone", "validation.required"));
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(timeZone.strip());
            ZoneRules zoneRules = zone.getRules();
            Instant at = Instant.now();
            boolean quarters = zoneRules.getOffset(at).getTotalSeconds() % 900 == 0;
            for (int i = 0; i < 20 && quarters; i++) {
                ZoneOffsetTransition next = zoneRules.nextTransition(at);
                if (next == null) {
                    break;
                }
                quarters = next.getOffsetAfter().getTotalSeconds() % 900 == 0;
                at = next.getInstant();
            }
            if (!quarters) {
                issues.add(Issue.of("timeZone", "makerspace.venue.timeZone.invalid"));
            }
            return zone;
        } catch (DateTimeException e) {
            issues.add(Issue.of("timeZone", "makerspace.venue.timeZone.invalid"));
            return null;
        }
    }

    private static int fit(int minutes, int slot) {
        return slot <= 0 ? minutes : Math.max(slot, minutes / slot * slot);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static void tooLong(List<Issue> issues, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            issues.add(Issue.of(field, "validation.tooLong"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
