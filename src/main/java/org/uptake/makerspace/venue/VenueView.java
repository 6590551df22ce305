package org.uptake.makerspace.venue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A venue as pages and the API show it.
 *
 * @param organisationName the host organisation's name from the directory
 * @param regionName       the NUTS 3 region's name
 * @param openingHours     weekly hours and exceptions; {@link OpeningHours#on} gives a date's hours
 */
public record VenueView(UUID id, UUID organisationId, String organisationName, String name,
        Map<String, String> description, String street, String postalCode, String city, String nutsCode,
        String regionName, ZoneId zone, String contactEmail, String contactPhone, String accessibility,
        List<String> photos, BookingRules rules, OpeningHours openingHours, Instant createdAt, Instant updatedAt) {

    public String description(Locale locale) {
        return Localized.pick(description, locale);
    }

    /** Today in the venue's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Street, postal code and city on one line. */
    public String address() {
        String place = String.join(" ", java.util.stream.Stream.of(postalCode, city).filter(s -> s != null).toList());
        return String.join(", ", java.util.stream.Stream.of(street, place.isBlank() ? null : place)
                .filter(s -> s != null).toList());
    }
}
