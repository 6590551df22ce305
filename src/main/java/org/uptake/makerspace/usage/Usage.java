package org.uptake.makerspace.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.BookingView;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.makerspace.induction.InductionRepository;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.MakerspacePermissions;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.Venue;
import org.uptake.makerspace.venue.VenueRepository;

/**
 * Usage figures of a venue (API, report pages, exports): bookings, booked hours, utilisation, unique users, new
 * inductions and no-shows, in total, by kind of equipment and by equipment. For venue staff and programme managers.
 * <p>
 * Utilisation is booked hours / (open hours x units), with the units as they are now; periods before a change of
 * quantity are measured against today's units. Out-of-order days are counted as open.
 */
@Service
public class Usage {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366;

    private final VenueRepository venues;
    private final Inventory inventory;
    private final Bookings bookings;
    private final InductionRepository inductions;
    private final MakerspacePermissions permissions;

    Usage(VenueRepository venues, Inventory inventory, Bookings bookings, InductionRepository inductions,
            MakerspacePermissions permissions) {
        this.venues = venues;
        this.inventory = inventory;
        this.bookings = bookings;
        this.inductions = inductions;
        this.permissions = permissions;
    }

    public sealed interface Result {
    }

    public record Done(UsageReport report) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result, PilotResult {
    }

    public record Invalid(Issue issue) implements Result, PilotResult {
    }

    /** The figures of the local dates {@code from} to {@code to} (both included, at most {@link #MAX_DAYS} days). */
    @Transactional(readOnly = true)
    public Result report(UptakeUser user, UUID venueId, LocalDate from, LocalDate to) {
        Optional<Venue> found = venues.findById(venueId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Venue venue = found.get();
        if (!permissions.can(user, Action.VIEW_USAGE, venue.getOrganisationId())) {
            return new Forbidden();
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return new Invalid(Issue.of("from", "makerspace.range.invalid", MAX_DAYS));
        }
        ZoneId zone = venue.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        double openHours = hours(venue.openingHours().openTime(from, to, zone));
        List<EquipmentView> equipment = inventory.ofVenue(venueId);
        List<BookingView> all = bookings.forFigures(venueId, start, end);
        List<org.uptake.makerspace.induction.Induction> passed = inductions.findByVenueIdAndPassedOnBetween(venueId,
                from, to);
        Instant now = Instant.now();

        UsageReport.Figures total = figures(all, passed, units(equipment), openHours, start, end, now);
        List<UsageReport.KindFigures> byKind = new ArrayList<>();
        for (EquipmentKind kind : EquipmentKind.values()) {
            List<EquipmentView> ofKind = equipment.stream().filter(e -> e.kind() == kind).toList();
            boolean used = all.stream().anyMatch(b -> b.kind() == kind);
            if (ofKind.isEmpty() && !used) {
                continue;
            }
            byKind.add(new UsageReport.KindFigures(kind, figures(filter(all, b -> b.kind() == kind),
                    passed.stream().filter(i -> i.getKind() == kind).toList(), units(ofKind), openHours, start, end,
                    now)));
        }
        List<UsageReport.EquipmentFigures> byEquipment = equipment.stream().map(e -> new UsageReport.EquipmentFigures(
                e.id(), e.name(), e.kind(), figures(filter(all, b -> b.equipmentId().equals(e.id())),
                        passed.stream().filter(i -> e.id().equals(i.getEquipmentId())).toList(), e.units().size(),
                        openHours, start, end, now))).toList();
        return new Done(new UsageReport(venueId, venue.getName(), zone, from, to, total, byKind, byEquipment));
    }

    /** The figures of every venue for the programme: per venue and in total. */
    public record PilotReport(LocalDate from, LocalDate to, List<UsageReport> venues, UsageReport.Figures total) {
    }

    public sealed interface PilotResult {
    }

    public record PilotDone(PilotReport report) implements PilotResult {
    }

    /**
     * The pilot-wide figures over the local dates {@code from} to {@code to}, each venue in its own zone: one row per
     * venue and the total, for programme managers (the funder) and administrators. In the total, hours, units and
     * counts are sums over the venues, utilisation and no-show rate are worked out from those sums, and unique users
     * counts each person once even when they booked at several venues.
     */
    @Transactional(readOnly = true)
    public PilotResult pilot(UptakeUser user, LocalDate from, LocalDate to) {
        if (user == null || !(user.isAdmin() || user.hasRole(org.uptake.identity.Role.PROGRAMME_MANAGER))) {
            return new Forbidden();
        }
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return new Invalid(Issue.of("from", "makerspace.range.invalid", MAX_DAYS));
        }
        List<UsageReport> reports = new ArrayList<>();
        java.util.Set<UUID> users = new java.util.HashSet<>();
        for (Venue venue : venues.findAllByOrderByName()) {
            if (report(user, venue.getId(), from, to) instanceof Done done) {
                reports.add(done.report());
                Instant start = from.atStartOfDay(venue.zone()).toInstant();
                Instant end = to.plusDays(1).atStartOfDay(venue.zone()).toInstant();
                bookings.forFigures(venue.getId(), start, end).stream()
                        .filter(b -> b.status() != BookingStatus.CANCELLED && !b.start().toInstant().isBefore(start)
                                && b.start().toInstant().isBefore(end))
                        .forEach(b -> users.add(b.accountId()));
            }
        }
        return new PilotDone(new PilotReport(from, to, reports, sum(reports.stream().map(UsageReport::total).toList(),
                users.size())));
    }

