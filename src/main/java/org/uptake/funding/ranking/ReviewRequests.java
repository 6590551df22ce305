package org.uptake.funding.ranking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * Requests for evaluation review. People of the lead organisation may ask within 30 days of the decision (measured
 * from the moment it was recorded), one open request at a time; programme managers answer with UPHELD or DISMISSED
 * and a text, which is mailed to the applicant. Both steps go into the application's history and the audit log.
 */
@Service
public class ReviewRequests {

    static final Duration WINDOW = Duration.ofDays(30);
    static final int TEXT_MAX = 10000;

    private final ReviewRequestRepository requests;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final FundingPermissions permissions;
    private final AuditLog audit;
    private final FundingMails mails;

    ReviewRequests(ReviewRequestRepository requests, ApplicationRepository applications, CallRepository calls,
            FundingPermissions permissions, AuditLog audit, FundingMails mails) {
        this.requests = requests;
        this.applications = applications;
        this.calls = calls;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
    }

    /** {@code Done<ReviewRequest>}. */
    @Transactional
    public RankingResult request(UptakeUser user, UUID applicationId, String reason) {
        Optional<Application> peek = applications.findById(applicationId);
        if (peek.isEmpty()) {
            return new RankingResult.NotFound("funding.ranking.applicationNotFound");
        }
        if (!permissions.memberOf(user, peek.get().getLeadOrganisationId())) {
            return new RankingResult.Forbidden();
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return new RankingResult.Invalid(List.of(Issue.of("reason", "funding.reviewRequest.reasonRequired")));
        }
        if (text.length() > TEXT_MAX) {
            return new RankingResult.Invalid(List.of(Issue.of("reason", "funding.reviewRequest.tooLong", TEXT_MAX)));
        }
        Application application = applications.findLocked(applicationId).orElseThrow();
        if (application.getDecidedAt() == null || application.getDecision() == null) {
            return new RankingResult.Conflict("funding.reviewRequest.notDecided");
        }
        Instant until = application.getDecidedAt().plus(WINDOW);
        if (Instant.now().isAfter(until)) {
            Call call = calls.findById(application.getCallId()).orElseThrow();
            return new RankingResult.Conflict("funding.reviewRequest.tooLate",
                    LocalDate.ofInstant(until, call.zone()).toString());
        }
        if (requests.existsByApplicationIdAndOutcomeIsNull(applicationId)) {
            return new RankingResult.Conflict("funding.reviewRequest.alreadyOpen");
        }
        ReviewRequest request = requests.save(new ReviewRequest(applicationId, user.id(), text));
        application.moveTo(application.getStatus(), user.id(), "REVIEW_REQUESTED");
        audit.record("FUNDING_REVIEW_REQUESTED", "funding_application", applicationId, abbreviated(text));
        return new RankingResult.Done<>(request);
    }

    /** {@code Done<List<ReviewRequest>>}: for the consortium's people and programme managers. */
    @Transactional(readOnly = true)
    public RankingResult ofApplication(UptakeUser user, UUID applicationId) {
        Optional<Application> application = applications.findById(applicationId);
        if (application.isEmpty()) {
            return new RankingResult.NotFound("funding.ranking.applicationNotFound");
        }
        if (!permissions.managesCalls(user) && !permissions.memberOfAny(user, application.get().organisationIds())) {
            return new RankingResult.Forbidden();
        }
        return new RankingResult.Done<>(requests.findByApplicationIdOrderByRequestedAt(applicationId));
    }

    /** {@code Done<List<ReviewRequest>>}: every request of the call (programme managers). */
    @Transactional(readOnly = true)
    public RankingResult ofCall(UptakeUser user, UUID callId) {
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        if (!calls.existsById(callId)) {
            return new RankingResult.NotFound("funding.call.notFound");
        }
        return new RankingResult.Done<>(requests.findByCall(callId));
    }

    /** {@code Done<ReviewRequest>} answered. */
    @Transactional
    public RankingResult answer(UptakeUser user, UUID requestId, String outcome, String answer) {
        if (requests.findById(requestId).isEmpty()) {
            return new RankingResult.NotFound("funding.reviewRequest.notFound");
        }
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        List<Issue> issues = new ArrayList<>();
        Optional<ReviewOutcome> parsed = ReviewOutcome.parse(outcome);
        if (parsed.isEmpty()) {
            issues.add(Issue.of("outcome", "funding.reviewRequest.outcomeUnknown", String.valueOf(outcome)));
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            issues.add(Issue.of("answer", "funding.reviewRequest.answerRequired"));
        } else if (text.length() > TEXT_MAX) {
            issues.add(Issue.of("answer", "funding.reviewRequest.tooLong", TEXT_MAX));
        }
        if (!issues.isEmpty()) {
            return new RankingResult.Invalid(issues);
        }
        ReviewRequest request = requests.findLocked(requestId).orElseThrow();
        if (request.isAnswered()) {
            return new RankingResult.Conflict("funding.reviewRequest.alreadyAnswered");
        }
        request.answer(parsed.get(), text, user.id());
        // locked like a decision on it, so the history entry never races a decision into a version conflict
        Application application = applications.findLocked(request.getApplicationId()).orElseThrow();
        application.moveTo(application.getStatus(), user.id(), "REVIEW_REQUEST_" + parsed.get().name());
        audit.record("FUNDING_REVIEW_REQUEST_ANSWERED", "funding_application", application.getId(),
                parsed.get().name() + ": " + abbreviated(text));
        Call call = calls.findById(application.getCallId()).orElseThrow();
        mails.reviewRequestAnswered(application, call, parsed.get().name(), text);
        return new RankingResult.Done<>(request);
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
