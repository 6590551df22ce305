package org.uptake.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.assessment.scoring.ScoreCard;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;

/** "Digital check": the assessments of the person's organisations, starting one, and starting the next stage. */
@Controller
class AssessmentListController {

    private final Assessments assessments;
    private final QuestionnaireCatalog catalog;
    private final Directory directory;

    AssessmentListController(Assessments assessments, QuestionnaireCatalog catalog, Directory directory) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.directory = directory;
    }

    /** One assessment as the list shows it: questionnaire title, and score and level once submitted. */
    record Row(Assessment assessment, String title, Double overall, String levelName) {
    }

    @GetMapping("/assessments")
    String list(@AuthenticationPrincipal UptakeUser user, Locale locale, Model model) {
        Map<Directory.Affiliation, List<Row>> byOrganisation = new LinkedHashMap<>();
        for (Directory.Affiliation affiliation : directory.affiliations(user.id())) {
            byOrganisation.put(affiliation, assessments.ofOrganisation(user, affiliation.organisation().id()).stream()
                    .map(a -> row(a, locale)).toList());
        }
        model.addAttribute("byOrganisation", byOrganisation);
        model.addAttribute("questionnaires", catalog.currentVersions());
        model.addAttribute("stages", List.of("T0", "T1", "T2", "T3", "T4", "T5"));
        return "assessment/list";
    }

    /** Starts an assessment; without a stage, the one after the organisation's latest. */
    @PostMapping("/assessments")
    String start(@AuthenticationPrincipal UptakeUser user, @RequestParam(required = false) UUID organisation,
            @RequestParam(defaultValue = "") String questionnaire, @RequestParam(defaultValue = "") String stage,
            RedirectAttributes redirect) {
        if (organisation == null) {
            redirect.addFlashAttribute("problem", "assessment.start.organisationMissing");
            return "redirect:/assessments";
        }
        String chosenStage = stage.isBlank() ? assessments.nextFreeStage(organisation, questionnaire) : stage;
        return opened(assessments.start(user, organisation, questionnaire, chosenStage), redirect);
    }

    @PostMapping("/assessments/{id}/next-stage")
    String nextStage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        String stage = assessments.readable(user, id)
                .map(a -> assessments.nextFreeStage(a.getOrganisationId(), a.getQuestionnaireKey())).orElse("T0");
        return opened(assessments.nextStage(user, id, stage), redirect);
    }

    private Row row(Assessment assessment, Locale locale) {
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        return new Row(assessment, questionnaire.title().in(locale),
                assessment.isDraft() ? null : ScoreCard.rounded(assessment.getOverallScore()),
                assessment.isDraft() ? null : questionnaire.levels().stream()
                        .filter(l -> l.id().equals(assessment.getLevel())).findFirst()
                        .map(l -> l.name().in(locale)).orElse(assessment.getLevel()));
    }

    private static String opened(Assessments.Result result, RedirectAttributes redirect) {
        if (result instanceof Assessments.Done done) {
            return "redirect:/assessments/" + done.assessment().getId() + "/steps/1";
        }
        redirect.addFlashAttribute("problem", switch (result) {
            case Assessments.Invalid invalid -> invalid.messageKey();
            case Assessments.StageTaken taken -> "assessment.stage.taken";
            default -> "assessment.notFound";
        });
        return "redirect:/assessments";
    }
}
