package org.uptake.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.benchmark.Benchmarks;
import org.uptake.assessment.benchmark.EurostatIntensity;
import org.uptake.assessment.benchmark.PeerGroup;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.assessment.results.ReportPdf;
import org.uptake.assessment.results.ResultsViews;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Problems;
import org.uptake.platform.Problems.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Assessments")
class AssessmentApiController {

    private final Assessments assessments;
    private final QuestionnaireCatalog catalog;
    private final Benchmarks benchmarks;
    private final Problems problems;
    private final EurostatIntensity eurostat;
    private final Directory directory;
    private final ResultsViews results;
    private final ReportPdf reports;

    AssessmentApiController(Assessments assessments, QuestionnaireCatalog catalog, Benchmarks benchmarks,
            Problems problems, EurostatIntensity eurostat, Directory directory, ResultsViews results,
            ReportPdf reports) {
        this.results = results;
        this.reports = reports;
        this.eurostat = eurostat;
        this.directory = directory;
        this.assessments = assessments;
        this.catalog = catalog;
        this.benchmarks = benchmarks;
        this.problems = problems;
    }

    record StartRequest(String questionnaire, String stage) {
    }

    record AnswersRequest(Map<String, Object> answers) {
    }

    record NextStageRequest(String stage) {
    }

    @GetMapping("/api/v1/questionnaires")
    @Operation(summary = "The current version of every questionnaire")
    List<Map<String, Object>> questionnaires(Locale locale) {
        return catalog.currentVersions().stream().map(q -> AssessmentJson.summary(q, locale)).toList();
    }

    @GetMapping("/api/v1/questionnaires/{key}")
    @Operation(summary = "A questionnaire's full definition in the requested language (latest or given version)")
    ResponseEntity<?> questionnaire(@PathVariable String key, @RequestParam(required = false) Integer version,
            Locale locale) {
        Optional<Questionnaire> found = version == null ? catalog.current(key) : catalog.find(key, version);
        return found.<ResponseEntity<?>>map(q -> ResponseEntity.ok(AssessmentJson.definition(q, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "assessment.questionnaire.unknown"));
    }

    @PostMapping("/api/v1/organisations/{organisationId}/assessments")
    @Operation(summary = "Start an assessment of the organisation at a stage (T0, T1, ...)")
    ResponseEntity<?> start(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID organisationId,
            @RequestBody StartRequest request) {
        Assessments.Result result = assessments.start(user, organisationId, request.questionnaire(), request.stage());
        if (result instanceof Assessments.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/assessments/" + done.assessment().getId()))
                    .body(view(done.assessment()));
        }
        return failure(result);
    }

    @PostMapping("/api/v1/assessments/{id}/next-stage")
    @Operation(summary = "Start the next stage with a copy of this submitted assessment's answers")
    ResponseEntity<?> nextStage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody NextStageRequest request) {
        Assessments.Result result = assessments.nextStage(user, id, request.stage());
        if (result instanceof Assessments.Done done) {
            return ResponseEntity.created(URI.create("/api/v1/assessments/" + done.assessment().getId()))
                    .body(view(done.assessment()));
        }
        return failure(result);
    }

    @PutMapping("/api/v1/assessments/{id}/answers")
    @Operation(summary = "Merge answers into the draft; one invalid item and nothing is saved")
    ResponseEntity<?> answers(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody AnswersRequest request) {
        if (request.answers() == null) {
            return Problems.respond(problems.invalid(List.of(new FieldProblem("answers",
                    problems.message("validation.required")))));
        }
        Assessments.Result result = assessments.saveAnswers(user, id, request.answers());
        return result instanceof Assessments.Done done ? ResponseEntity.ok(view(done.assessment())) : failure(result);
    }

