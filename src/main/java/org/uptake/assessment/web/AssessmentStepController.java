package org.uptake.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.assessment.application.AssessmentAccess;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.Questionnaire.Dimension;
import org.uptake.assessment.questionnaire.Questionnaire.Question;
import org.uptake.assessment.scoring.Answer;
import org.uptake.assessment.scoring.AnswerParser;
import org.uptake.assessment.scoring.Scoring;
import org.uptake.directory.Directory;
import org.uptake.identity.UptakeUser;

/**
 * Filling in an assessment page by page, one page per dimension. Every move between pages saves the page as a draft,
 * so a person can leave and resume later, on another device too; the review page lists what is missing and submits.
 */
@Controller
class AssessmentStepController {

    private final Assessments assessments;
    private final AssessmentAccess access;
    private final Directory directory;
    private final MessageSource messages;

    AssessmentStepController(Assessments assessments, AssessmentAccess access, Directory directory,
            MessageSource messages) {
        this.assessments = assessments;
        this.access = access;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/assessments/{id}/steps/{step}")
    String step(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable int step, Model model) {
        Assessment assessment = editable(user, id);
        if (!assessment.isDraft()) {
            return "redirect:/assessments/" + id;
        }
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        Map<String, String> answers = new LinkedHashMap<>();
        assessments.answersOf(assessment).forEach((item, answer) -> answers.put(item, answer.encode()));
        return stepPage(model, assessment, questionnaire, checkedStep(questionnaire, step), answers, Map.of());
    }

    @PostMapping("/assessments/{id}/steps/{step}")
    String save(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable int step,
            @RequestParam MultiValueMap<String, String> form, Locale locale, Model model, RedirectAttributes redirect) {
        Assessment assessment = editable(user, id);
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        int current = checkedStep(questionnaire, step);
        List<Question> questions = questionnaire.questionsOf(steps(questionnaire).get(current - 1).id());
        Assessments.Result result = assessments.saveAnswers(user, id, StepForm.values(questions, form));
        return switch (result) {
            case Assessments.Done done -> {
                redirect.addFlashAttribute("saved", "assessment.draft.saved");
                yield next(id, current, steps(questionnaire).size(), form);
            }
            case Assessments.Rejected rejected -> {
                model.addAttribute("problem", "assessment.step.refused");
                yield stepPage(model, assessment, questionnaire, current, StepForm.shown(questions, form),
                        errors(questionnaire, rejected.problems(), locale));
            }
            case Assessments.AlreadySubmitted submitted -> {
                redirect.addFlashAttribute("problem", "assessment.submitted");
                yield "redirect:/assessments/" + id;
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @GetMapping("/assessments/{id}/review")
    String review(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        Assessment assessment = editable(user, id);
        if (!assessment.isDraft()) {
            return "redirect:/assessments/" + id;
        }
        Questionnaire questionnaire = assessments.questionnaireOf(assessment);
        Map<String, Answer> given = assessments.answersOf(assessment);
        List<String> missing = Scoring.missing(questionnaire, given);
        Map<String, Integer> stepOfItem = new LinkedHashMap<>();
        List<Dimension> steps = steps(questionnaire);
        for (int i = 0; i < steps.size(); i++) {
            for (Question question : questionnaire.questionsOf(steps.get(i).id())) {
                for (Questionnaire.Item item : question.items()) {
                    stepOfItem.put(item.id(), i + 1);
                }
            }
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("organisationName", organisationName(assessment));
        model.addAttribute("steps", steps);
        model.addAttribute("missing", missing);
        model.addAttribute("stepOfItem", stepOfItem);
        model.addAttribute("openByStep", missing.stream().collect(java.util.stream.Collectors.groupingBy(
                stepOfItem::get, java.util.stream.Collectors.counting())));
        model.addAttribute("itemTexts", itemTexts(questionnaire, locale));
        model.addAttribute("answered", given.size());
        return "assessment/review";
    }

    @PostMapping("/assessments/{id}/submit")
    String submit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return switch (assessments.submit(user, id)) {
            case Assessments.Scored scored -> {
                redirect.addFlashAttribute("saved", "assessment.submitted.done");
                yield "redirect:/assessments/" + id;
            }
            case Assessments.Incomplete incomplete -> {
                redirect.addFlashAttribute("problem", "assessment.review.incomplete");
                yield "redirect:/assessments/" + id + "/review";
            }
            case Assessments.AlreadySubmitted submitted -> {
                redirect.addFlashAttribute("problem", "assessment.submitted");
                yield "redirect:/assessments/" + id;
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** The pages of a questionnaire: its dimensions that have questions, in order. */
    static List<Dimension> steps(Questionnaire questionnaire) {
        return questionnaire.dimensions().stream().filter(d -> !questionnaire.questionsOf(d.id()).isEmpty()).toList();
    }

    private String stepPage(Model model, Assessment assessment, Questionnaire questionnaire, int step,
            Map<String, String> answers, Map<String, String> errors) {
        List<Dimension> steps = steps(questionnaire);
        model.addAttribute("assessment", assessment);
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("organisationName", organisationName(assessment));
        model.addAttribute("steps", steps);
        model.addAttribute("step", step);
        model.addAttribute("dimension", steps.get(step - 1));
        model.addAttribute("questions", questionnaire.questionsOf(steps.get(step - 1).id()));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "assessment/step";
    }

    private static String next(UUID id, int current, int total, MultiValueMap<String, String> form) {
        String target = form.getFirst("goto");
        if (target != null && target.matches("[0-9]{1,2}")) {
            int step = Integer.parseInt(target);
            return step >= 1 && step <= total ? "redirect:/assessments/" + id + "/steps/" + step
                    : "redirect:/assessments/" + id + "/review";
        }
        return switch (String.valueOf(form.getFirst("action"))) {
            case "back" -> "redirect:/assessments/" + id + "/steps/" + Math.max(1, current - 1);
            case "later" -> "redirect:/assessments";
            default -> current < total ? "redirect:/assessments/" + id + "/steps/" + (current + 1)
                    : "redirect:/assessments/" + id + "/review";
        };
    }

    /** Each refused question with a sentence that names the item in the reader's language. */
    private Map<String, String> errors(Questionnaire questionnaire, List<AnswerParser.ItemProblem> problems,
            Locale locale) {
        Map<String, String> texts = itemTexts(questionnaire, locale);
        Map<String, Question> questionOf = questionnaire.questionOfItem();
        Map<String, String> errors = new LinkedHashMap<>();
        for (AnswerParser.ItemProblem problem : problems) {
            Question question = questionOf.get(problem.item());
            String item = texts.getOrDefault(problem.item(), problem.item());
            String key = problem.messageKey().equals("assessment.answer.exclusive") ? "assessment.step.exclusive"
                    : "assessment.step.invalid";
            errors.merge(question == null ? "" : question.id(), messages.getMessage(key, new Object[] {item}, locale),
                    (a, b) -> a + " " + b);
        }
        return errors;
    }

    private static Map<String, String> itemTexts(Questionnaire questionnaire, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> q.items().forEach(item -> texts.put(item.id(), item.text().in(locale))));
        return texts;
    }

    private Assessment editable(UptakeUser user, UUID id) {
        return assessments.readable(user, id).filter(a -> access.canEdit(user, a.getOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String organisationName(Assessment assessment) {
        return directory.organisation(assessment.getOrganisationId()).map(o -> o.name()).orElse("");
    }

    private static int checkedStep(Questionnaire questionnaire, int step) {
        if (step < 1 || step > steps(questionnaire).size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return step;
    }
}
