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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.directory.Directory;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.equipment.Equipment;
import org.uptake.makerspace.equipment.EquipmentRepository;
import org.uptake.makerspace.equipment.EquipmentStatus;
import org.uptake.makerspace.equipment.EquipmentUnit;
import org.uptake.makerspace.equipment.EquipmentUnitRepository;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.makerspace.venue.BookingRules;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.MakerspacePermissions;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.OpeningHours;
import org.uptake.makerspace.venue.Venue;
import org.uptake.makerspace.venue.VenueRepository;

/**
 * Booking a unit of a machine, cancelling, recording attendance, and reading bookings.
 * <p>
 * A booking is checked in this order, and the first thing wrong is the answer: the request itself (times, unit,
 * organisation: {@link Invalid}), the machine's state and the venue's rules ({@link RuleBroken}), the induction
 * ({@link InductionRequired}), the person's number of active bookings ({@link RuleBroken}), and last whether the
 * time is free ({@link Taken}). The last check is repeated by the database: the booking's 15-minute slots are
 * rows under a primary key (booking_slot), and on PostgreSQL an exclusion constraint covers the booking rows too.
 * When a concurrent request (any thread, any node) wins the race between the check and the insert, the insert
 * fails, the attempt is rolled back and the request starts again in a new transaction, where it sees the winner:
 * it takes the next free unit or is answered {@link Taken}. Never an error.
 */
@Service
public class Bookings {

    private static final Logger log = LoggerFactory.getLogger(Bookings.class);
    private static final int ATTEMPTS = 10;

