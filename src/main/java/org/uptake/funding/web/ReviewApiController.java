package org.uptake.funding.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.funding.review.AssignmentRequest;
import org.uptake.funding.review.Assignments;
import org.uptake.funding.review.Consensus;
import org.uptake.funding.review.Eligibility;
import org.uptake.funding.review.EligibilityRequest;
import org.uptake.funding.review.Outcome;
import org.uptake.funding.review.ReviewRequest;
import org.uptake.funding.review.Reviews;
import org.uptake.funding.review.ScoreInput;
import org.uptake.identity.UptakeUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Funding review")
class ReviewApiController {

    /** The body of a declaration. */
    record Declaration(Boolean conflictOfInterest, String reason) {
    }

    /** The body of a consensus. */
    record ConsensusBody(List<ScoreInput> scores) {
    }

    private final Eligibility eligibility;
    private final Assignments assignments;
    private final Reviews reviews;
    private final Consensus consensus;
    private final FundingProblems problems;

    ReviewApiController(Eligibility eligibility, Assignments assignments, Reviews reviews, Consensus consensus,
            FundingProblems problems) {
        this.eligibility = eligibility;
        this.assignments = assignments;
        this.reviews = reviews;
        this.consensus = consensus;
        this.problems = problems;
    }

    @PostMapping("/api/v1/applications/{id}/eligibility")
    @Operation(summary = "Check a submitted application's eligibility: pass, or fail with a reason; answers per "
            + "checklist item; may be repeated until reviewers are assigned (programme managers)")
    ResponseEntity<?> eligibility(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody EligibilityRequest request) {
        return respond(eligibility.check(user, id, request), ReviewJson::eligibility);
    }

    @PostMapping("/api/v1/calls/{id}/assignments")
    @Operation(summary = "Assign reviewers: {\"mode\":\"AUTO\"} (balanced by load, never a member of the "
            + "consortium, optionally limited to reviewerUserIds) or {\"assignments\":[{applicationId, "
            + "reviewerUserId, lead}]}; re-runnable without duplicates (programme managers)")
    ResponseEntity<?> assign(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody AssignmentRequest request) {
        return respond(assignments.assign(user, id, request), ReviewJson::run);
    }

    @GetMapping("/api/v1/calls/{id}/assignments")
    @Operation(summary = "Who reviews what in a call, with the state of each assignment (programme managers)")
    ResponseEntity<?> assignments(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return respond(assignments.ofCall(user, id),
                overview -> overview.rows().stream().map(ReviewJson::row).toList());
    }

    @PostMapping("/api/v1/applications/{id}/declaration")
    @Operation(summary = "A reviewer declares no conflict of interest (the application opens) or a conflict with a "
            + "reason (declines it)")
    ResponseEntity<?> declare(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody Declaration body) {
        return respond(reviews.declare(user, id, body.conflictOfInterest(), body.reason()), ReviewJson::assignment);
    }

    @PostMapping("/api/v1/applications/{id}/reviews")
    @Operation(summary = "Submit a review: every criterion once, a score from 0 to its maximum and a justification; "
            + "conflictOfInterest:false counts as the declaration, true declines. Final once submitted.")
    ResponseEntity<?> review(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody ReviewRequest request) {
        return respond(reviews.submit(user, id, request), ReviewJson::assignment);
    }

    @GetMapping("/api/v1/applications/{id}/reviews")
    @Operation(summary = "The reviews of an application: a reviewer sees the others only after submitting their own; "
            + "programme managers see all")
    ResponseEntity<?> reviews(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return respond(reviews.visible(user, id), ReviewJson::reviews);
    }

    @PutMapping("/api/v1/applications/{id}/consensus")
    @Operation(summary = "Set the consensus score per criterion (the lead reviewer once all reviews are in, or a "
            + "programme manager); a complete consensus makes the application REVIEWED")
    ResponseEntity<?> consensus(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id,
            @RequestBody ConsensusBody body) {
        return respond(consensus.set(user, id, body.scores()), ReviewJson::consensus);
    }

    @PostMapping("/api/v1/applications/{id}/consensus/from-review")
    @Operation(summary = "With one reviewer per application: the submitted review stands as the consensus")
    ResponseEntity<?> fromReview(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id) {
        return respond(consensus.fromReview(user, id), ReviewJson::consensus);
    }

    private <T> ResponseEntity<?> respond(Outcome<T> outcome, Function<T, Object> json) {
        return switch (outcome) {
            case Outcome.Done<T> done -> ResponseEntity.ok(json.apply(done.value()));
            case Outcome.Invalid<T> invalid -> problems.invalid(invalid.issues());
            case Outcome.NotFound<T> notFound -> problems.respond(HttpStatus.NOT_FOUND, notFound.messageKey());
            case Outcome.Forbidden<T> forbidden -> problems.respond(HttpStatus.FORBIDDEN, forbidden.messageKey());
            case Outcome.Conflict<T> conflict -> problems.respond(HttpStatus.CONFLICT, conflict.messageKey(),
                    conflict.args());
        };
    }

}
