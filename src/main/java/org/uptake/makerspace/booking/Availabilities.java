package org.uptake.makerspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.makerspace.equipment.EquipmentRepository;
import org.uptake.makerspace.equipment.EquipmentStatus;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.EquipmentView.UnitView;
import org.uptake.makerspace.venue.OpeningHours;
import org.uptake.makerspace.venue.Venue;
import org.uptake.makerspace.venue.VenueRepository;

/** Free and taken slots of a machine's units, for the booking page and the API. */
@Service
public class Availabilities {

    /** The longest range one call covers. */
    public static final int MAX_DAYS = 31;

    private final EquipmentRepository equipment;
    private final VenueRepository venues;
    private final BookingRepository bookings;
    private final BookingViews views;

    Availabilities(EquipmentRepository equipment, VenueRepository venues, BookingRepository bookings,
            BookingViews views) {
        this.equipment = equipment;
        this.venues = venues;
        this.bookings = bookings;
        this.views = views;
    }

    /**
     * The slots of the local dates {@code from} to {@code to} (both included, at most {@link #MAX_DAYS} days);
     * empty for unknown equipment. The caller checks the range.
     */
    @Transactional(readOnly = true)
    public Optional<Availability> of(UUID equipmentId, LocalDate from, LocalDate to) {
        if (equipment.findById(equipmentId).isEmpty()) {
            return Optional.empty();
        }
        EquipmentView machine = views.equipment(equipmentId);
        Venue venue = venues.findById(machine.venueId()).orElseThrow();
        ZoneId zone = venue.zone();
        int slotMinutes = venue.rules().slotMinutes();
        List<UnitView> units = machine.units();
        List<OpeningHours.Interval> open = venue.openingHours().intervals(from, to, zone);
        List<Booking> held = open.isEmpty() || units.isEmpty() ? List.of()
                : bookings.holding(units.stream().map(UnitView::id).toList(), open.getFirst().start(),
                        open.getLast().end());
        Instant now = Instant.now();
        List<Availability.Slot> slots = new ArrayList<>();
        for (OpeningHours.Interval interval : open) {
            List<ZonedDateTime> grid = grid(interval, zone, slotMinutes);
            for (int i = 0; i + 1 < grid.size(); i++) {
                ZonedDateTime start = grid.get(i);
                ZonedDateTime end = grid.get(i + 1);
                boolean unavailable = machine.statusOn(start.toLocalDate()) != EquipmentStatus.AVAILABLE;
                List<Availability.State> states = new ArrayList<>();
                for (UnitView unit : units) {
                    boolean taken = held.stream().anyMatch(b -> b.getUnitId().equals(unit.id())
                            && b.getStartsAt().isBefore(end.toInstant()) && b.getEndsAt().isAfter(start.toInstant()));
                    states.add(start.toInstant().isBefore(now) ? Availability.State.PAST
                            : unavailable ? Availability.State.UNAVAILABLE
                            : taken ? Availability.State.TAKEN : Availability.State.FREE);
                }
                slots.add(new Availability.Slot(start, end, List.copyOf(states),
                        (int) states.stream().filter(s -> s == Availability.State.FREE).count()));
            }
        }
        return Optional.of(new Availability(equipmentId, zone, slotMinutes, from, to, units, slots));
    }

    /** The points of the slot grid (local time a whole number of slots after midnight) inside an open stretch. */
    private static List<ZonedDateTime> grid(OpeningHours.Interval interval, ZoneId zone, int slotMinutes) {
        List<ZonedDateTime> points = new ArrayList<>();
        Duration quarter = BookingSlots.SLOT;
        for (Instant t = interval.start(); !t.isAfter(interval.end()); t = t.plus(quarter)) {
            ZonedDateTime local = t.atZone(zone);
            if (Bookings.onGrid(local, slotMinutes)) {
                points.add(local);
            }
        }
        return points;
    }
}
