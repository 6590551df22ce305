package org.uptake.assessment.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.assessment.application.AssessmentAccess;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.results.ReportPdf;
import org.uptake.assessment.results.ResultsView;
import org.uptake.assessment.results.ResultsViews;
import org.uptake.identity.UptakeUser;

/** The results page of a submitted assessment and its PDF report; a draft leads back to its pages. */
@Controller
class ResultsController {

    private final Assessments assessments;
    private final AssessmentAccess access;
    private final ResultsViews results;
    private final ReportPdf reports;

    ResultsController(Assessments assessments, AssessmentAccess access, ResultsViews results, ReportPdf reports) {
        this.assessments = assessments;
        this.access = access;
        this.results = results;
        this.reports = reports;
    }

    @GetMapping("/assessments/{id}")
    String results(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        Assessment assessment = readable(user, id);
        if (assessment.isDraft()) {
            if (access.canEdit(user, assessment.getOrganisationId())) {
                return "redirect:/assessments/" + id + "/steps/1";
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("r", results.of(assessment, locale));
        model.addAttribute("canEdit", access.canEdit(user, assessment.getOrganisationId()));
        return "assessment/results";
    }

    @GetMapping("/assessments/{id}/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        Assessment assessment = readable(user, id);
        if (assessment.isDraft()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pdf(reports, results.of(assessment, locale), locale);
    }

    static ResponseEntity<byte[]> pdf(ReportPdf reports, ResultsView view, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ReportPdf.fileName(view)).build().toString())
                .body(reports.render(view, locale));
    }

    private Assessment readable(UptakeUser user, UUID id) {
        return assessments.readable(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
