package org.uptake.makerspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // the slots first, then each booking marks the slots it overlaps (found by binary search, as slots are in
        // order): bookings x log(slots) + slots x units, instead of asking every booking for every slot and unit
        List<ZonedDateTime[]> stretches = new ArrayList<>();
        for (OpeningHours.Interval interval : open) {
            List<ZonedDateTime> grid = grid(interval, zone, slotMinutes);
            for (int i = 0; i + 1 < grid.size(); i++) {
                stretches.add(new ZonedDateTime[] {grid.get(i), grid.get(i + 1)});
            }
        }
        int count = stretches.size();
        Instant[] starts = new Instant[count];
        Instant[] ends = new Instant[count];
        for (int i = 0; i < count; i++) {
            starts[i] = stretches.get(i)[0].toInstant();
            ends[i] = stretches.get(i)[1].toInstant();
        }
        Map<UUID, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u).id(), u);
        }
        boolean[][] taken = new boolean[units.size()][count];
        for (Booking booking : held) {
            Integer u = unitIndex.get(booking.getUnitId());
            if (u == null) {
                continue;
            }
            for (int i = firstEndingAfter(ends, booking.getStartsAt()); i < count
                    && starts[i].isBefore(booking.getEndsAt()); i++) {
                taken[u][i] = true;
            }
        }
        List<Availability.Slot> slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ZonedDateTime start = stretches.get(i)[0];
            boolean past = starts[i].isBefore(now);
            boolean unavailable = machine.statusOn(start.toLocalDate()) != EquipmentStatus.AVAILABLE;
            List<Availability.State> states = new ArrayList<>(units.size());
            int free = 0;
            for (int u = 0; u < units.size(); u++) {
                Availability.State state = past ? Availability.State.PAST
                        : unavailable ? Availability.State.UNAVAILABLE
                        : taken[u][i] ? Availability.State.TAKEN : Availability.State.FREE;
                free += state == Availability.State.FREE ? 1 : 0;
                states.add(state);
            }
            slots.add(new Availability.Slot(start, stretches.get(i)[1], List.copyOf(states), free));
        }
        return Optional.of(new Availability(equipmentId, zone, slotMinutes, from, to, units, slots));
    }

    /** The index of the first slot that ends after {@code instant} ({@code ends} ascending), or the length. */
    private static int firstEndingAfter(Instant[] ends, Instant instant) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle].isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
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
