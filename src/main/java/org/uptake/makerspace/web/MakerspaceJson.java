package org.uptake.makerspace.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.uptake.makerspace.booking.Availability;
import org.uptake.makerspace.booking.BookingView;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.induction.InductionView;
import org.uptake.makerspace.venue.Localized;
import org.uptake.makerspace.venue.OpeningHours;
import org.uptake.makerspace.venue.TimeRange;
import org.uptake.makerspace.venue.VenueView;

/**
 * The JSON shapes of the maker space API. Local times are written as the venue's wall clock
 * ({@code 2027-03-02T10:00}) with the UTC offset beside them, and instants in UTC.
 */
final class MakerspaceJson {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private MakerspaceJson() {
    }

    static Map<String, Object> venue(VenueView venue, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", venue.id());
        json.put("organisationId", venue.organisationId());
        json.put("organisationName", venue.organisationName());
        json.put("name", venue.name());
        json.put("description", venue.description());
        json.put("displayDescription", venue.description(locale));
        json.put("street", venue.street());
        json.put("postalCode", venue.postalCode());
        json.put("city", venue.city());
        json.put("nutsCode", venue.nutsCode());
        json.put("regionName", venue.regionName());
        json.put("timeZone", venue.zone().getId());
        json.put("contactEmail", venue.contactEmail());
        json.put("contactPhone", venue.contactPhone());
        json.put("accessibility", venue.accessibility());
        json.put("photos", venue.photos());
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("slotMinutes", venue.rules().slotMinutes());
        rules.put("minBookingMinutes", venue.rules().minBookingMinutes());
        rules.put("maxBookingMinutes", venue.rules().maxBookingMinutes());
        rules.put("horizonDays", venue.rules().horizonDays());
        rules.put("maxActiveBookings", venue.rules().maxActiveBookings());
        rules.put("cancellationHours", venue.rules().cancellationHours());
        json.put("rules", rules);
        json.put("openingHours", hours(venue.openingHours()));
        return json;
    }

    static Map<String, Object> hours(OpeningHours hours) {
        Map<String, Object> weekly = new LinkedHashMap<>();
        hours.weekly().forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                weekly.put(day.name(), ranges(ranges));
            }
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("weekly", weekly);
        json.put("exceptions", hours.exceptions().stream().map(e -> {
            Map<String, Object> exception = new LinkedHashMap<>();
            exception.put("date", e.date().toString());
            exception.put("closed", e.closed());
            exception.put("hours", ranges(e.hours()));
            exception.put("note", e.note());
            return exception;
        }).toList());
        return json;
    }

    private static List<Map<String, String>> ranges(List<TimeRange> ranges) {
        return ranges.stream().map(r -> Map.of("open", r.open(), "close", r.close())).toList();
    }

    static Map<String, Object> equipment(EquipmentView equipment, LocalDate today, MessageSource messages,
            Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", equipment.id());
        json.put("venueId", equipment.venueId());
        json.put("kind", equipment.kind());
        json.put("kindName", Localized.kind(messages, equipment.kind(), locale));
        json.put("name", equipment.name());
        json.put("displayName", equipment.name(locale));
        json.put("description", equipment.description());
        json.put("safetyNotes", equipment.safetyNotes());
        json.put("quantity", equipment.quantity());
        json.put("units", equipment.units().stream().map(u -> Map.of("id", u.id(), "number", u.number(),
                "label", u.label())).toList());
        json.put("status", equipment.status());
        json.put("statusToday", equipment.statusOn(today));
        json.put("outOfOrderUntil", equipment.outOfOrderUntil() == null ? null : equipment.outOfOrderUntil().toString());
        json.put("statusNote", equipment.statusNote());
        json.put("inductionRequired", equipment.inductionRequired());
        json.put("inductionValidDays", equipment.inductionValidDays());
        json.put("inductionOfferId", equipment.inductionOfferId());
        json.put("materials", equipment.materials().stream().map(m -> {
            Map<String, Object> material = new LinkedHashMap<>();
            material.put("name", m.name());
            material.put("unit", m.unit());
            material.put("price", m.price());
            material.put("currency", m.currency());
            return material;
        }).toList());
        return json;
    }

    static Map<String, Object> induction(InductionView induction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", induction.id());
        json.put("userId", induction.accountId());
        json.put("personName", induction.personName());
        json.put("venueId", induction.venueId());
        json.put("kind", induction.kind());
        json.put("equipmentId", induction.equipmentId());
        json.put("passedOn", induction.passedOn().toString());
        json.put("validUntil", induction.validUntil() == null ? null : induction.validUntil().toString());
        json.put("recordedBy", induction.recordedBy());
        json.put("recordedAt", induction.recordedAt());
        return json;
    }

    static Map<String, Object> booking(BookingView booking, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", booking.id());
        json.put("venueId", booking.venueId());
        json.put("venueName", booking.venueName());
        json.put("equipmentId", booking.equipmentId());
        json.put("equipmentName", booking.equipmentName(locale));
        json.put("kind", booking.kind());
        json.put("unitId", booking.unitId());
        json.put("unitLabel", booking.unitLabel());
        json.put("userId", booking.accountId());
        json.put("personName", booking.personName());
        json.put("organisationId", booking.organisationId());
        json.put("start", booking.start().format(LOCAL));
        json.put("startOffset", booking.start().getOffset().getId());
        json.put("end", booking.end().format(LOCAL));
        json.put("endOffset", booking.end().getOffset().getId());
        json.put("timeZone", booking.start().getZone().getId());
        json.put("startsAt", booking.start().toInstant());
        json.put("endsAt", booking.end().toInstant());
        json.put("minutes", booking.duration().toMinutes());
        json.put("status", booking.status());
        json.put("note", booking.note());
        json.put("cancelledAt", booking.cancelledAt());
        json.put("cancelReason", booking.cancelReason());
        json.put("createdAt", booking.createdAt());
        return json;
    }

    static Map<String, Object> availability(Availability availability) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("equipmentId", availability.equipmentId());
        json.put("timeZone", availability.zone().getId());
        json.put("slotMinutes", availability.slotMinutes());
        json.put("from", availability.from().toString());
        json.put("to", availability.to().toString());
        json.put("units", availability.units().stream().map(u -> Map.of("id", u.id(), "number", u.number(),
                "label", u.label())).toList());
        json.put("slots", availability.slots().stream().map(slot -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("start", slot.start().format(LOCAL));
            s.put("startOffset", slot.start().getOffset().getId());
            s.put("end", slot.end().format(LOCAL));
            s.put("endOffset", slot.end().getOffset().getId());
            s.put("startsAt", slot.start().toInstant());
            s.put("endsAt", slot.end().toInstant());
            s.put("free", slot.free());
            s.put("units", slot.states());
            return s;
        }).toList());
        return json;
    }
}
