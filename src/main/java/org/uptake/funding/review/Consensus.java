package org.uptake.funding.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * The consensus score per criterion, which ranking and thresholds use. The lead reviewer sets it once every reviewer
 * still on the application has submitted; a programme manager may set it as soon as one review is in (to close a
 * stalled review). A complete consensus moves the application to REVIEWED; it may be corrected until a decision.
 * Where a call has one reviewer per application, the single review may stand as the consensus
 * ({@link #fromReview}), which the reviewer or a programme manager confirms explicitly.
 */
@Service
public class Consensus {

    private final ConsensusRepository consensus;
    private final ScoreRepository scores;
    private final AssignmentRepository assignments;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final ReviewPermissions permissions;
    private final AuditLog audit;

    Consensus(ConsensusRepository consensus, ScoreRepository scores, AssignmentRepository assignments,
            ApplicationRepository applications, CallRepository calls, ReviewPermissions permissions,
            AuditLog audit) {
        this.consensus = consensus;
        this.scores = scores;
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** May the person set the consensus of the application now? Empty when yes, else why not. */
    @Transactional(readOnly = true)
    public Optional<Outcome<List<ConsensusScore>>> refusal(UptakeUser user, UUID applicationId) {
        return applications.findById(applicationId).map(application -> refusal(user, application))
                .orElseGet(() -> Optional.of(new Outcome.NotFound<>("funding.review.application.notFound")));
    }

    @Transactional
    public Outcome<List<ConsensusScore>> set(UptakeUser user, UUID applicationId, List<ScoreInput> input) {
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        Optional<Outcome<List<ConsensusScore>>> refused = refusal(user, application);
        if (refused.isPresent()) {
            return refused.get();
        }
        Call call = calls.findById(application.getCallId()).orElseThrow();
        List<Issue> issues = ScoreSheet.check(call.getCriteria(), input);
        if (!issues.isEmpty()) {
            return new Outcome.Invalid<>(issues);
        }
        return new Outcome.Done<>(store(user, application, input.stream()
                .map(s -> new ScoreInput(s.criterion(), s.score(), ScoreSheet.justification(s))).toList(),
                "FUNDING_CONSENSUS_SET"));
    }

    /** One reviewer per application: the submitted review becomes the consensus as it is. */
    @Transactional
    public Outcome<List<ConsensusScore>> fromReview(UptakeUser user, UUID applicationId) {
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        Call call = calls.findById(application.getCallId()).orElseThrow();
        if (call.getReviewersPerApplication() != 1) {
            return new Outcome.Conflict<>("funding.consensus.notSingleReviewer");
        }
        Optional<Outcome<List<ConsensusScore>>> refused = refusal(user, application);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Assignment> submitted = assignments.findByApplicationIdOrderByAssignedAt(applicationId).stream()
                .filter(a -> a.getState() == AssignmentState.SUBMITTED).toList();
        if (submitted.size() != 1) {
            return new Outcome.Conflict<>("funding.consensus.notSingleReviewer");
        }
        List<ScoreInput> review = scores.findByApplicationIdAndReviewerId(applicationId,
                submitted.get(0).getReviewerId()).stream()
                .map(s -> new ScoreInput(s.getCriterionKey(), s.getScore(), s.getJustification())).toList();
        return new Outcome.Done<>(store(user, application, review, "FUNDING_CONSENSUS_FROM_REVIEW"));
    }

    private Optional<Outcome<List<ConsensusScore>>> refusal(UptakeUser user, Application application) {
        boolean manager = permissions.manages(user);
        Optional<Assignment> own = user == null ? Optional.empty()
                : assignments.findByApplicationIdAndReviewerId(application.getId(), user.id());
        boolean lead = own.filter(a -> a.isLead() && a.getState().isActive()).isPresent();
        if (!manager && !lead) {
            return Optional.of(new Outcome.Forbidden<>("funding.consensus.forbidden"));
        }
        if (!manager && permissions.conflicted(user.id(), application)) {
            return Optional.of(new Outcome.Forbidden<>("funding.review.ownOrganisation"));
        }
        if (application.getStatus() != ApplicationStatus.IN_REVIEW
                && application.getStatus() != ApplicationStatus.REVIEWED) {
            return Optional.of(new Outcome.Conflict<>("funding.consensus.notInReview"));
        }
        List<Assignment> all = assignments.findByApplicationIdOrderByAssignedAt(application.getId());
        long submitted = all.stream().filter(a -> a.getState() == AssignmentState.SUBMITTED).count();
        long pending = all.stream().filter(a -> a.getState().isActive() && a.getState() != AssignmentState.SUBMITTED)
                .count();
        if (submitted == 0) {
            return Optional.of(new Outcome.Conflict<>("funding.consensus.noReviews"));
        }
        if (!manager && pending > 0) {
            return Optional.of(new Outcome.Conflict<>("funding.consensus.pending", pending));
        }
        return Optional.empty();
    }

    private List<ConsensusScore> store(UptakeUser user, Application application, List<ScoreInput> input,
            String action) {
        Map<String, ConsensusScore> stored = consensus.findByApplicationId(application.getId()).stream()
                .collect(Collectors.toMap(ConsensusScore::getCriterionKey, Function.identity()));
        List<ConsensusScore> result = input.stream().map(s -> {
            ConsensusScore existing = stored.get(s.criterion());
            if (existing == null) {
                return consensus.save(new ConsensusScore(application.getId(), s.criterion(), s.score(),
                        s.justification(), user.id()));
            }
            existing.change(s.score(), s.justification(), user.id());
            return existing;
        }).toList();
        if (application.getStatus() == ApplicationStatus.IN_REVIEW) {
            application.moveTo(ApplicationStatus.REVIEWED, user.id(), null);
        }
        audit.record(action, "funding_application", application.getId(), input.stream()
                .map(s -> s.criterion() + "=" + s.score()).collect(Collectors.joining(", ")));
        return result;
    }
}
