package org.uptake.makerspace.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.UptakeUser;
import org.uptake.makerspace.booking.BookingCalendar;
import org.uptake.makerspace.booking.BookingStatus;
import org.uptake.makerspace.booking.Bookings;
import org.uptake.makerspace.induction.Inductions;
import org.uptake.platform.Issue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Maker spaces")
class BookingApiController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Bookings bookings;
    private final BookingCalendar calendar;
    private final Inductions inductions;
    private final MakerspaceProblems problems;

    BookingApiController(Bookings bookings, BookingCalendar calendar, Inductions inductions,
            MakerspaceProblems problems) {
        this.bookings = bookings;
        this.calendar = calendar;
        this.inductions = inductions;
        this.problems = problems;
    }

    /** Optional body of a cancellation: staff give the reason the person reads. */
    record Cancellation(String reason) {
    }

    record Attendance(String status) {
    }

    @GetMapping("/api/v1/bookings")
    @Operation(summary = "Your bookings, newest start first")
    List<Map<String, Object>> mine(@AuthenticationPrincipal UptakeUser user, Locale locale) {
        return bookings.mine(user).stream().map(b -> MakerspaceJson.booking(b, locale)).toList();
    }

    @GetMapping("/api/v1/bookings/{id}")
    @Operation(summary = "A booking: yours, or one at a maker space you are staff of")
    ResponseEntity<?> one(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return bookings.visible(user, id).<ResponseEntity<?>>map(b -> ResponseEntity.ok(MakerspaceJson.booking(b,
                locale))).orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "makerspace.booking.notFound"));
    }

    @GetMapping(value = "/api/v1/bookings/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The booking as an iCalendar file")
    ResponseEntity<?> ics(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return calendar.of(user, id, locale).<ResponseEntity<?>>map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"booking.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @DeleteMapping("/api/v1/bookings/{id}")
    @Operation(summary = "Cancel a booking: yours until the venue's deadline, or as staff with a reason (body "
            + "{\"reason\": ...} or ?reason=) that the person gets by e-mail")
    ResponseEntity<?> cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String reason, @RequestBody(required = false) Cancellation body,
            Locale locale) {
        String why = body != null && body.reason() != null ? body.reason() : reason;
        return answer(bookings.cancel(user, id, why), problems, locale, false, "makerspace.booking.notFound");
    }

    @PostMapping("/api/v1/bookings/{id}/attendance")
    @Operation(summary = "Record ATTENDED or NO_SHOW once the booking has started (staff)")
    ResponseEntity<?> attendance(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody(required = false) Attendance body, Locale locale) {
        BookingStatus outcome;
        try {
            outcome = body == null || body.status() == null ? null : BookingStatus.valueOf(body.status().strip());
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        if (outcome == null) {
            return problems.invalid(List.of(Issue.of("status", "makerspace.booking.attendance.invalid")));
        }
        return answer(bookings.recordAttendance(user, id, outcome), problems, locale, false,
                "makerspace.booking.notFound");
    }

    @GetMapping("/api/v1/inductions")
    @Operation(summary = "Your inductions, newest first")
    List<Map<String, Object>> myInductions(@AuthenticationPrincipal UptakeUser user) {
        return inductions.of(user.id()).stream().map(MakerspaceJson::induction).toList();
    }

    static ResponseEntity<?> answer(Bookings.Result result, MakerspaceProblems problems, Locale locale,
            boolean created, String notFoundKey) {
        return switch (result) {
            case Bookings.Done done -> created
                    ? ResponseEntity.created(URI.create("/api/v1/bookings/" + done.booking().id()))
                            .body(MakerspaceJson.booking(done.booking(), locale))
                    : ResponseEntity.ok(MakerspaceJson.booking(done.booking(), locale));
            case Bookings.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, notFoundKey);
            case Bookings.Invalid invalid -> problems.invalid(invalid.issues());
            case Bookings.RuleBroken broken -> problems.respond(HttpStatus.UNPROCESSABLE_CONTENT, broken.issue(), "rule");
            case Bookings.InductionRequired induction -> problems.respond(HttpStatus.FORBIDDEN, induction.issue(),
                    "reason", induction.validUntil() == null ? Map.of()
                            : Map.of("validUntil", induction.validUntil().toString()));
            case Bookings.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, forbidden.messageKey());
            case Bookings.Taken taken -> problems.respond(HttpStatus.CONFLICT, taken.issue(), null);
            case Bookings.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey());
        };
    }
}
