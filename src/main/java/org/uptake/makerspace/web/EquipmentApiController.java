package org.uptake.makerspace.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.uptake.makerspace.booking.Availabilities;
import org.uptake.makerspace.booking.BookingRequest;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.equipment.EquipmentRequest;
import org.uptake.makerspace.equipment.EquipmentView;
import org.uptake.makerspace.equipment.Inventory;
import org.uptake.makerspace.equipment.StatusRequest;
import org.uptake.makerspace.induction.InductionRequest;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.platform.Issue;
import org.uptake.makerspace.venue.Venues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Maker spaces")
class EquipmentApiController {

    private final Inventory inventory;
    private final Venues venues;
    private final Inductions inductions;
    private final Availabilities availabilities;
    private final Bookings bookings;
    private final MakerspaceProblems problems;
    private final MessageSource messages;

    EquipmentApiController(Inventory inventory, Venues venues, Inductions inductions, Availabilities availabilities,
            Bookings bookings, MakerspaceProblems problems, MessageSource messages) {
        this.inventory = inventory;
        this.venues = venues;
        this.inductions = inductions;
        this.availabilities = availabilities;
        this.bookings = bookings;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/api/v1/equipment/{id}")
    @Operation(summary = "Equipment with its units, status, induction rule, safety notes and materials")
    ResponseEntity<?> one(@PathVariable UUID id, Locale locale) {
        return inventory.find(id).<ResponseEntity<?>>map(e -> ResponseEntity.ok(json(e, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.equipment.notFound"));
    }

    @PutMapping("/api/v1/equipment/{id}")
    @Operation(summary = "Change equipment; a higher quantity adds units, a lower one retires the highest-numbered "
            + "units (refused while they are booked) (staff)")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody EquipmentRequest request, Locale locale) {
        Inventory.Result result = inventory.update(user, id, request);
        return result instanceof Inventory.Done done ? ResponseEntity.ok(json(done.equipment(), locale))
                : failure(result, problems, "makerspace.equipment.notFound");
    }

    @PutMapping("/api/v1/equipment/{id}/status")
    @Operation(summary = "AVAILABLE, OUT_OF_ORDER (until a day, or until further notice) or RETIRED; bookings in "
            + "the outage are cancelled and their people told by e-mail (staff)")
    ResponseEntity<?> status(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody StatusRequest request, Locale locale) {
        Inventory.Result result = inventory.setStatus(user, id, request);
        if (result instanceof Inventory.StatusChanged changed) {
            Map<String, Object> json = json(changed.equipment(), locale);
            json.put("cancelledBookings", changed.cancelledBookings());
            return ResponseEntity.ok(json);
        }
        return failure(result, problems, "makerspace.equipment.notFound");
    }

    @PostMapping("/api/v1/equipment/{id}/inductions")
    @Operation(summary = "Record that a person (userId or email) passed the induction for this equipment's kind at "
            + "its venue on a day (staff)")
    ResponseEntity<?> induction(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody(required = false) InductionRequest request) {
        return switch (inductions.record(user, id, request)) {
            case Inductions.Done done -> ResponseEntity.created(URI.create("/api/v1/inductions/" + done.induction().id()))
                    .body(MakerspaceJson.induction(done.induction()));
            case Inductions.Invalid invalid -> problems.invalid(invalid.issues());
            case Inductions.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "makerspace.induction.notStaff");
            case Inductions.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.equipment.notFound");
        };
    }

    @GetMapping("/api/v1/equipment/{id}/availability")
    @Operation(summary = "Free and taken slots per unit inside the opening hours of the local dates from..to "
            + "(default: the next 7 days, at most 31)")
    ResponseEntity<?> availability(@PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var machine = inventory.find(id);
        if (machine.isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "makerspace.equipment.notFound");
        }
        LocalDate today = venues.find(machine.get().venueId()).orElseThrow().today();
        return DateRange.parse(from, to, today, 7, Availabilities.MAX_DAYS)
                .<ResponseEntity<?>>map(range -> ResponseEntity.ok(MakerspaceJson.availability(
                        availabilities.of(id, range.from(), range.to()).orElseThrow())))
                .orElseGet(() -> problems.invalid(List.of(Issue.of("from", "makerspace.range.invalid",
                        Availabilities.MAX_DAYS))));
    }

    @PostMapping("/api/v1/equipment/{id}/bookings")
    @Operation(summary = "Book a unit (the first free one unless unitId is given) from start to end in the venue's "
            + "local time; 409 when taken, 403 without a valid induction, 422 naming the rule that says no")
    ResponseEntity<?> book(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody(required = false) BookingRequest request, Locale locale) {
        return BookingApiController.answer(bookings.book(user, id, request), problems, locale, true,
                "makerspace.equipment.notFound");
    }

    private Map<String, Object> json(EquipmentView equipment, Locale locale) {
        LocalDate today = venues.find(equipment.venueId()).orElseThrow().today();
        return new LinkedHashMap<>(MakerspaceJson.equipment(equipment, today, messages, locale));
    }

    static ResponseEntity<?> failure(Inventory.Result result, MakerspaceProblems problems, String notFoundKey) {
        return switch (result) {
            case Inventory.Invalid invalid -> problems.invalid(invalid.issues());
            case Inventory.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN,
                    "makerspace.equipment.notStaff");
            case Inventory.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, notFoundKey);
            case Inventory.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.issue(), null);
            case Inventory.Done done -> ResponseEntity.ok().build();
            case Inventory.StatusChanged changed -> ResponseEntity.ok().build();
        };
    }
}
