package org.uptake.funding.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.funding.application.Application;
import org.uptake.funding.ranking.ApplicationsExport;
import org.uptake.funding.ranking.Decisions;
import org.uptake.funding.ranking.FundedProjects;
import org.uptake.funding.ranking.FundedProjects.FundedProject;
import org.uptake.funding.ranking.RankingResult;
import org.uptake.funding.ranking.RankingView;
import org.uptake.funding.ranking.Rankings;
import org.uptake.funding.ranking.ReviewRequest;
import org.uptake.funding.ranking.ReviewRequests;
import org.uptake.funding.ranking.SpreadsheetCells;
import org.uptake.identity.UptakeUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Funding ranking and decisions")
class RankingApiController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Rankings rankings;
    private final Decisions decisions;
    private final ReviewRequests reviewRequests;
    private final FundedProjects fundedProjects;
    private final ApplicationsExport export;
    private final FundingProblems problems;

    RankingApiController(Rankings rankings, Decisions decisions, ReviewRequests reviewRequests,
            FundedProjects fundedProjects, ApplicationsExport export, FundingProblems problems) {
        this.rankings = rankings;
        this.decisions = decisions;
        this.reviewRequests = reviewRequests;
        this.fundedProjects = fundedProjects;
        this.export = export;
        this.problems = problems;
    }

    record OverrideRequest(String override, String reason) {
    }

    record ReasonRequest(String reason) {
    }

    record AnswerRequest(String outcome, String answer) {
    }

    @GetMapping("/api/v1/calls/{id}/ranking")
    @Operation(summary = "The ranking of a call (programme managers)", description = """
            Every application with a consensus on every criterion that is eligible, in review, reviewed or decided, \
            in rank order. weightedScore = sum(score x weight) / sum(maxScore x weight) x 100: a percentage of the \
            best possible result, 2 decimals. passesThresholds: the consensus reaches every criterion's threshold \
            and the weighted score reaches the call's overallThreshold, which is a percentage on the same 0-100 \
            scale. Ties: higher weighted score, then higher score on the criterion with the highest weight (the first \
            such in the call's order), then lower requested grant, then earlier submission, then lower receipt \
            number. selected and reserveRank are those of the last selection run.""")
    ResponseEntity<?> ranking(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        RankingResult result = rankings.ranking(user, id);
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.ok(RankingJson.ranking((RankingView) done.value()))
                : failure(result);
    }

    @PostMapping("/api/v1/calls/{id}/selection")
    @Operation(summary = "Run the selection within the call's budget (programme managers; after the deadline)",
            description = """
            Strict rank order, as in EU practice: approved applications and manual SELECT overrides take their grant \
            first; then, in rank order, each application passing the thresholds is selected while its requested \
            grant fits into the budget left; the first that does not fit ends the selection, and it and every \
            passing application below it form the reserve list (reserveRank 1, 2, ...). EXCLUDE overrides and \
            rejected applications take no part. Re-runnable: the same data gives the same selection. Answers the \
            ranking with budgetUsed and budgetLeft.""")
    ResponseEntity<?> select(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        RankingResult result = rankings.select(user, id);
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.ok(RankingJson.selection((RankingView) done.value()))
                : failure(result);
    }

    @PostMapping("/api/v1/applications/{id}/selection-override")
    @Operation(summary = "Select (SELECT) or exclude (EXCLUDE) an application by hand, with a reason; null removes "
            + "the override. The next selection run respects it (programme managers)")
    ResponseEntity<?> override(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody OverrideRequest request) {
        RankingResult result = rankings.override(user, id, request.override(), request.reason());
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.ok(RankingJson.decision((Application) done.value()))
                : failure(result);
    }

    @PostMapping("/api/v1/applications/{id}/decision")
    @Operation(summary = "Decide on an application: APPROVED, APPROVED_WITH_CONDITIONS, REJECTED or INELIGIBLE, with "
            + "a text and optionally the letter's date (programme managers). Mailed to the lead organisation's "
            + "people; when no application of the call waits any more, the call becomes DECIDED")
    ResponseEntity<?> decide(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody Decisions.DecisionRequest request) {
        RankingResult result = decisions.decide(user, id, request);
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.ok(RankingJson.decision((Application) done.value()))
                : failure(result);
    }

    @PostMapping("/api/v1/applications/{id}/review-requests")
    @Operation(summary = "Request an evaluation review (people of the lead organisation, within 30 days of the "
            + "decision; procedural, one open request at a time)")
    ResponseEntity<?> requestReview(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody ReasonRequest request) {
        RankingResult result = reviewRequests.request(user, id, request.reason());
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.status(HttpStatus.CREATED).body(RankingJson.reviewRequest((ReviewRequest) done.value()))
                : failure(result);
    }

    @GetMapping("/api/v1/applications/{id}/review-requests")
    @Operation(summary = "The review requests of an application (its consortium and programme managers)")
    ResponseEntity<?> reviewRequestsOfApplication(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return requestList(reviewRequests.ofApplication(user, id));
    }

    @GetMapping("/api/v1/calls/{id}/review-requests")
    @Operation(summary = "All review requests of a call (programme managers)")
    ResponseEntity<?> reviewRequestsOfCall(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return requestList(reviewRequests.ofCall(user, id));
    }

    @PostMapping("/api/v1/review-requests/{id}/answer")
    @Operation(summary = "Answer a review request: UPHELD or DISMISSED with a text, mailed to the applicant "
            + "(programme managers)")
    ResponseEntity<?> answer(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody AnswerRequest request) {
        RankingResult result = reviewRequests.answer(user, id, request.outcome(), request.answer());
        return result instanceof RankingResult.Done<?> done
                ? ResponseEntity.ok(RankingJson.reviewRequest((ReviewRequest) done.value()))
                : failure(result);
    }

    @GetMapping("/api/v1/calls/{id}/funded-projects")
    @Operation(summary = "Open data: the funded projects of a decided call (public; 409 before it is decided)")
    ResponseEntity<?> fundedProjects(@PathVariable UUID id) {
        RankingResult result = fundedProjects.of(id);
        if (result instanceof RankingResult.Done<?> done) {
            return ResponseEntity.ok(projects(done).stream().map(RankingJson::fundedProject).toList());
        }
        return failure(result);
    }

    @GetMapping("/api/v1/calls/{id}/funded-projects.csv")
    @Operation(summary = "Open data as CSV (UTF-8 with BOM): one row per funded project, beneficiaries lead first, "
            + "separated by ' | ' (public; 409 before the call is decided)")
    ResponseEntity<?> fundedProjectsCsv(@PathVariable UUID id) {
        RankingResult result = fundedProjects.of(id);
        if (!(result instanceof RankingResult.Done<?> done)) {
            return failure(result);
        }
        List<List<Object>> rows = projects(done).stream().map(p -> List.<Object>of(p.applicationId().toString(),
                nz(p.title()), nz(p.acronym()), String.join(" | ", p.beneficiaries().stream()
                        .map(FundedProjects.Beneficiary::name).toList()), nz(p.nutsCode()), nz(p.regionName()),
                p.currency(), p.grant() == null ? "" : p.grant(), p.totalBudget(), nz(p.start()), nz(p.end()),
                nz(p.decisionDate()))).toList();
        byte[] csv = SpreadsheetCells.csv(List.of("application_id", "title", "acronym", "beneficiaries", "nuts_code",
                "region", "currency", "grant", "total_budget", "start", "end", "decision_date"), rows);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("funded-projects-" + id + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping({"/api/v1/calls/{id}/applications.xlsx", "/calls/{id}/applications.xlsx"})
    @Operation(summary = "The applications of a call with scores, rank, selection and decision as XLSX "
            + "(programme managers)")
    ResponseEntity<?> applicationsXlsx(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            Locale locale) {
        RankingResult result = export.xlsx(user, id, locale);
        if (!(result instanceof RankingResult.Done<?> done)) {
            return failure(result);
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("applications-" + id + ".xlsx").build().toString())
                .body((byte[]) done.value());
    }

    @SuppressWarnings("unchecked")
    private static List<FundedProject> projects(RankingResult.Done<?> done) {
        return (List<FundedProject>) done.value();
    }

    @SuppressWarnings("unchecked")
    private ResponseEntity<?> requestList(RankingResult result) {
        if (result instanceof RankingResult.Done<?> done) {
            return ResponseEntity.ok(((List<ReviewRequest>) done.value()).stream().map(RankingJson::reviewRequest)
                    .toList());
        }
        return failure(result);
    }

    private static Object nz(Object value) {
        return value == null ? "" : value.toString();
    }

    private ResponseEntity<?> failure(RankingResult result) {
        return switch (result) {
            case RankingResult.Invalid invalid -> problems.invalid(invalid.issues());
            case RankingResult.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, notFound.messageKey());
            case RankingResult.Forbidden forbidden -> problems.respond(HttpStatus.FORBIDDEN,
                    "funding.ranking.forbidden");
            case RankingResult.Conflict conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey(),
                    conflict.args());
            case RankingResult.Done<?> done -> throw new IllegalStateException("not a failure");
        };
    }
}
