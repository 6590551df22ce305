package org.uptake.funding.web;

import java.util.HashMap;
import java.util.List;
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
import org.uptake.funding.application.Application;
import org.uptake.funding.ranking.Decision;
import org.uptake.funding.ranking.Decisions;
import org.uptake.funding.ranking.RankingResult;
import org.uptake.funding.ranking.RankingView;
import org.uptake.funding.ranking.Rankings;
import org.uptake.funding.ranking.ReviewOutcome;
import org.uptake.funding.ranking.ReviewRequest;
import org.uptake.funding.ranking.ReviewRequests;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * Pages of ranking and decisions: the ranked table with the selection and overrides (programme managers), the
 * decision form, and requests for evaluation review (the lead's people ask, managers answer). Plain forms, no
 * JavaScript needed.
 */
@Controller
class RankingPagesController {

    private final Rankings rankings;
    private final Decisions decisions;
    private final ReviewRequests reviewRequests;
    private final FundingProblems problems;

    RankingPagesController(Rankings rankings, Decisions decisions, ReviewRequests reviewRequests,
            FundingProblems problems) {
        this.rankings = rankings;
        this.decisions = decisions;
        this.reviewRequests = reviewRequests;
        this.problems = problems;
    }

    @GetMapping("/calls/{id}/ranking")
    String ranking(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        RankingView view = (RankingView) done(rankings.ranking(user, id)).value();
        model.addAttribute("view", view);
        model.addAttribute("decisions", List.of(Decision.values()));
        return "funding/ranking/ranking";
    }

    @PostMapping("/calls/{id}/ranking/selection")
    String select(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        RankingResult result = rankings.select(user, id);
        if (result instanceof RankingResult.Done<?>) {
            redirect.addFlashAttribute("notice", "funding.ranking.page.selectionDone");
        } else {
            redirect.addFlashAttribute("refused", refusal(result));
        }
        return "redirect:/calls/" + id + "/ranking";
    }

    @PostMapping("/calls/{id}/ranking/overrides/{applicationId}")
    String override(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @PathVariable UUID applicationId,
            @RequestParam(required = false) String override, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        RankingResult result = rankings.override(user, applicationId, override, reason);
        if (result instanceof RankingResult.Done<?>) {
            redirect.addFlashAttribute("notice", "funding.ranking.page.overrideSaved");
        } else {
            redirect.addFlashAttribute("refused", refusal(result));
        }
        return "redirect:/calls/" + id + "/ranking#a-" + applicationId;
    }

    @GetMapping("/applications/{id}/decision")
    String decisionForm(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        Decisions.DecisionView view = (Decisions.DecisionView) done(decisions.view(user, id)).value();
        model.addAttribute("view", view);
        model.addAttribute("decisions", List.of(Decision.values()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Decisions.DecisionRequest(null, null, view.today().toString()));
        }
        return "funding/ranking/decision";
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String text,
            @RequestParam(required = false) String date, Model model, RedirectAttributes redirect) {
        Decisions.DecisionRequest form = new Decisions.DecisionRequest(decision, text, date);
        RankingResult result = decisions.decide(user, id, form);
        if (result instanceof RankingResult.Done<?> done) {
            redirect.addFlashAttribute("notice", "funding.decision.page.done");
            return "redirect:/calls/" + ((Application) done.value()).getCallId() + "/ranking";
        }
        model.addAttribute("refused", refusal(result));
        model.addAttribute("form", form);
        return decisionForm(user, id, model);
    }

    @GetMapping("/calls/{id}/review-requests")
    String reviewRequestsOfCall(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Model model) {
        RankingView view = (RankingView) done(rankings.ranking(user, id)).value();
        @SuppressWarnings("unchecked")
        List<ReviewRequest> requests = (List<ReviewRequest>) done(reviewRequests.ofCall(user, id)).value();
        Map<UUID, String> titles = new HashMap<>();
        view.rows().forEach(row -> titles.put(row.candidate().id(), row.candidate().title()));
        view.notRanked().forEach(n -> titles.put(n.candidate().id(), n.candidate().title()));
        model.addAttribute("view", view);
        model.addAttribute("requests", requests);
        model.addAttribute("titles", titles);
        model.addAttribute("outcomes", List.of(ReviewOutcome.values()));
        return "funding/ranking/review-requests";
    }

    @PostMapping("/review-requests/{id}/answer")
    String answer(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, @RequestParam UUID callId,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        RankingResult result = reviewRequests.answer(user, id, outcome, answer);
        if (result instanceof RankingResult.Done<?>) {
            redirect.addFlashAttribute("notice", "funding.reviewRequest.page.answered");
        } else {
            redirect.addFlashAttribute("refused", refusal(result));
        }
        return "redirect:/calls/" + callId + "/review-requests";
    }

    @GetMapping("/applications/{id}/review-requests")
    String reviewRequestsOfApplication(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            Model model) {
        @SuppressWarnings("unchecked")
        List<ReviewRequest> requests = (List<ReviewRequest>) done(reviewRequests.ofApplication(user, id)).value();
        model.addAttribute("applicationId", id);
        model.addAttribute("requests", requests);
        return "funding/ranking/application-review-requests";
    }

    @PostMapping("/applications/{id}/review-requests")
    String requestReview(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        RankingResult result = reviewRequests.request(user, id, reason);
        if (result instanceof RankingResult.Done<?>) {
            redirect.addFlashAttribute("notice", "funding.reviewRequest.page.sent");
        } else {
            redirect.addFlashAttribute("refused", refusal(result));
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/applications/" + id + "/review-requests";
    }

    /** A page either shows what was asked for or answers 403 / 404 (the error pages say it in the reader's words). */
    private static RankingResult.Done<?> done(RankingResult result) {
        return switch (result) {
            case RankingResult.Done<?> done -> done;
            case RankingResult.Forbidden forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            case RankingResult.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> throw new ResponseStatusException(HttpStatus.CONFLICT);
        };
    }

    /** Why an action was refused, in the reader's language. */
    private List<String> refusal(RankingResult result) {
        return switch (result) {
            case RankingResult.Invalid invalid -> invalid.issues().stream().map(problems::text).toList();
            case RankingResult.Conflict conflict -> List.of(problems.text(Issue.of(null, conflict.messageKey(),
                    conflict.args())));
            case RankingResult.NotFound notFound -> List.of(problems.text(Issue.of(null, notFound.messageKey())));
            case RankingResult.Forbidden forbidden -> List.of(problems.text(Issue.of(null,
                    "funding.ranking.forbidden")));
            case RankingResult.Done<?> done -> List.of();
        };
    }
}