    private final BookingRepository bookings;
    private final BookingSlots slots;
    private final BookingViews views;
    private final BookingMails mails;
    private final EquipmentRepository equipment;
    private final EquipmentUnitRepository units;
    private final VenueRepository venues;
    private final Inductions inductions;
    private final MakerspacePermissions permissions;
    private final Directory directory;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Bookings(BookingRepository bookings, BookingSlots slots, BookingViews views, BookingMails mails,
            EquipmentRepository equipment, EquipmentUnitRepository units, VenueRepository venues,
            Inductions inductions, MakerspacePermissions permissions, Directory directory, AuditLog audit,
            PlatformTransactionManager transactionManager) {
        this.bookings = bookings;
        this.slots = slots;
        this.views = views;
        this.mails = mails;
        this.equipment = equipment;
        this.units = units;
        this.venues = venues;
        this.inductions = inductions;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public sealed interface Result {
    }

    public record Done(BookingView booking) implements Result {
    }

    public record NotFound() implements Result {
    }

    /** The request is malformed (400): times that cannot be read or do not exist, end not after start, ... */
    public record Invalid(List<Issue> issues) implements Result {
    }

    /** A rule of the venue or the machine's state says no (422); the issue's field is the rule's name. */
    public record RuleBroken(BookingRule rule, Issue issue) implements Result {
    }

    /**
     * The machine needs a valid induction the person does not have (403). The issue's field is the reason,
     * INDUCTION_MISSING or INDUCTION_EXPIRED; {@code validUntil} is the last valid day of an expired one.
     */
    public record InductionRequired(Issue issue, LocalDate validUntil) implements Result {
    }

    /** The caller may not do this (403). */
    public record Forbidden(String messageKey) implements Result {
    }

    /** The time is taken on the requested unit or on every unit (409). */
    public record Taken(Issue issue) implements Result {
    }

    /** The booking is not in a state for this (409): cancelled, over, not started. */
    public record Conflict(String messageKey) implements Result {
    }

    /** Books a unit of the machine for the signed-in person; the confirmation mail carries a calendar file. */
    public Result book(UptakeUser user, UUID equipmentId, BookingRequest request) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> attempt(user, equipmentId, request));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException lost) {
                // Someone else took the unit between our check and our insert; look again with the winner in view.
                log.debug("Booking attempt {} for equipment {} lost a race: {}", attempt, equipmentId,
                        lost.getMostSpecificCause().getMessage());
            }
        }
        return new Taken(Issue.of("start", "makerspace.booking.taken"));
    }

    private Result attempt(UptakeUser user, UUID equipmentId, BookingRequest request) {
        Optional<Equipment> found = equipment.findById(equipmentId);
        if (found.isEmpty() || request == null) {
            return found.isEmpty() ? new NotFound() : new Invalid(List.of(Issue.of("start", "validation.required")));
        }
        Equipment machine = found.get();
        Venue venue = venues.findById(machine.getVenueId()).orElseThrow();
        ZoneId zone = venue.zone();
        BookingRules rules = venue.rules();

        List<Issue> issues = new ArrayList<>();
        ZonedDateTime start = time(LocalTimes.parse(request.start(), zone, "start"), issues);
        ZonedDateTime end = time(LocalTimes.parse(request.end(), zone, "end"), issues);
        if (start != null && end != null && !end.toInstant().isAfter(start.toInstant())) {
            issues.add(Issue.of("end", "makerspace.booking.end.beforeStart"));
        }
        List<EquipmentUnit> active = units.findByEquipmentIdAndRetiredFalseOrderByNumber(equipmentId);
        List<EquipmentUnit> candidates = request.unitId() == null ? active
                : active.stream().filter(u -> u.getId().equals(request.unitId())).toList();
        if (request.unitId() != null && candidates.isEmpty()) {
            issues.add(Issue.of("unitId", "makerspace.booking.unit.unknown"));
        }
        if (request.organisationId() != null && !directory.isMember(user.id(), request.organisationId())) {
            issues.add(Issue.of("organisationId", "makerspace.booking.organisation.notMember"));
        }
        if (request.note() != null && request.note().length() > 500) {
            issues.add(Issue.of("note", "validation.tooLong"));
        }
        if (!issues.isEmpty()) {
            return new Invalid(issues);
        }

        Instant now = Instant.now();
        LocalDate today = LocalDate.now(zone);
        LocalDate day = start.toLocalDate();
        Optional<RuleBroken> broken = machineState(machine, day).or(() -> rules(rules, venue.openingHours(), zone,
                start, end, now, today));
        if (broken.isPresent()) {
            return broken.get();
        }
        Inductions.Gate gate = inductions.check(user.id(), venue.getId(), machine.getKind(),
                machine.isInductionRequired(), day);
        switch (gate) {
            case Inductions.Missing missing -> {
                return new InductionRequired(Issue.of("INDUCTION_MISSING", "makerspace.induction.missing",
                        machine.names(), machine.getKind(), venue.getName()), null);
            }
            case Inductions.Expired expired -> {
                return new InductionRequired(expired.validUntil().isBefore(today)
                        ? Issue.of("INDUCTION_EXPIRED", "makerspace.induction.expired", machine.names(),
                                machine.getKind(), venue.getName(), expired.validUntil())
                        : Issue.of("INDUCTION_EXPIRED", "makerspace.induction.expiresBefore", machine.names(),
                                machine.getKind(), venue.getName(), expired.validUntil(), day), expired.validUntil());
            }
            case Inductions.Passed passed -> {
            }
        }
        if (bookings.countActive(user.id(), venue.getId(), now) >= rules.maxActiveBookings()) {
            return new RuleBroken(BookingRule.MAX_ACTIVE_BOOKINGS, Issue.of(BookingRule.MAX_ACTIVE_BOOKINGS.name(),
                    "makerspace.rule.MAX_ACTIVE_BOOKINGS", rules.maxActiveBookings()));
        }
        Optional<EquipmentUnit> free = candidates.stream()
                .filter(u -> bookings.countOverlapping(u.getId(), start.toInstant(), end.toInstant()) == 0).findFirst();
        if (free.isEmpty()) {
            return new Taken(request.unitId() == null ? Issue.of("start", "makerspace.booking.taken")
                    : Issue.of("unitId", "makerspace.booking.unitTaken", candidates.getFirst().getLabel()));
        }
        Booking booking = new Booking(venue.getId(), equipmentId, free.get().getId(), user.id(),
                request.organisationId(), start.toInstant(), end.toInstant(), zone,
                request.note() == null || request.note().isBlank() ? null : request.note().strip(), BookingStatus.ACTIVE);
        bookings.flush(); // what this transaction changed before (new units, in a bigger transaction) goes first
        slots.hold(booking);
        bookings.saveAndFlush(booking);
        BookingView view = views.view(booking);
        mails.confirmed(view, views.venue(venue.getId()), views.equipment(equipmentId));
        return new Done(view);
    }

    private static ZonedDateTime time(LocalTimes.Parsed parsed, List<Issue> issues) {
        return switch (parsed) {
            case LocalTimes.Time time -> time.time();
            case LocalTimes.Refused refused -> {
                issues.add(refused.issue());
                yield null;
            }
        };
    }

    private static Optional<RuleBroken> machineState(Equipment machine, LocalDate day) {
        EquipmentStatus status = machine.statusOn(day);
        if (status == EquipmentStatus.RETIRED) {
            return broken(BookingRule.EQUIPMENT_RETIRED, "makerspace.rule.EQUIPMENT_RETIRED", machine.names());
        }
        if (status == EquipmentStatus.OUT_OF_ORDER) {
            return machine.getOutOfOrderUntil() == null
                    ? broken(BookingRule.EQUIPMENT_OUT_OF_ORDER, "makerspace.rule.EQUIPMENT_OUT_OF_ORDER.open",
                            machine.names())
                    : broken(BookingRule.EQUIPMENT_OUT_OF_ORDER, "makerspace.rule.EQUIPMENT_OUT_OF_ORDER",
                            machine.names(), machine.getOutOfOrderUntil());
        }
        return Optional.empty();
    }

    /** The venue's rules for a booking from start to end, checked at {@code now}. */
    static Optional<RuleBroken> rules(BookingRules rules, OpeningHours hours, ZoneId zone, ZonedDateTime start,
            ZonedDateTime end, Instant now, LocalDate today) {
        if (!onGrid(start, rules.slotMinutes()) || !onGrid(end, rules.slotMinutes())) {
            return broken(BookingRule.SLOT_GRID, "makerspace.rule.SLOT_GRID", rules.slotMinutes());
        }
        long minutes = Duration.between(start.toInstant(), end.toInstant()).toMinutes();
        if (minutes < rules.minBookingMinutes()) {
            return broken(BookingRule.MIN_LENGTH, "makerspace.rule.MIN_LENGTH", rules.minBookingMinutes());
        }
        if (minutes > rules.maxBookingMinutes()) {
            return broken(BookingRule.MAX_LENGTH, "makerspace.rule.MAX_LENGTH", rules.maxBookingMinutes());
        }
        if (start.toInstant().isBefore(now)) {
            return broken(BookingRule.PAST, "makerspace.rule.PAST");
        }
        LocalDate day = start.toLocalDate();
        LocalDate latest = today.plusDays(rules.horizonDays());
        if (day.isAfter(latest)) {
            return broken(BookingRule.HORIZON, "makerspace.rule.HORIZON", rules.horizonDays(), latest);
        }
        if (!hours.isOpenOn(day)) {
            Optional<OpeningHours.ExceptionDay> closure = hours.exceptionOn(day).filter(e -> e.note() != null);
            return closure.isPresent()
                    ? broken(BookingRule.CLOSED_DAY, "makerspace.rule.CLOSED_DAY.note", day, closure.get().note())
                    : broken(BookingRule.CLOSED_DAY, "makerspace.rule.CLOSED_DAY", day);
        }
        if (!hours.covers(start.toInstant(), end.toInstant(), zone)) {
            return broken(BookingRule.OPENING_HOURS, "makerspace.rule.OPENING_HOURS", day, hours.on(day));
        }
        return Optional.empty();
    }

    /** On the slot grid: the local time, counted from midnight, is a whole number of slots. */
    static boolean onGrid(ZonedDateTime time, int slotMinutes) {
        return time.getSecond() == 0 && time.getNano() == 0
                && (time.getHour() * 60 + time.getMinute()) % slotMinutes == 0;
    }

    private static Optional<RuleBroken> broken(BookingRule rule, String messageKey, Object... args) {
        return Optional.of(new RuleBroken(rule, Issue.of(rule.name(), messageKey, args)));
    }

    /**
     * Cancels a booking and frees its time. The booker may until the venue's deadline before the start; staff of
     * the venue at any time before its end, giving a reason when it is someone else's booking, which the person
     * reads in the e-mail.
     */
    @Transactional
    public Result cancel(UptakeUser user, UUID bookingId, String reason) {
        Optional<Booking> found = bookings.lockById(bookingId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Booking booking = found.get();
        Venue venue = venues.findById(booking.getVenueId()).orElseThrow();
        boolean own = booking.getAccountId().equals(user.id());
        boolean staff = permissions.can(user, Action.HANDLE_BOOKINGS, venue.getOrganisationId());
        if (!own && !staff) {
            return new Forbidden("makerspace.booking.notYours");
        }
        if (booking.getStatus() != BookingStatus.ACTIVE) {
            return new Conflict("makerspace.booking.notActive");
        }
        Instant now = Instant.now();
        if (!booking.getEndsAt().isAfter(now)) {
            return new Conflict("makerspace.booking.over");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!own && why == null) {
            return new Invalid(List.of(Issue.of("reason", "makerspace.booking.reason.required")));
        }
        if (why != null && why.length() > 500) {
            return new Invalid(List.of(Issue.of("reason", "validation.tooLong")));
        }
        int deadline = venue.rules().cancellationHours();
        if (!staff && now.isAfter(booking.getStartsAt().minus(Duration.ofHours(deadline)))) {
            return new RuleBroken(BookingRule.CANCELLATION_DEADLINE, Issue.of(BookingRule.CANCELLATION_DEADLINE.name(),
                    "makerspace.rule.CANCELLATION_DEADLINE", deadline));
        }
        booking.cancel(user.id(), why);
        bookings.flush();
        slots.release(booking.getId());
        BookingView view = views.view(booking);
        if (own) {
            mails.cancelled(view, views.venue(venue.getId()), views.equipment(booking.getEquipmentId()));
        } else {
            mails.cancelledByStaff(view, views.venue(venue.getId()), views.equipment(booking.getEquipmentId()), why);
            audit.record("BOOKING_CANCELLED", "booking", bookingId, why);
        }
        return new Done(view);
    }

    /** Staff record how a booking went once it has started: ATTENDED or NO_SHOW (may be corrected later). */
    @Transactional
    public Result recordAttendance(UptakeUser user, UUID bookingId, BookingStatus outcome) {
        if (outcome != BookingStatus.ATTENDED && outcome != BookingStatus.NO_SHOW) {
            return new Invalid(List.of(Issue.of("status", "makerspace.booking.attendance.invalid")));
        }
        Optional<Booking> found = bookings.lockById(bookingId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Booking booking = found.get();
        Venue venue = venues.findById(booking.getVenueId()).orElseThrow();
        if (!permissions.can(user, Action.HANDLE_BOOKINGS, venue.getOrganisationId())) {
            return booking.getAccountId().equals(user.id()) ? new Forbidden("makerspace.booking.notStaff")
                    : new NotFound();
        }
        if (booking.getStatus() == BookingStatus.CANCELLED) {
            return new Conflict("makerspace.booking.notActive");
        }
        if (booking.getStartsAt().isAfter(Instant.now())) {
            return new Conflict("makerspace.booking.notStarted");
        }
        booking.record(outcome);
        return new Done(views.view(booking));
    }

    /** The booking if the caller made it or is staff of its venue. */
    @Transactional(readOnly = true)
    public Optional<BookingView> visible(UptakeUser user, UUID bookingId) {
        return bookings.findById(bookingId).filter(b -> user != null && (b.getAccountId().equals(user.id())
                || venues.findById(b.getVenueId()).map(v -> permissions.can(user, Action.HANDLE_BOOKINGS,
                        v.getOrganisationId())).orElse(false)))
                .map(views::view);
    }

    /** A person's bookings, newest start first, all states. */
    @Transactional(readOnly = true)
    public List<BookingView> mine(UptakeUser user) {
        return views.views(bookings.findByAccountIdOrderByStartsAtDesc(user.id()));
    }

    /** A person's active bookings that are not over yet, soonest first. */
    @Transactional(readOnly = true)
    public List<BookingView> upcoming(UptakeUser user) {
        return views.views(bookings.upcoming(user.id(), Instant.now()));
    }

    /**
     * The bookings of a venue that overlap the local dates {@code from} to {@code to} (both included), any status,
     * by start; empty unless the caller is staff of the venue.
     */
    @Transactional(readOnly = true)
    public List<BookingView> atVenue(UptakeUser user, UUID venueId, LocalDate from, LocalDate to) {
        Optional<Venue> venue = venues.findById(venueId);
        if (venue.isEmpty() || !permissions.can(user, Action.HANDLE_BOOKINGS, venue.get().getOrganisationId())) {
            return List.of();
        }
        ZoneId zone = venue.get().zone();
        return views.views(bookings.atVenue(venueId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /**
     * All bookings of a venue that overlap [from, to), any status, without a permission check: for figures such as
     * {@code usage.Usage}, whose callers check {@code VIEW_USAGE} first.
     */
    @Transactional(readOnly = true)
    public List<BookingView> forFigures(UUID venueId, Instant from, Instant to) {
        return views.views(bookings.atVenue(venueId, from, to));
    }

    /**
     * Records a booking that took place before (imports, demo data): no rules, no mail, but its slots are held like
     * any other's, so it can never overlap. {@code outcome} is ATTENDED, NO_SHOW, CANCELLED or ACTIVE.
     */
    @Transactional
    public UUID importBooking(UUID unitId, UUID accountId, Instant start, Instant end, BookingStatus outcome) {
        EquipmentUnit unit = units.findById(unitId).orElseThrow();
        Equipment machine = equipment.findById(unit.getEquipmentId()).orElseThrow();
        Venue venue = venues.findById(machine.getVenueId()).orElseThrow();
        Booking booking = new Booking(venue.getId(), machine.getId(), unitId, accountId, null, start, end,
                venue.zone(), null, BookingStatus.ACTIVE);
        bookings.flush();
        slots.hold(booking);
        bookings.saveAndFlush(booking);
        if (outcome == BookingStatus.CANCELLED) {
            booking.cancel(accountId, null);
            bookings.flush();
            slots.release(booking.getId());
        } else if (outcome != BookingStatus.ACTIVE) {
            booking.record(outcome);
        }
        return booking.getId();
    }
}
