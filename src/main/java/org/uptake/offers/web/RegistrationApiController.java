package org.uptake.offers.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.certificate.Certificates;
import org.uptake.offers.registration.Attendance;
import org.uptake.offers.registration.Registration;
import org.uptake.offers.registration.Registrations;
import org.uptake.offers.session.Sessions;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Offers")
class RegistrationApiController {

    private final Registrations registrations;
    private final Sessions sessions;
    private final Problems problems;
    private final Certificates certificates;

    RegistrationApiController(Registrations registrations, Sessions sessions, Problems problems,
            Certificates certificates) {
        this.certificates = certificates;
        this.registrations = registrations;
        this.sessions = sessions;
        this.problems = problems;
    }

    /** Optional: the organisation one registers for, and answers to the offer's questions by question id. */
    record RegistrationRequest(UUID organisationId, Map<String, String> answers) {
    }

    /** The session to move a registration to. */
    record MoveRequest(UUID sessionId) {
    }

    record AttendanceRequest(List<UUID> registrationIds, Attendance status) {
    }

    @PostMapping("/api/v1/sessions/{id}/registrations")
    @Operation(summary = "Register yourself: CONFIRMED while seats are free, else WAITLISTED with a position; "
            + "PENDING where the organiser approves")
    ResponseEntity<?> register(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody(required = false) RegistrationRequest request) {
        RegistrationRequest body = request == null ? new RegistrationRequest(null, null) : request;
        Registrations.Result result = registrations.register(user, id, body.organisationId(), body.answers());
        if (result instanceof Registrations.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/registrations/" + done.registration().getId()))
                    .body(json(done.registration(), done.waitlistPosition()));
        }
        return failure(result);
    }

    @GetMapping("/api/v1/registrations/{id}")
    @Operation(summary = "A registration: yours, or one of an offer you organise")
    ResponseEntity<?> one(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return registrations.visible(user, id)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(json(r, registrations.position(r))))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "registration.notFound"));
    }

    @DeleteMapping("/api/v1/registrations/{id}")
    @Operation(summary = "Cancel a registration (participants until the offer's deadline); the first on the "
            + "waitlist moves up")
    ResponseEntity<?> cancel(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        Registrations.Result result = registrations.cancel(user, id);
        return result instanceof Registrations.Done done ? ResponseEntity.ok(json(done.registration(), null))
                : failure(result);
    }

    @PostMapping("/api/v1/registrations/{id}/approve")
    @Operation(summary = "Organisers: approve a pending registration")
    ResponseEntity<?> approve(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return decided(registrations.approve(user, id, true));
    }

    @PostMapping("/api/v1/registrations/{id}/reject")
    @Operation(summary = "Organisers: reject a pending registration")
    ResponseEntity<?> reject(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return decided(registrations.approve(user, id, false));
    }

    @PostMapping("/api/v1/registrations/{id}/move")
    @Operation(summary = "Organisers: move a registration to another scheduled date of the same offer (of a track: "
            + "the same module). There it is CONFIRMED if a seat is free, else WAITLISTED at the end (a pending one "
            + "counts as approved); the freed seat goes to the first waiting. 409 for the same or a cancelled or "
            + "started date, a date of another offer, a person already registered there, and a taken consulting slot")
    ResponseEntity<?> move(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody(required = false) MoveRequest request) {
        return decided(registrations.move(user, id, request == null ? null : request.sessionId()));
    }

    @GetMapping("/api/v1/sessions/{id}/registrations")
    @Operation(summary = "Organisers: the registrations of a session with status and waitlist position")
    ResponseEntity<?> ofSession(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        if (sessions.find(id).filter(s -> registrations.mayOrganise(user, s.getId())).isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "session.notFound");
        }
        return ResponseEntity.ok(registrations.ofSession(id).stream()
                .map(r -> json(r, registrations.position(r))).toList());
    }

    @PostMapping("/api/v1/sessions/{id}/attendance")
    @Operation(summary = "Organisers: mark confirmed participants as ATTENDED or NO_SHOW")
    ResponseEntity<?> attendance(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody AttendanceRequest request) {
        Registrations.Result result = registrations.attendance(user, id, request.registrationIds(), request.status());
        return result instanceof Registrations.Done ? ResponseEntity.noContent().build() : failure(result);
    }

    @GetMapping("/api/v1/registrations/{id}/certificate.pdf")
    @Operation(summary = "The certificate of attendance, once the participant attended")
    ResponseEntity<?> certificate(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return certificates.of(user, id, locale).<ResponseEntity<?>>map(c -> CertificateController.pdf(certificates, c,
                locale)).orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "certificate.notFound"));
    }

    private ResponseEntity<?> decided(Registrations.Result result) {
        return result instanceof Registrations.Done done
                ? ResponseEntity.ok(json(done.registration(), done.waitlistPosition())) : failure(result);
    }

    static Map<String, Object> json(Registration registration, Long position) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", registration.getId());
        json.put("sessionId", registration.getSessionId());
        json.put("accountId", registration.getAccountId());
        json.put("organisationId", registration.getOrganisationId());
        json.put("status", registration.getStatus());
        json.put("waitlistPosition", position);
        json.put("answers", registration.getAnswers());
        json.put("attendance", registration.getAttendance());
        json.put("createdAt", registration.getCreatedAt());
        return json;
    }

    private ResponseEntity<?> failure(Registrations.Result result) {
        return switch (result) {
            case Registrations.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "registration.notFound");
            case Registrations.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey());
            case Registrations.Invalid invalid -> Problems.respond(problems.invalid(invalid.problems().stream()
                    .map(p -> new FieldProblem(p.field(), problems.message(p.messageKey()))).toList()));
            case Registrations.Done done -> ResponseEntity.ok(json(done.registration(), done.waitlistPosition()));
        };
    }
}
