package org.uptake.makerspace.booking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.makerspace.equipment.Equipment;
import org.uptake.makerspace.equipment.EquipmentRepository;
import org.uptake.makerspace.equipment.EquipmentUnit;
import org.uptake.makerspace.equipment.EquipmentUnitRepository;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.venue.VenueRepository;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

/** Builds booking views with the names of venue, machine, unit and person, looking each up once per list. */
@Component
class BookingViews {

    private final VenueRepository venues;
    private final Venues venueViews;
    private final EquipmentRepository equipment;
    private final EquipmentUnitRepository units;
    private final Accounts accounts;

    BookingViews(VenueRepository venues, Venues venueViews, EquipmentRepository equipment,
            EquipmentUnitRepository units, Accounts accounts) {
        this.venues = venues;
        this.venueViews = venueViews;
        this.equipment = equipment;
        this.units = units;
        this.accounts = accounts;
    }

    BookingView view(Booking booking) {
        return views(List.of(booking)).getFirst();
    }

    List<BookingView> views(List<Booking> bookings) {
        Map<UUID, String> venueNames = new HashMap<>();
        venues.findAllById(bookings.stream().map(Booking::getVenueId).distinct().toList())
                .forEach(v -> venueNames.put(v.getId(), v.getName()));
        Map<UUID, Equipment> machines = equipment.findAllById(bookings.stream().map(Booking::getEquipmentId)
                .distinct().toList()).stream().collect(Collectors.toMap(Equipment::getId, Function.identity()));
        Map<UUID, EquipmentUnit> unitsById = units.findAllById(bookings.stream().map(Booking::getUnitId).distinct()
                .toList()).stream().collect(Collectors.toMap(EquipmentUnit::getId, Function.identity()));
        Map<UUID, AccountView> people = accounts.findAll(bookings.stream().map(Booking::getAccountId).distinct()
                .toList());
        return bookings.stream().map(b -> {
            Equipment machine = machines.get(b.getEquipmentId());
            AccountView person = people.get(b.getAccountId());
            return new BookingView(b.getId(), b.getVenueId(), venueNames.get(b.getVenueId()), b.getEquipmentId(),
                    machine.names(), machine.getKind(), b.getUnitId(), unitsById.get(b.getUnitId()).getLabel(),
                    b.getAccountId(), person == null ? null : person.displayName(), b.getOrganisationId(), b.start(),
                    b.end(), b.getStatus(), b.getNote(), b.getCancelledAt(), b.getCancelledBy(), b.getCancelReason(),
                    b.getCreatedAt());
        }).toList();
    }

    VenueView venue(UUID venueId) {
        return venueViews.view(venues.findById(venueId).orElseThrow());
    }

    EquipmentView equipment(UUID equipmentId) {
        return EquipmentView.of(equipment.findById(equipmentId).orElseThrow(),
                units.findByEquipmentIdOrderByNumber(equipmentId));
    }
}
