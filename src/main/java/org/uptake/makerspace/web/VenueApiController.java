package org.uptake.makerspace.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentRequest;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.makerspace.usage.Usage;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.MakerspacePermissions.Action;
import org.uptake.makerspace.venue.OpeningHoursRequest;
import org.uptake.makerspace.venue.VenueRequest;
import org.uptake.makerspace.venue.VenueView;
import org.uptake.makerspace.venue.Venues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Maker spaces")
class VenueApiController {

    private final Venues venues;
    private final Inventory inventory;
    private final Inductions inductions;
    private final Bookings bookings;
    private final Usage usage;
    private final MakerspaceProblems problems;
    private final MessageSource messages;

    VenueApiController(Venues venues, Inventory inventory, Inductions inductions, Bookings bookings, Usage usage,
            MakerspaceProblems problems, MessageSource messages) {
        this.venues = venues;
        this.inventory = inventory;
        this.inductions = inductions;
        this.bookings = bookings;
        this.usage = usage;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping("/api/v1/venues")
    @Operation(summary = "Create a maker space hosted by an organisation you are staff of (closed until opening hours "
            + "are set)")
    ResponseEntity<?> create(@AuthenticationPrincipal UptakeUser user, @RequestBody VenueRequest request,
            Locale locale) {
        Venues.Result result = venues.create(user, request);
        if (result instanceof Venues.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/venues/" + done.venue().id()))
                    .body(MakerspaceJson.venue(done.venue(), locale));
        }
        return failure(result, locale);
    }

    @GetMapping("/api/v1/venues")
    @Operation(summary = "All maker spaces, or those of one organisation (organisationId)")
    List<Map<String, Object>> all(@RequestParam(required = false) UUID organisationId, Locale locale) {
        List<VenueView> found = organisationId == null ? venues.all() : venues.hostedBy(organisationId);
        return found.stream().map(v -> MakerspaceJson.venue(v, locale)).toList();
    }

    @GetMapping("/api/v1/venues/{id}")
    @Operation(summary = "A maker space with its opening hours, booking rules and equipment")
    ResponseEntity<?> one(@PathVariable UUID id, Locale locale) {
        return venues.find(id).<ResponseEntity<?>>map(venue -> {
            Map<String, Object> json = MakerspaceJson.venue(venue, locale);
            json.put("equipment", inventory.ofVenue(id).stream()
                    .map(e -> MakerspaceJson.equipment(e, venue.today(), messages, locale)).toList());
            return ResponseEntity.ok(json);
        }).orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound"));
    }

    @PutMapping("/api/v1/venues/{id}")
    @Operation(summary = "Change a maker space's data and booking rules (staff)")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody VenueRequest request, Locale locale) {
        Venues.Result result = venues.update(user, id, request);
        return result instanceof Venues.Done done ? ResponseEntity.ok(MakerspaceJson.venue(done.venue(), locale))
                : failure(result, locale);
    }

    @PutMapping("/api/v1/venues/{id}/opening-hours")
    @Operation(summary = "Replace the weekly opening hours and the exceptions (closures, other hours) in local time "
            + "(staff)")
    ResponseEntity<?> openingHours(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody OpeningHoursRequest request, Locale locale) {
        Venues.Result result = venues.setOpeningHours(user, id, request);
        return result instanceof Venues.Done done ? ResponseEntity.ok(MakerspaceJson.hours(done.venue().openingHours()))
                : failure(result, locale);
    }

    @GetMapping("/api/v1/venues/{id}/equipment")
    @Operation(summary = "The equipment of a maker space")
    ResponseEntity<?> equipment(@PathVariable UUID id, Locale locale) {
        return venues.find(id).<ResponseEntity<?>>map(venue -> ResponseEntity.ok(inventory.ofVenue(id).stream()
                        .map(e -> MakerspaceJson.equipment(e, venue.today(), messages, locale)).toList()))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound"));
    }