    @PostMapping("/api/v1/assessments/{id}/submit")
    @Operation(summary = "Submit a complete draft: scores it and freezes it")
    ResponseEntity<?> submit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        Assessments.Result result = assessments.submit(user, id);
        if (result instanceof Assessments.Scored scored) {
            return ResponseEntity.ok(AssessmentJson.scores(assessments.questionnaireOf(scored.assessment()), scored.card()));
        }
        return failure(result);
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "An assessment with its answers, status and scores")
    ResponseEntity<?> one(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return assessments.readable(user, id).<ResponseEntity<?>>map(a -> ResponseEntity.ok(view(a)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "assessment.notFound"));
    }

    @GetMapping("/api/v1/assessments/{id}/benchmark")
    @Operation(summary = "Peer benchmark per group; groups under 5 firms are insufficient and show no figures")
    ResponseEntity<?> benchmark(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        Optional<Assessment> found = assessments.readable(user, id);
        if (found.isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "assessment.notFound");
        }
        if (found.get().isDraft()) {
            return problems.respond(HttpStatus.CONFLICT, "assessment.benchmark.draft");
        }
        Assessment assessment = found.get();
        return ResponseEntity.ok(benchmarks.of(assessment.getQuestionnaireKey(),
                PeerGroup.parse(assessment.getPeerGroups()), Assessments.scoreCard(assessment)));
    }

    @GetMapping("/api/v1/assessments/{id}/report.pdf")
    @Operation(summary = "The results as a PDF report in the requested language")
    ResponseEntity<?> report(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        Optional<Assessment> found = assessments.readable(user, id);
        if (found.isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "assessment.notFound");
        }
        if (found.get().isDraft()) {
            return problems.respond(HttpStatus.CONFLICT, "assessment.report.draft");
        }
        return ResultsController.pdf(reports, results.of(found.get(), locale), locale);
    }

    @GetMapping("/api/v1/assessments/{id}/eurostat")
    @Operation(summary = "For the Digital Intensity Index: the share of enterprises at least at basic level in the "
            + "firm's country and the EU-27, for its size class (Eurostat isoc_e_dii)")
    ResponseEntity<?> eurostat(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        Optional<Assessment> found = assessments.readable(user, id);
        if (found.isEmpty()) {
            return problems.respond(HttpStatus.NOT_FOUND, "assessment.notFound");
        }
        return directory.organisation(found.get().getOrganisationId())
                .flatMap(organisation -> eurostat.compare(organisation.countryCode(), organisation.sizeClass()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "assessment.eurostat.none"));
    }

    private Map<String, Object> view(Assessment assessment) {
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        return AssessmentJson.assessment(assessment, questionnaire, assessments.answersOf(assessment),
                assessment.isDraft() ? null : Assessments.scoreCard(assessment));
    }

    private ResponseEntity<?> failure(Assessments.Result result) {
        return switch (result) {
            case Assessments.NotFound notFound -> problems.respond(HttpStatus.NOT_FOUND, "assessment.notFound");
            case Assessments.Invalid invalid -> Problems.respond(problems.invalid(List.of(
                    new FieldProblem(invalid.field(), problems.message(invalid.messageKey())))));
            case Assessments.StageTaken taken -> problems.respond(HttpStatus.CONFLICT, "assessment.stage.taken");
            case Assessments.AlreadySubmitted submitted -> problems.respond(HttpStatus.CONFLICT, "assessment.submitted");
            case Assessments.Rejected rejected -> Problems.respond(problems.invalid(rejected.problems().stream()
                    .map(p -> new FieldProblem(p.item(), problems.message(p.messageKey(), p.item()))).toList()));
            case Assessments.Incomplete incomplete -> {
                ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "assessment.incomplete",
                        incomplete.missingItems().size());
                problem.setProperty("missing", incomplete.missingItems());
                yield Problems.respond(problem);
            }
            case Assessments.Done done -> ResponseEntity.ok(view(done.assessment()));
            case Assessments.Scored scored -> ResponseEntity.ok(view(scored.assessment()));
        };
    }
}
