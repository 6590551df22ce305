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
import org.uptake.assessment.application.AdvisorView;
import org.uptake.assessment.application.AssessmentAccess;
import org.uptake.assessment.application.Sharing;
import org.uptake.directory.Directory;
import org.uptake.identity.AuditLog;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Assessments")
class SharingApiController {

    private final Sharing sharing;
    private final AssessmentAccess access;
    private final Directory directory;
    private final AdvisorView advisorView;
    private final AuditLog audit;
    private final Problems problems;

    SharingApiController(Sharing sharing, AssessmentAccess access, Directory directory, AdvisorView advisorView,
            AuditLog audit, Problems problems) {
        this.sharing = sharing;
        this.access = access;
        this.directory = directory;
        this.advisorView = advisorView;
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/advisors")
    @Operation(summary = "The advisor organisations this organisation shares its assessments with")
    ResponseEntity<?> advisors(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId) {
        if (!access.canEdit(user, organisationId)) {
            return problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound");
        }
        return ResponseEntity.ok(sharing.advisorsOf(organisationId).stream()
                .map(id -> Map.of("id", id, "name", directory.organisation(id).map(o -> o.name()).orElse(""))).toList());
    }

    @PutMapping("/api/v1/organisations/{organisationId}/advisors/{advisorOrganisationId}")
    @Operation(summary = "Share the organisation's assessments with an advisor organisation")
    ResponseEntity<?> grant(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @PathVariable UUID advisorOrganisationId) {
        if (!access.canEdit(user, organisationId)) {
            return problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound");
        }
        if (directory.organisation(advisorOrganisationId).isEmpty() || advisorOrganisationId.equals(organisationId)) {
            return problems.respond(HttpStatus.BAD_REQUEST, "assessment.share.unknownAdvisor");
        }
        if (sharing.grant(organisationId, advisorOrganisationId, user.id())) {
            audit.record("ASSESSMENTS_SHARED", "organisation", organisationId, advisorOrganisationId.toString());
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/organisations/{organisationId}/advisors/{advisorOrganisationId}")
    @Operation(summary = "Stop sharing the organisation's assessments with an advisor organisation")
    ResponseEntity<?> revoke(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @PathVariable UUID advisorOrganisationId) {
        if (!access.canEdit(user, organisationId)) {
            return problems.respond(HttpStatus.NOT_FOUND, "organisation.notFound");
        }
        if (sharing.revoke(organisationId, advisorOrganisationId)) {
            audit.record("ASSESSMENTS_UNSHARED", "organisation", organisationId, advisorOrganisationId.toString());
        }
        return ResponseEntity.noContent().build();
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
}
