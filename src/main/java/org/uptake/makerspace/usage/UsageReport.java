package org.uptake.makerspace.usage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.uptake.makerspace.EquipmentKind;

/**
 * The usage of a venue over the local dates {@code from} to {@code to} (both included): in total, by kind of
 * equipment and by equipment. Hours are real hours (a night with a clock change counts 23 or 25).
 */
public record UsageReport(UUID venueId, String venueName, ZoneId zone, LocalDate from, LocalDate to, Figures total,
        List<KindFigures> byKind, List<EquipmentFigures> byEquipment) {

    /**
     * @param bookings      bookings starting in the period that were not cancelled
     * @param cancelled     bookings starting in the period that were cancelled (by the person, staff or an outage)
     * @param bookedHours   hours of the not cancelled bookings, inside the period
     * @param openHours     hours the venue was open in the period
     * @param units         bookable units (machines) now, retired units left out
     * @param openUnitHours open hours times units: the hours that could have been booked
     * @param utilisation   booked hours / open unit hours (0..1), {@code null} without open unit hours
     * @param uniqueUsers   different people with a booking that was not cancelled
     * @param newInductions inductions passed in the period
     * @param attended      bookings staff marked ATTENDED
     * @param noShows       bookings staff marked NO_SHOW
     * @param unrecorded    bookings that are over but whose attendance nobody recorded
     * @param noShowRate    no-shows / (attended + no-shows), {@code null} when nothing was recorded
     */
    public record Figures(long bookings, long cancelled, double bookedHours, double openHours, int units,
            double openUnitHours, Double utilisation, long uniqueUsers, long newInductions, long attended,
            long noShows, long unrecorded, Double noShowRate) {
    }

    public record KindFigures(EquipmentKind kind, Figures figures) {
    }

    public record EquipmentFigures(UUID equipmentId, Map<String, String> name, EquipmentKind kind, Figures figures) {
    }
}
