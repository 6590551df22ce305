package org.uptake.makerspace.venue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.platform.Issue;

/** The use cases of a venue: create, change, set opening hours, find. */
@Service
public class Venues {

    private final VenueRepository venues;
    private final MakerspacePermissions permissions;
    private final Directory directory;
    private final AuditLog audit;

    Venues(VenueRepository venues, MakerspacePermissions permissions, Directory directory, AuditLog audit) {
        this.venues = venues;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Done(VenueView venue) implements Result {
    }

    public record Invalid(List<Issue> issues) implements Result {
    }

    public record NotFound() implements Result {
    }

    /** The caller is not staff of the host organisation. */
    public record Forbidden() implements Result {
    }

    /** A new venue of an organisation the caller is staff of; it is closed until opening hours are set. */
    @Transactional
    public Result create(UptakeUser user, VenueRequest request) {
        if (request.organisationId() == null) {
            return new Invalid(List.of(Issue.of("organisationId", "validation.required")));
        }
        Optional<OrganisationSummary> host = directory.organisation(request.organisationId());
        if (host.isEmpty()) {
            return new Invalid(List.of(Issue.of("organisationId", "makerspace.venue.organisation.unknown")));
        }
        if (!permissions.can(user, Action.MANAGE, host.get().id())) {
            return new Forbidden();
        }
        return switch (checked(request, BookingRules.DEFAULTS)) {
            case VenueRequest.Refused refused -> new Invalid(refused.issues());
            case VenueRequest.Accepted accepted -> {
                Venue venue = venues.save(new Venue(host.get().id(), user.id(), accepted.valid()));
                audit.record("VENUE_CREATED", "venue", venue.getId(), venue.getName());
                yield new Done(view(venue));
            }
        };
    }

    /** Changes the venue's data and booking rules; the host organisation stays. */
    @Transactional
    public Result update(UptakeUser user, UUID id, VenueRequest request) {
        Optional<Venue> found = venues.findById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Venue venue = found.get();
        if (!permissions.can(user, Action.MANAGE, venue.getOrganisationId())) {
            return new Forbidden();
        }
        return switch (checked(request, venue.rules())) {
            case VenueRequest.Refused refused -> new Invalid(refused.issues());
            case VenueRequest.Accepted accepted -> {
                venue.apply(accepted.valid());
                audit.record("VENUE_CHANGED", "venue", id, null);
                yield new Done(view(venue));
            }
        };
    }

    /**
     * Replaces weekly hours and exceptions. Bookings already made stay, also where they now fall outside the hours;
     * staff cancel those with a reason if need be.
     */
    @Transactional
    public Result setOpeningHours(UptakeUser user, UUID id, OpeningHoursRequest request) {
        Optional<Venue> found = venues.findById(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Venue venue = found.get();
        if (!permissions.can(user, Action.MANAGE, venue.getOrganisationId())) {
            return new Forbidden();
        }
        return switch (request.check()) {
            case OpeningHoursRequest.Refused refused -> new Invalid(refused.issues());
            case OpeningHoursRequest.Accepted accepted -> {
                venue.openingHours(accepted.hours());
                audit.record("VENUE_HOURS_CHANGED", "venue", id, null);
                yield new Done(view(venue));
            }
        };
    }

    /** Every venue, by name. */
    @Transactional(readOnly = true)
    public List<VenueView> all() {
        return venues.findAllByOrderByName().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<VenueView> find(UUID id) {
        return venues.findById(id).map(this::view);
    }

    /** The venues of an organisation. */
    @Transactional(readOnly = true)
    public List<VenueView> hostedBy(UUID organisationId) {
        return venues.findByOrganisationIdOrderByName(organisationId).stream().map(this::view).toList();
    }

    /** The venues the person is staff of (for administrators: all). */
    @Transactional(readOnly = true)
    public List<VenueView> staffedBy(UptakeUser user) {
        if (user == null) {
            return List.of();
        }
        if (user.isAdmin()) {
            return all();
        }
        List<UUID> hosts = directory.affiliations(user.id()).stream().map(a -> a.organisation().id())
                .filter(org -> permissions.isStaff(user, org)).toList();
        return hosts.isEmpty() ? List.of()
                : venues.findByOrganisationIdInOrderByName(hosts).stream().map(this::view).toList();
    }

    /** True when the person may do the action at the venue (false for unknown venues). */
    @Transactional(readOnly = true)
    public boolean may(UptakeUser user, Action action, UUID venueId) {
        return venues.findById(venueId).map(v -> permissions.can(user, action, v.getOrganisationId())).orElse(false);
    }

    private VenueRequest.Checked checked(VenueRequest request, BookingRules current) {
        VenueRequest.Checked checked = request.check(current);
        if (checked instanceof VenueRequest.Accepted accepted && !directory.regionExists(accepted.valid().nutsCode())) {
            return new VenueRequest.Refused(List.of(Issue.of("nutsCode", "makerspace.venue.nuts.invalid")));
        }
        return checked;
    }

    /** The view of a venue entity, for the module's other features. */
    public VenueView view(Venue venue) {
        String organisation = directory.organisation(venue.getOrganisationId()).map(OrganisationSummary::name)
                .orElse(null);
        return new VenueView(venue.getId(), venue.getOrganisationId(), organisation, venue.getName(),
                venue.descriptions(), venue.getStreet(), venue.getPostalCode(), venue.getCity(), venue.getNutsCode(),
                directory.regionName(venue.getNutsCode()).orElse(null), venue.zone(), venue.getContactEmail(),
                venue.getContactPhone(), venue.getAccessibility(), venue.photoList(), venue.rules(),
                venue.openingHours(), venue.getCreatedAt(), venue.getUpdatedAt());
    }
}
