package org.uptake.funding.web;

import java.util.ArrayList;
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
import org.uptake.funding.call.Call;
import org.uptake.funding.call.Criterion;
import org.uptake.funding.review.ApplicationContent;
import org.uptake.funding.review.AssignmentState;
import org.uptake.funding.review.Assignments;
import org.uptake.funding.review.Consensus;
import org.uptake.funding.review.ConsensusScore;
import org.uptake.funding.review.Outcome;
import org.uptake.funding.review.ReviewPermissions;
import org.uptake.funding.review.ReviewRequest;
import org.uptake.funding.review.Reviews;
import org.uptake.funding.review.Score;
import org.uptake.funding.review.ScoreInput;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * The reviewer's pages: my assignments, the declaration, the application with the scoring form, and the consensus
 * page of lead reviewers and programme managers with the individual scores side by side.
 */
@Controller
class ReviewPagesController {

    private final Reviews reviews;
    private final Assignments assignments;
    private final Consensus consensus;
    private final ReviewPermissions permissions;
    private final FundingProblems problems;

    ReviewPagesController(Reviews reviews, Assignments assignments, Consensus consensus,
            ReviewPermissions permissions, FundingProblems problems) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.consensus = consensus;
        this.permissions = permissions;
        this.problems = problems;
    }

    /** One criterion on a page: its texts, and per reviewer (in the order of {@code reviewers}) the score. */
    record CriterionRow(Criterion criterion, String name, String description, List<Score> scores,
            ConsensusScore consensus) {
    }

    @GetMapping("/reviews")
    String mine(@AuthenticationPrincipal UptakeUser user, Model model) {
        model.addAttribute("rows", assignments.mine(user));
        return "funding/review/mine";
    }

    @GetMapping("/reviews/{id}")
    String review(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale, Model model) {
        Reviews.Visible visible = visible(user, id);
        model.addAttribute("visible", visible);
        model.addAttribute("callTitle", visible.call().getTitle().in(locale));
        model.addAttribute("criteria", criteria(visible, locale));
        AssignmentState state = visible.own().map(a -> a.getState()).orElse(null);
        model.addAttribute("state", state);
        model.addAttribute("mayScore", state == AssignmentState.ACCEPTED);
        model.addAttribute("mayLeadConsensus", permissions.manages(user) || visible.leads());
        if (state == null || state.opensContent()) {
            if (reviews.content(user, id) instanceof Outcome.Done<ApplicationContent> content) {
                model.addAttribute("sheet", content.value());
            }
        }
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "funding/review/review";
    }

    @PostMapping("/reviews/{id}/declaration")
    String declare(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam(required = false) Boolean conflictOfInterest, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Outcome<?> outcome = reviews.declare(user, id, conflictOfInterest, reason);
        if (outcome instanceof Outcome.Done<?>) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, Boolean.TRUE.equals(conflictOfInterest)
                    ? "funding.review.page.declined" : "funding.review.page.accepted")));
            return Boolean.TRUE.equals(conflictOfInterest) ? "redirect:/reviews" : "redirect:/reviews/" + id;
        }
        redirect.addFlashAttribute("refused", refusal(outcome, null));
        return "redirect:/reviews/" + id;
    }

    @PostMapping("/reviews/{id}")
    String submit(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        Reviews.Visible visible = visible(user, id);
        List<ScoreInput> scores = scores(visible.call(), form);
        Outcome<?> outcome = reviews.submit(user, id, new ReviewRequest(null, null, scores));
        if (outcome instanceof Outcome.Done<?>) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.submitted")));
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome, names(visible.call(), scores, locale)));
            redirect.addFlashAttribute("entered", form);
        }
        return "redirect:/reviews/" + id;
    }

    @GetMapping("/reviews/{id}/consensus")
    String consensusPage(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale,
            Model model) {
        Reviews.Visible visible = visible(user, id);
        if (!permissions.manages(user) && !visible.leads()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("visible", visible);
        model.addAttribute("callTitle", visible.call().getTitle().in(locale));
        model.addAttribute("criteria", criteria(visible, locale));
        model.addAttribute("blocked", consensus.refusal(user, id).map(r -> refusal(r, null)).orElse(List.of()));
        model.addAttribute("single", visible.call().getReviewersPerApplication() == 1);
        if (!model.containsAttribute("entered")) {
            Map<String, String> entered = new LinkedHashMap<>();
            visible.consensus().forEach(c -> {
                entered.put("score." + c.getCriterionKey(), String.valueOf(c.getScore()));
                entered.put("justification." + c.getCriterionKey(), c.getJustification());
            });
            model.addAttribute("entered", entered);
        }
        return "funding/review/consensus";
    }

    @PostMapping("/reviews/{id}/consensus")
    String setConsensus(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        Reviews.Visible visible = visible(user, id);
        List<ScoreInput> scores = scores(visible.call(), form);
        Outcome<?> outcome = consensus.set(user, id, scores);
        if (outcome instanceof Outcome.Done<?>) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.consensusSet")));
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome, names(visible.call(), scores, locale)));
            redirect.addFlashAttribute("entered", form);
        }
        return "redirect:/reviews/" + id + "/consensus";
    }

    @PostMapping("/reviews/{id}/consensus/from-review")
    String consensusFromReview(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            RedirectAttributes redirect) {
        Outcome<?> outcome = consensus.fromReview(user, id);
        if (outcome instanceof Outcome.Done<?>) {
            redirect.addFlashAttribute("notice", problems.text(Issue.of(null, "funding.review.page.consensusSet")));
        } else {
            redirect.addFlashAttribute("refused", refusal(outcome, null));
        }
        return "redirect:/reviews/" + id + "/consensus";
    }

    private Reviews.Visible visible(UptakeUser user, UUID id) {
        return switch (reviews.visible(user, id)) {
            case Outcome.Done<Reviews.Visible> done -> done.value();
            case Outcome.NotFound<Reviews.Visible> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    private static List<CriterionRow> criteria(Reviews.Visible visible, Locale locale) {
        return visible.call().getCriteria().stream().map(c -> new CriterionRow(c, c.name().in(locale),
                c.description() == null ? "" : c.description().in(locale),
                visible.reviews().stream().map(r -> r.scores().stream()
                        .filter(s -> s.getCriterionKey().equals(c.key())).findFirst().orElse(null)).toList(),
                visible.consensus().stream().filter(s -> s.getCriterionKey().equals(c.key())).findFirst()
                        .orElse(null))).toList();
    }

    /** The form's fields {@code score.<criterion>} and {@code justification.<criterion>}, in the call's order. */
    static List<ScoreInput> scores(Call call, Map<String, String> form) {
        List<ScoreInput> scores = new ArrayList<>();
        for (Criterion criterion : call.getCriteria()) {
            String score = form.getOrDefault("score." + criterion.key(), "").strip();
            Integer value = null;
            if (!score.isEmpty()) {
                try {
                    value = Integer.valueOf(score);
                } catch (NumberFormatException e) {
                    value = -1;
                }
            }
            scores.add(new ScoreInput(criterion.key(), value, form.get("justification." + criterion.key())));
        }
        return scores;
    }

    /** The criterion names by field prefix ({@code scores[0]}), so that each message says which score it means. */
    private static Map<String, String> names(Call call, List<ScoreInput> scores, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            String key = scores.get(i).criterion();
            names.put("scores[" + i + "]", call.criterion(key).map(c -> c.name().in(locale)).orElse(key));
        }
        return names;
    }

    private List<String> refusal(Outcome<?> outcome, Map<String, String> names) {
        return switch (outcome) {
            case Outcome.Invalid<?> invalid -> invalid.issues().stream().map(issue -> {
                String prefix = names == null || issue.field() == null ? null
                        : names.get(issue.field().replaceAll("\\.[a-zA-Z]+$", ""));
                return prefix == null ? problems.text(issue) : prefix + ": " + problems.text(issue);
            }).toList();
            case Outcome.Forbidden<?> forbidden -> List.of(problems.text(Issue.of(null, forbidden.messageKey())));
            case Outcome.NotFound<?> notFound -> List.of(problems.text(Issue.of(null, notFound.messageKey())));
            case Outcome.Conflict<?> conflict -> List.of(problems.text(Issue.of(null, conflict.messageKey(),
                    conflict.args())));
            case Outcome.Done<?> done -> List.of();
        };
    }
}
