package org.uptake.makerspace.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.MakerspacePermissions;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.Venue;
import org.uptake.makerspace.venue.VenueRepository;

/**
 * The equipment of venues: add, change (quantity included), take out of order, retire. Raising the quantity adds
 * units (first bringing back retired ones); lowering it retires the highest-numbered units, refused while one of
 * them still has a booking that is not over. Out of order and retired cancel the affected bookings and tell the people.
 */
@Service
public class Inventory {

    private final EquipmentRepository equipment;
    private final EquipmentUnitRepository units;
    private final VenueRepository venues;
    private final MakerspacePermissions permissions;
    private final UnitBookings bookings;
    private final AuditLog audit;

    Inventory(EquipmentRepository equipment, EquipmentUnitRepository units, VenueRepository venues,
            MakerspacePermissions permissions, UnitBookings bookings, AuditLog audit) {
        this.equipment = equipment;
        this.units = units;
        this.venues = venues;
        this.permissions = permissions;
        this.bookings = bookings;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(EquipmentView equipment) implements Result {
    }

    /** The status changed; {@code cancelledBookings} bookings were cancelled and their people told. */
    public record StatusChanged(EquipmentView equipment, int cancelledBookings) implements Result {
    }

    public record Invalid(List<Issue> issues) implements Result {
    }

    public record NotFound() implements Result {
    }

    /** The caller is not staff of the venue's host organisation. */
    public record Forbidden() implements Result {
    }

    /** The change cannot be made now, such as retiring a unit that is still booked. */
    public record Conflict(Issue issue) implements Result {
    }

    @Transactional
    public Result add(UptakeUser user, UUID venueId, EquipmentRequest request) {
        Optional<Venue> venue = venues.findById(venueId);
        if (venue.isEmpty()) {
            return new NotFound();
        }
        if (!permissions.can(user, Action.MANAGE, venue.get().getOrganisationId())) {
            return new Forbidden();
        }
        return switch (request.check(1)) {
            case EquipmentRequest.Refused refused -> new Invalid(refused.issues());
            case EquipmentRequest.Accepted accepted -> {
                Equipment added = equipment.save(new Equipment(venueId, accepted.valid()));
                List<EquipmentUnit> created = new ArrayList<>();
                for (int number = 1; number <= added.getQuantity(); number++) {
                    created.add(units.save(new EquipmentUnit(added.getId(), number)));
                }
                audit.record("EQUIPMENT_ADDED", "equipment", added.getId(), added.getKind().name());
                yield new Done(EquipmentView.of(added, created));
            }
        };
    }

    @Transactional
    public Result update(UptakeUser user, UUID id, EquipmentRequest request) {
        Optional<Equipment> found = equipment.lockById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Equipment item = found.get();
        Venue venue = venues.findById(item.getVenueId()).orElseThrow();
        if (!permissions.can(user, Action.MANAGE, venue.getOrganisationId())) {
            return new Forbidden();
        }
        return switch (request.check(item.getQuantity())) {
            case EquipmentRequest.Refused refused -> new Invalid(refused.issues());
            case EquipmentRequest.Accepted accepted -> {
                Optional<Issue> blocked = changeQuantity(item, venue, accepted.valid().quantity());
                if (blocked.isPresent()) {
                    yield new Conflict(blocked.get());
                }
                item.apply(accepted.valid());
                audit.record("EQUIPMENT_CHANGED", "equipment", id, "quantity " + item.getQuantity());
                yield new Done(view(item));
            }
        };
    }

    /**
     * Sets the status. OUT_OF_ORDER (until a day, or until further notice) cancels the bookings that start from now
     * until the end of that day, RETIRED all bookings still to come; each person gets an e-mail with the note.
     */
    @Transactional
    public Result setStatus(UptakeUser user, UUID id, StatusRequest request) {
        Optional<Equipment> found = equipment.lockById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Equipment item = found.get();
        Venue venue = venues.findById(item.getVenueId()).orElseThrow();
        if (!permissions.can(user, Action.MANAGE, venue.getOrganisationId())) {
            return new Forbidden();
        }
        EquipmentStatus status;
        try {
            status = request == null || request.status() == null ? null
                    : EquipmentStatus.valueOf(request.status().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            status = null;
        }
        if (status == null) {
            return new Invalid(List.of(Issue.of("status", "makerspace.equipment.status.invalid")));
        }
        LocalDate until = null;
        if (status == EquipmentStatus.OUT_OF_ORDER && request.until() != null && !request.until().isBlank()) {
            try {
                until = LocalDate.parse(request.until().strip());
            } catch (DateTimeParseException e) {
                return new Invalid(List.of(Issue.of("until", "makerspace.equipment.until.invalid")));
            }
            if (until.isBefore(LocalDate.now(venue.zone()))) {
                return new Invalid(List.of(Issue.of("until", "makerspace.equipment.until.invalid")));
            }
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > 500) {
            return new Invalid(List.of(Issue.of("note", "validation.tooLong")));
        }
        item.status(status, until, note);
        equipment.flush();
        int cancelled = switch (status) {
            case AVAILABLE -> 0;
            case RETIRED -> bookings.cancelForOutage(id, null, note);
            case OUT_OF_ORDER -> bookings.cancelForOutage(id, until == null ? null
                    : until.plusDays(1).atStartOfDay(venue.zone()).toInstant(), note);
        };
        audit.record("EQUIPMENT_STATUS", "equipment", id, status + (until == null ? "" : " until " + until)
                + ", " + cancelled + " bookings cancelled");
        return new StatusChanged(view(item), cancelled);
    }

    @Transactional(readOnly = true)
    public Optional<EquipmentView> find(UUID id) {
        return equipment.findById(id).map(this::view);
    }

    /** The equipment of a venue, by kind. */
    @Transactional(readOnly = true)
    public List<EquipmentView> ofVenue(UUID venueId) {
        return equipment.findByVenueIdOrderByKindAscCreatedAtAsc(venueId).stream().map(this::view).toList();
    }

    public EquipmentView view(Equipment item) {
        return EquipmentView.of(item, units.findByEquipmentIdOrderByNumber(item.getId()));
    }

    private Optional<Issue> changeQuantity(Equipment item, Venue venue, int wanted) {
        List<EquipmentUnit> all = units.findByEquipmentIdOrderByNumber(item.getId());
        List<EquipmentUnit> active = all.stream().filter(u -> !u.isRetired()).toList();
        if (wanted < active.size()) {
            List<EquipmentUnit> retiring = active.stream().sorted(Comparator.comparingInt(EquipmentUnit::getNumber)
                    .reversed()).limit(active.size() - wanted).toList();
            for (EquipmentUnit unit : retiring) {
                Optional<Instant> next = bookings.nextBooking(unit.getId());
                if (next.isPresent()) {
                    return Optional.of(Issue.of("quantity", "makerspace.equipment.quantity.booked", unit.getLabel(),
                            next.get().atZone(venue.zone())));
                }
            }
            retiring.forEach(EquipmentUnit::retire);
        } else if (wanted > active.size()) {
            int missing = wanted - active.size();
            for (EquipmentUnit unit : all) {
                if (missing > 0 && unit.isRetired()) {
                    unit.reactivate();
                    missing--;
                }
            }
            int number = all.stream().mapToInt(EquipmentUnit::getNumber).max().orElse(0);
            for (; missing > 0; missing--) {
                units.save(new EquipmentUnit(item.getId(), ++number));
            }
        }
        item.setQuantity(wanted);
        units.flush();
        return Optional.empty();
    }
}