    static UsageReport.Figures sum(List<UsageReport.Figures> all, long uniqueUsers) {
        double booked = round(all.stream().mapToDouble(UsageReport.Figures::bookedHours).sum());
        double openUnitHours = round(all.stream().mapToDouble(UsageReport.Figures::openUnitHours).sum());
        long attended = all.stream().mapToLong(UsageReport.Figures::attended).sum();
        long noShows = all.stream().mapToLong(UsageReport.Figures::noShows).sum();
        return new UsageReport.Figures(all.stream().mapToLong(UsageReport.Figures::bookings).sum(),
                all.stream().mapToLong(UsageReport.Figures::cancelled).sum(), booked,
                round(all.stream().mapToDouble(UsageReport.Figures::openHours).sum()),
                all.stream().mapToInt(UsageReport.Figures::units).sum(), openUnitHours,
                openUnitHours == 0 ? null : round4(booked / openUnitHours), uniqueUsers,
                all.stream().mapToLong(UsageReport.Figures::newInductions).sum(), attended, noShows,
                all.stream().mapToLong(UsageReport.Figures::unrecorded).sum(),
                attended + noShows == 0 ? null : round4((double) noShows / (attended + noShows)));
    }

    private static UsageReport.Figures figures(List<BookingView> overlapping, Collection<?> newInductions, int units,
            double openHours, Instant start, Instant end, Instant now) {
        List<BookingView> starting = filter(overlapping, b -> !b.start().toInstant().isBefore(start)
                && b.start().toInstant().isBefore(end));
        List<BookingView> held = filter(starting, b -> b.status() != BookingStatus.CANCELLED);
        double booked = overlapping.stream().filter(b -> b.status() != BookingStatus.CANCELLED)
                .mapToDouble(b -> hours(Duration.between(max(b.start().toInstant(), start),
                        min(b.end().toInstant(), end)))).sum();
        long attended = count(held, b -> b.status() == BookingStatus.ATTENDED);
        long noShows = count(held, b -> b.status() == BookingStatus.NO_SHOW);
        long unrecorded = count(held, b -> b.status() == BookingStatus.ACTIVE && !b.end().toInstant().isAfter(now));
        double openUnitHours = openHours * units;
        return new UsageReport.Figures(held.size(), starting.size() - held.size(), round(booked),
                round(openHours), units, round(openUnitHours), openUnitHours == 0 ? null : round4(booked / openUnitHours),
                held.stream().map(BookingView::accountId).distinct().count(), newInductions.size(), attended, noShows,
                unrecorded, attended + noShows == 0 ? null : round4((double) noShows / (attended + noShows)));
    }

    private static int units(List<EquipmentView> equipment) {
        return equipment.stream().mapToInt(e -> e.units().size()).sum();
    }

    private static List<BookingView> filter(List<BookingView> bookings, Predicate<BookingView> test) {
        return bookings.stream().filter(test).collect(Collectors.toList());
    }

    private static long count(List<BookingView> bookings, Predicate<BookingView> test) {
        return bookings.stream().filter(test).count();
    }

    private static double hours(Duration duration) {
        return duration.toMinutes() / 60.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
