package org.uptake.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.assessment.application.AdvisorSharing;
import org.uptake.assessment.application.AdvisorView;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Assessments")
class SharingApiController {

    private final AdvisorSharing sharing;
    private final AdvisorView advisorView;
    private final Problems problems;

    SharingApiController(AdvisorSharing sharing, AdvisorView advisorView, Problems problems) {
        this.sharing = sharing;
        this.advisorView = advisorView;
        this.problems = problems;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/advisors")
    @Operation(summary = "The advisor organisations this organisation shares its assessments with")
    ResponseEntity<?> advisors(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId) {
        return sharing.advisorsOf(user, organisationId)
                .<ResponseEntity<?>>map(advisors -> ResponseEntity.ok(advisors.stream()
                        .map(o -> Map.of("id", o.id(), "name", o.name())).toList()))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound"));
    }

    @PutMapping("/api/v1/organisations/{organisationId}/advisors/{advisorOrganisationId}")
    @Operation(summary = "Share the organisation's assessments with an advisor organisation")
    ResponseEntity<?> grant(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @PathVariable UUID advisorOrganisationId) {
        return respond(sharing.grant(user, organisationId, advisorOrganisationId));
    }

    @DeleteMapping("/api/v1/organisations/{organisationId}/advisors/{advisorOrganisationId}")
    @Operation(summary = "Stop sharing the organisation's assessments with an advisor organisation")
    ResponseEntity<?> revoke(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @PathVariable UUID advisorOrganisationId) {
        return respond(sharing.revoke(user, organisationId, advisorOrganisationId));
    }

    @GetMapping("/api/v1/advisor/firms")
    @Operation(summary = "For advisors: the firms sharing with them, with their latest submitted scores")
    ResponseEntity<?> firms(@AuthenticationPrincipal UptakeUser user) {
        if (!user.hasRole(Role.ADVISOR)) {
            return problems.respond(HttpStatus.FORBIDDEN, "problem.detail.403");
        }
        List<AdvisorView.SharedFirm> firms = advisorView.firms(user);
        return ResponseEntity.ok(firms);
    }

    private ResponseEntity<?> respond(AdvisorSharing.Outcome outcome) {
        return switch (outcome) {
            case DONE -> ResponseEntity.noContent().build();
            case NOT_FOUND -> problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound");
            case UNKNOWN_ADVISOR -> problems.respond(HttpStatus.BAD_REQUEST, "assessment.share.unknownAdvisor");
        };
    }
}