    @PostMapping("/api/v1/venues/{id}/equipment")
    @Operation(summary = "Add equipment: names in en/de/nb, kind, quantity (one bookable unit per machine), induction "
            + "rule, safety notes, materials (staff)")
    ResponseEntity<?> addEquipment(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody EquipmentRequest request, Locale locale) {
        Inventory.Result result = inventory.add(user, id, request);
        if (result instanceof Inventory.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/equipment/" + done.equipment().id()))
                    .body(MakerspaceJson.equipment(done.equipment(), venues.find(id).orElseThrow().today(), messages,
                            locale));
        }
        return EquipmentApiController.failure(result, problems, "makerspace.venue.notFound");
    }

    @GetMapping("/api/v1/venues/{id}/inductions")
    @Operation(summary = "The inductions recorded at a maker space (staff)")
    ResponseEntity<?> inductions(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        Optional<ResponseEntity<?>> denied = denied(user, id, Action.RECORD_INDUCTION);
        return denied.orElseGet(() -> ResponseEntity.ok(inductions.atVenue(user, id).stream()
                .map(MakerspaceJson::induction).toList()));
    }

    @GetMapping("/api/v1/venues/{id}/bookings")
    @Operation(summary = "The bookings of a maker space on the local dates from..to (default: the next 7 days, at most "
            + "31) (staff)")
    ResponseEntity<?> bookings(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        Optional<ResponseEntity<?>> denied = denied(user, id, Action.HANDLE_BOOKINGS);
        if (denied.isPresent()) {
            return denied.get();
        }
        VenueView venue = venues.find(id).orElseThrow();
        return DateRange.parse(from, to, venue.today(), 7, 31).<ResponseEntity<?>>map(range -> ResponseEntity.ok(
                        bookings.atVenue(user, id, range.from(), range.to()).stream()
                                .map(b -> MakerspaceJson.booking(b, locale)).toList()))
                .orElseGet(() -> problems.invalid(List.of(Issue.of("from", "makerspace.range.invalid", 31))));
    }

    @GetMapping("/api/v1/venues/{id}/usage")
    @Operation(summary = "Usage figures of a maker space on the local dates from..to (default: the last 30 days, at "
            + "most 366): bookings, booked hours, utilisation, unique users, new inductions, no-show rate, by kind "
            + "and by equipment (staff, programme managers)")
    ResponseEntity<?> usage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Optional<VenueView> venue = venues.find(id);
        if (venue.isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound");
        }
        Optional<DateRange> range = DateRange.parse(from, to, venue.get().today().minusDays(29), 30, Usage.MAX_DAYS);
        if (range.isEmpty()) {
            return problems.invalid(List.of(Issue.of("from", "makerspace.range.invalid", Usage.MAX_DAYS)));
        }
        return switch (usage.report(user, id, range.get().from(), range.get().to())) {
            case Usage.Done done -> ResponseEntity.ok(done.report());
            case Usage.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound");
            case Usage.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "makerspace.usage.forbidden");
            case Usage.Invalid invalid -> problems.invalid(List.of(invalid.issue()));
        };
    }

    private Optional<ResponseEntity<?>> denied(UptakeUser user, UUID venueId, Action action) {
        if (venues.find(venueId).isEmpty()) {
            return Optional.of(problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound"));
        }
        if (!venues.may(user, action, venueId)) {
            return Optional.of(problems.respond(HttpStatus.FORBIDDEN, "makerspace.venue.notStaff"));
        }
        return Optional.empty();
    }

    private ResponseEntity<?> failure(Venues.Result result, Locale locale) {
        return switch (result) {
            case Venues.Invalid invalid -> problems.invalid(invalid.issues());
            case Venues.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "makerspace.venue.notStaff");
            case Venues.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.venue.notFound");
            case Venues.Done done -> ResponseEntity.ok(MakerspaceJson.venue(done.venue(), locale));
        };
    }
}
