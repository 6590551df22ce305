package org.uptake.offers.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.uptake.notification.Calendars;
import org.uptake.offers.catalogue.Catalogue;
import org.uptake.offers.offer.OfferRequest;
import org.uptake.offers.offer.Offers;
import org.uptake.offers.registration.RegistrationStatus;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.OfferSession;
import org.uptake.offers.session.SessionEvents;
import org.uptake.offers.session.SessionRequest;
import org.uptake.offers.session.Sessions;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Offers")
class OfferApiController {

    private final Offers offers;
    private final Sessions sessions;
    private final Registrations registrations;
    private final Catalogue catalogue;
    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Problems problems;
    private final Calendars calendars;
    private final String baseUrl;

    OfferApiController(Offers offers, Sessions sessions, Registrations registrations, Catalogue catalogue,
            Problems problems, Calendars calendars, @Value("${uptake.base-url}") String baseUrl) {
        this.calendars = calendars;
        this.baseUrl = baseUrl;
        this.offers = offers;
        this.sessions = sessions;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.problems = problems;
    }

    @GetMapping("/api/v1/offers")
    @Operation(summary = "Published offers: full-text search, filters by topic, kind, region, dates, language and "
            + "price, sorted by relevance, soonest date or newest; one page (size up to 100), the total in X-Total-Count")
    ResponseEntity<List<Map<String, Object>>> search(Catalogue.Query query,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        Catalogue.Result result = catalogue.search(query, Math.max(0, page), Math.clamp(size, 1, 100));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total()))
                .body(result.items().stream().map(item -> {
                    Map<String, Object> json = OfferJson.offer(item.offer(), locale);
                    json.put("nextSession", item.nextSession() == null ? null : item.nextSession().getStartsAt());
                    return json;
                }).toList());
    }

    @PostMapping("/api/v1/offers")
    @Operation(summary = "Create an offer (draft) for a provider organisation you organise for")
    ResponseEntity<?> create(@AuthenticationPrincipal UptakeUser user, @RequestBody OfferRequest request, Locale locale) {
        Offers.Result result = offers.create(user, request);
        if (result instanceof Offers.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/offers/" + done.offer().getId()))
                    .body(OfferJson.offer(done.offer(), locale));
        }
        return failure(result);
    }

    @GetMapping("/api/v1/offers/{id}")
    @Operation(summary = "An offer with its sessions")
    ResponseEntity<?> one(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return offers.visible(user, id).<ResponseEntity<?>>map(offer -> {
            Map<String, Object> json = OfferJson.offer(offer, locale);
            json.put("sessions", sessions.ofOffer(id).stream().map(s -> sessionJson(user, s)).toList());
            return ResponseEntity.ok(json);
        }).orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "offer.notFound"));
    }

    @PutMapping("/api/v1/offers/{id}")
    @Operation(summary = "Change an offer")
    ResponseEntity<?> update(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody OfferRequest request, Locale locale) {
        Offers.Result result = offers.update(user, id, request);
        return result instanceof Offers.Done done ? ResponseEntity.ok(OfferJson.offer(done.offer(), locale))
                : failure(result);
    }

    @PostMapping("/api/v1/offers/{id}/publish")
    @Operation(summary = "Publish an offer: it appears in the catalogue and takes registrations")
    ResponseEntity<?> publish(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        Offers.Result result = offers.publish(user, id);
        return result instanceof Offers.Done done ? ResponseEntity.ok(OfferJson.offer(done.offer(), locale))
                : failure(result);
    }

    @PostMapping("/api/v1/offers/{id}/cancel")
    @Operation(summary = "Cancel an offer: all registrations end and every participant is told by e-mail")
    ResponseEntity<?> cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        Offers.Result result = offers.cancel(user, id);
        return result instanceof Offers.Done done ? ResponseEntity.ok(OfferJson.offer(done.offer(), locale))
                : failure(result);
    }

    @PostMapping("/api/v1/offers/{id}/sessions")
    @Operation(summary = "Add a session: local start and end in the venue's time zone, capacity, place or link. "
            + "A session of a CONSULTING offer is a slot for one firm: its capacity must be 1, others are refused "
            + "with 400 (field capacity)")
    ResponseEntity<?> addSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody SessionRequest request) {
        return switch (sessions.add(user, id, request)) {
            case Sessions.Done done -> ResponseEntity.created(URI.create("/api/v1/sessions/" + done.session().getId()))
                    .body(sessionJson(user, done.session()));
            case Sessions.Invalid invalid -> invalid(invalid);
            case Sessions.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "offer.notOrganiser");
            case Sessions.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "offer.notFound");
            case Sessions.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey());
        };
    }

    @PutMapping("/api/v1/sessions/{id}")
    @Operation(summary = "Change a session (organisers of the offer's provider; 404 for others), with the body and "
            + "checks of adding one. The capacity may not go below the confirmed registrations (400, field capacity); "
            + "new seats go to the waitlist in order. A start in the past is refused unless it stays as it is. A new "
            + "time or place is mailed to everyone registered, the confirmed with the updated calendar entry (same UID, "
            + "higher SEQUENCE). 409 if the session or its offer is cancelled")
    ResponseEntity<?> updateSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody SessionRequest request) {
        return sessionOutcome(user, sessions.update(user, id, request));
    }

    @PostMapping("/api/v1/sessions/{id}/cancel")
    @Operation(summary = "Cancel one session (organisers of the offer's provider; 404 for others): its registrations "
            + "end and every participant is told by e-mail; the offer's other sessions stay")
    ResponseEntity<?> cancelSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return sessionOutcome(user, sessions.cancel(user, id));
    }

    private ResponseEntity<?> sessionOutcome(UptakeUser user, Sessions.Result result) {
        return switch (result) {
            case Sessions.Done done -> ResponseEntity.ok(sessionJson(user, done.session()));
            case Sessions.Invalid invalid -> invalid(invalid);
            case Sessions.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey());
            case Sessions.Forbidden forbidden -> problems.respond(HttpStatus.NOT_FOUND, "session.notFound");
            case Sessions.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "session.notFound");
        };
    }

    private ResponseEntity<?> invalid(Sessions.Invalid invalid) {
        return Problems.respond(problems.invalid(invalid.problems().stream()
                .map(p -> new FieldProblem(p.field(), problems.message(p.messageKey(), p.arguments().toArray())))
                .toList()));
    }

    @GetMapping("/api/v1/sessions/{id}")
    @Operation(summary = "A session with capacity, confirmed, waitlisted and pending counts")
    ResponseEntity<?> session(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return sessions.find(id).filter(s -> offers.visible(user, s.getOfferId()).isPresent())
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(sessionJson(user, s)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "session.notFound"));
    }

    @GetMapping(value = "/api/v1/sessions/{id}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The session as an iCalendar file")
    ResponseEntity<?> calendar(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return sessions.find(id).flatMap(s -> offers.visible(user, s.getOfferId()).map(o -> calendars.event(
                        SessionEvents.event(o, s, locale, offerLink(o.getId())))))
                .<ResponseEntity<?>>map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header("Content-Disposition", "attachment; filename=\"session.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String offerLink(UUID offerId) {
        return baseUrl + "/offers/" + offerId;
    }

    private Map<String, Object> sessionJson(UptakeUser user, OfferSession session) {
        return OfferJson.session(session, registrations.count(session.getId(), RegistrationStatus.CONFIRMED),
                registrations.count(session.getId(), RegistrationStatus.WAITLISTED),
                registrations.count(session.getId(), RegistrationStatus.PENDING),
                registrations.mayJoin(user, session));
    }

    private ResponseEntity<?> failure(Offers.Result result) {
        return switch (result) {
            case Offers.Invalid invalid -> Problems.respond(problems.invalid(invalid.problems().stream()
                    .map(p -> new FieldProblem(p.field(), problems.message(p.messageKey()))).toList()));
            case Offers.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN, "offer.notOrganiser");
            case Offers.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "offer.notFound");
            case Offers.WrongStatus wrong -> problems.respond(HttpStatus.CONFLICT, wrong.messageKey());
            case Offers.Done done -> ResponseEntity.ok().build();
        };
    }
}
