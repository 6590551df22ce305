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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.certificate.Certificates;
import org.uptake.offers.offer.Offers;
import org.uptake.offers.track.TrackModule;
import org.uptake.offers.track.Tracks;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Offers")
class TrackApiController {

    private final Tracks tracks;
    private final Offers offers;
    private final Certificates certificates;
    private final Problems problems;

    TrackApiController(Tracks tracks, Offers offers, Certificates certificates, Problems problems) {
        this.tracks = tracks;
        this.offers = offers;
        this.certificates = certificates;
        this.problems = problems;
    }

    record ModuleRequest(String title, Boolean required) {
    }

    @PostMapping("/api/v1/offers/{id}/modules")
    @Operation(summary = "Competence tracks: add a module at the end; give its sessions the module's id")
    ResponseEntity<?> add(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody ModuleRequest request) {
        return switch (tracks.addModule(user, id, request.title(), !Boolean.FALSE.equals(request.required()))) {
            case Tracks.Added added -> ResponseEntity.created(URI.create("/api/v1/offers/" + id + "/modules"))
                    .body(json(added.module()));
            case Tracks.Refused refused -> Problems.respond(problems.invalid(List.of(
                    new FieldProblem(refused.field(), problems.message(refused.messageKey())))));
            case Tracks.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "offer.notFound");
        };
    }

    @GetMapping("/api/v1/offers/{id}/modules")
    @Operation(summary = "The modules of a competence track, in order")
    ResponseEntity<?> modules(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return offers.visible(user, id).<ResponseEntity<?>>map(o -> ResponseEntity.ok(tracks.modules(id).stream()
                .map(TrackApiController::json).toList()))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "offer.notFound"));
    }

    @GetMapping("/api/v1/offers/{id}/progress")
    @Operation(summary = "Your progress through a competence track: modules registered for and attended")
    ResponseEntity<?> progress(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        if (user == null) {
            return problems.respond(HttpStatus.UNAUTHORIZED, "problem.detail.401");
        }
        if (offers.visible(user, id).isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "offer.notFound");
        }
        Tracks.Progress progress = tracks.progress(user.id(), id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("modules", progress.modules().stream().map(p -> {
            Map<String, Object> module = json(p.module());
            module.put("registered", p.registered());
            module.put("attended", p.attended());
            return module;
        }).toList());
        json.put("complete", progress.complete());
        return ResponseEntity.ok(json);
    }

    @GetMapping("/api/v1/offers/{id}/certificate.pdf")
    @Operation(summary = "The track certificate, once every required module was attended")
    ResponseEntity<?> certificate(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        if (user == null) {
            return problems.respond(HttpStatus.UNAUTHORIZED, "problem.detail.401");
        }
        return certificates.track(user, id, locale).<ResponseEntity<?>>map(c -> ResponseEntity.ok()
                        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "attachment; filename=\"track-certificate.pdf\"")
                        .body(certificates.pdf(c, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "track.certificate.notYet"));
    }

    private static Map<String, Object> json(TrackModule module) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", module.getId());
        json.put("position", module.getPosition());
        json.put("title", module.getTitle());
        json.put("required", module.isRequired());
        return json;
    }
}
