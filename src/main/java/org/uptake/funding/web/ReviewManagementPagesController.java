package org.uptake.funding.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.funding.call.EligibilityItem;
import org.uptake.funding.review.ApplicationContent;
import org.uptake.funding.review.AssignmentRequest;
import org.uptake.funding.review.Assignments;
import org.uptake.funding.review.Eligibility;
import org.uptake.funding.review.EligibilityRequest;
import org.uptake.funding.review.Outcome;
import org.uptake.funding.review.Reviews;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/** The programme's review pages: the eligibility checklist of an application and the reviewer assignments of a call. */
@Controller
class ReviewManagementPagesController {

    private final Eligibility eligibility;
    private final Assignments assignments;
    private final Reviews reviews;
    private final FundingProblems problems;

    ReviewManagementPagesController(Eligibility eligibility, Assignments assignments, Reviews reviews,
            FundingProblems problems) {
        this.eligibility = eligibility;
        this.assignments = assignments;
        this.reviews = reviews;
        this.problems = problems;
    }

    /** A checklist item in the reader's language with the stored answer (null when not answered yet). */
    record ItemRow(String key, String text, Boolean passed) {
    }

    @GetMapping("/applications/{id}/eligibility")
    String eligibilityPage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale,
            Model model) {
        Eligibility.Checked checked = done(eligibility.find(user, id));
        model.addAttribute("checked", checked);
        model.addAttribute("callTitle", checked.call().getTitle().in(locale));
        model.addAttribute("items", checked.call().getEligibilityItems().stream().map(item -> new ItemRow(
                item.key(), item.text().in(locale), checked.answers().get(item.key()))).toList());
        if (reviews.content(user, id) instanceof Outcome.Done<ApplicationContent> content) {
            model.addAttribute("sheet", content.value());
        }
        return "funding/review/eligibility";
    }

    @PostMapping("/applications/{id}/eligibility")
    String check(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Eligibility.Checked current = done(eligibility.find(user, id));
        Map<String, Boolean> checklist = new LinkedHashMap<>();
        for (EligibilityItem item : current.call().getEligibilityItems()) {
            checklist.put(item.key(), "true".equals(form.get("item." + item.key())));
        }
        Outcome<Eligibility.Checked> outcome = eligibility.check(user, id, new EligibilityRequest(eligible, reason,
                checklist));
        if (outcome instanceof Outcome.Done<Eligibility.Checked>) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.checked")));
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome));
        }
        return "redirect:/applications/" + id + "/eligibility";
    }

    @GetMapping("/calls/{id}/assignments")
    String assignmentsPage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale,
            Model model) {
        Assignments.Overview overview = done(assignments.ofCall(user, id));
        model.addAttribute("overview", overview);
        model.addAttribute("callTitle", overview.call().getTitle().in(locale));
        return "funding/review/assignments";
    }

    @PostMapping("/calls/{id}/assignments/auto")
    String auto(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        Outcome<Assignments.Run> outcome = assignments.assign(user, id, new AssignmentRequest("AUTO", null, null));
        if (outcome instanceof Outcome.Done<Assignments.Run> done) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.assigned",
                    done.value().made().size())));
            if (!done.value().shortOf().isEmpty()) {
                redirect.addFlashAttribute("refused", List.of(problems.text(Issue.of(null,
                        "funding.review.page.short", done.value().shortOf().size()))));
            }
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome));
        }
        return "redirect:/calls/" + id + "/assignments";
    }

    @PostMapping("/calls/{id}/assignments")
    String manual(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) UUID applicationId, @RequestParam(required = false) UUID reviewerUserId,
            @RequestParam(required = false) Boolean lead, RedirectAttributes redirect) {
        Outcome<Assignments.Run> outcome = assignments.assign(user, id, new AssignmentRequest(null, null,
                List.of(new AssignmentRequest.Item(applicationId, reviewerUserId, Boolean.TRUE.equals(lead)))));
        if (outcome instanceof Outcome.Done<Assignments.Run> done) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.assigned",
                    done.value().made().size())));
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome));
        }
        return "redirect:/calls/" + id + "/assignments";
    }

    private static <T> T done(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.NotFound<T> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    private List<String> refusal(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Invalid<?> invalid -> invalid.issues().stream().map(problems::text).toList();
            case Outcome.Forbidden<?> forbidden -> List.of(problems.text(Issue.of(null, forbidden.messageKey())));
            case Outcome.NotFound<?> notFound -> List.of(problems.text(Issue.of(null, notFound.messageKey())));
            case Outcome.Conflict<?> conflict -> List.of(problems.text(Issue.of(null, conflict.messageKey(),
                    conflict.args())));
            case Outcome.Done<?> done -> List.of();
        };
    }
}
