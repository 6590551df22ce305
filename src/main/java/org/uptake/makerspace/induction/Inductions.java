package org.uptake.makerspace.induction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.EquipmentKind;
import org.uptake.makerspace.equipment.Equipment;
import org.uptake.makerspace.equipment.EquipmentRepository;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.MakerspacePermissions;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.Venue;
import org.uptake.makerspace.venue.VenueRepository;

/**
 * Safety inductions: staff record that a person passed one for a kind of machine at their venue; bookings of
 * machines that need one check it ({@link #check}). Several inductions of one kind may exist; the one valid longest
 * counts.
 */
@Service
public class Inductions {

    private final InductionRepository inductions;
    private final EquipmentRepository equipment;
    private final VenueRepository venues;
    private final MakerspacePermissions permissions;
    private final Accounts accounts;
    private final AuditLog audit;

    Inductions(InductionRepository inductions, EquipmentRepository equipment, VenueRepository venues,
            MakerspacePermissions permissions, Accounts accounts, AuditLog audit) {
        this.inductions = inductions;
        this.equipment = equipment;
        this.venues = venues;
        this.permissions = permissions;
        this.accounts = accounts;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(InductionView induction) implements Result {
    }

    public record Invalid(List<Issue> issues) implements Result {
    }

    public record NotFound() implements Result {
    }

    public record Forbidden() implements Result {
    }

    /** Whether a person may use a machine on a day, as far as inductions go. */
    public sealed interface Gate {
    }

    /** No induction needed, or a valid one ({@code induction} empty when none is needed). */
    public record Passed(Optional<InductionView> induction) implements Gate {
    }

    /** The machine needs an induction and the person has none of its kind at the venue. */
    public record Missing() implements Gate {
    }

    /** The person's longest-valid induction of the kind ends before the day: {@code validUntil} is its last day. */
    public record Expired(LocalDate validUntil) implements Gate {
    }

    /**
     * Records an induction for the equipment's kind at its venue, valid from {@code passedOn} through passedOn + the
     * equipment's validity in days (for good when it has none). Venue staff only; the date may not be in the future.
     */
    @Transactional
    public Result record(UptakeUser staff, UUID equipmentId, InductionRequest request) {
        Optional<Equipment> machine = equipment.findById(equipmentId);
        if (machine.isEmpty()) {
            return new NotFound();
        }
        Venue venue = venues.findById(machine.get().getVenueId()).orElseThrow();
        if (!permissions.can(staff, Action.RECORD_INDUCTION, venue.getOrganisationId())) {
            return new Forbidden();
        }
        Optional<AccountView> person = request == null ? Optional.empty()
                : request.userId() != null ? accounts.findById(request.userId())
                : request.email() != null ? accounts.findByEmail(request.email()) : Optional.empty();
        List<Issue> issues = new java.util.ArrayList<>();
        if (request == null || (request.userId() == null && request.email() == null)) {
            issues.add(Issue.of("userId", "validation.required"));
        } else if (person.isEmpty() || person.get().erased()) {
            issues.add(Issue.of("userId", "makerspace.induction.user.unknown"));
        }
        LocalDate passedOn = null;
        try {
            passedOn = request == null || request.passedOn() == null ? null : LocalDate.parse(request.passedOn().strip());
        } catch (DateTimeParseException e) {
            passedOn = null;
        }
        LocalDate today = LocalDate.now(venue.zone());
        if (passedOn == null || passedOn.isAfter(today) || passedOn.isBefore(today.minusYears(20))) {
            issues.add(Issue.of("passedOn", "makerspace.induction.passedOn.invalid"));
        }
        if (!issues.isEmpty()) {
            return new Invalid(issues);
        }
        Integer days = machine.get().getInductionValidDays();
        Induction induction = inductions.save(new Induction(person.get().id(), venue.getId(), machine.get().getKind(),
                equipmentId, passedOn, days == null ? null : passedOn.plusDays(days), staff.id()));
        audit.record("INDUCTION_RECORDED", "induction", induction.getId(),
                induction.getKind() + " passed on " + passedOn);
        return new Done(view(induction, person.get().displayName()));
    }

    /** The induction gate for a machine on a day (the local date of a booking's start). */
    @Transactional(readOnly = true)
    public Gate check(UUID accountId, UUID venueId, EquipmentKind kind, boolean required, LocalDate on) {
        if (!required) {
            return new Passed(Optional.empty());
        }
        Optional<Induction> longest = inductions.findByAccountIdAndVenueIdAndKind(accountId, venueId, kind).stream()
                .filter(i -> !i.getPassedOn().isAfter(on))
                .max(Comparator.comparing(Induction::getValidUntil, Comparator.nullsLast(Comparator.naturalOrder())));
        if (longest.isEmpty()) {
            return new Missing();
        }
        LocalDate until = longest.get().getValidUntil();
        if (until != null && until.isBefore(on)) {
            return new Expired(until);
        }
        return new Passed(Optional.of(view(longest.get(), null)));
    }

    /** A person's own inductions, newest first. */
    @Transactional(readOnly = true)
    public List<InductionView> of(UUID accountId) {
        return inductions.findByAccountIdOrderByPassedOnDesc(accountId).stream().map(i -> view(i, null)).toList();
    }

    /** The inductions recorded at a venue, newest first, with the people's names; empty for others than staff. */
    @Transactional(readOnly = true)
    public List<InductionView> atVenue(UptakeUser user, UUID venueId) {
        Optional<Venue> venue = venues.findById(venueId);
        if (venue.isEmpty() || !permissions.can(user, Action.RECORD_INDUCTION, venue.get().getOrganisationId())) {
            return List.of();
        }
        List<Induction> found = inductions.findByVenueIdOrderByPassedOnDesc(venueId);
        Map<UUID, AccountView> people = accounts.findAll(found.stream().map(Induction::getAccountId).toList());
        return found.stream().map(i -> view(i, Optional.ofNullable(people.get(i.getAccountId()))
                .map(AccountView::displayName).orElse(null))).toList();
    }

    private static InductionView view(Induction induction, String personName) {
        return new InductionView(induction.getId(), induction.getAccountId(), personName, induction.getVenueId(),
                induction.getKind(), induction.getEquipmentId(), induction.getPassedOn(), induction.getValidUntil(),
                induction.getRecordedBy(), induction.getRecordedAt());
    }
}
