package org.uptake.funding.ranking;

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
import org.uptake.funding.call.CallStatus;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * Decisions on applications (programme managers): checked against {@link DecisionRule}, written into the status
 * history and the audit log, mailed to the lead organisation's people in their language. An upheld request for
 * evaluation review opens the application for a new decision. When no submitted
 * application of the call waits for a decision any more, the call becomes DECIDED (and its open data public).
 */
@Service
public class Decisions {

    static final int TEXT_MAX = 10000;

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final Rankings rankings;
    private final CandidateQueries queries;
    private final FundingPermissions permissions;
    private final AuditLog audit;
    private final FundingMails mails;
    private final ReviewRequestRepository reviewRequests;

    Decisions(CallRepository calls, ApplicationRepository applications, Rankings rankings, CandidateQueries queries,
            FundingPermissions permissions, AuditLog audit, FundingMails mails,
            ReviewRequestRepository reviewRequests) {
        this.calls = calls;
        this.applications = applications;
        this.rankings = rankings;
        this.queries = queries;
        this.permissions = permissions;
        this.audit = audit;
        this.mails = mails;
        this.reviewRequests = reviewRequests;
    }

    public record DecisionRequest(String decision, String text, String date) {
    }

    /** What the decision form shows: the application, its call and its place in the ranking (if ranked). */
    public record DecisionView(Application application, Call call, Optional<RankingRule.Ranked> ranked,
            LocalDate today) {
    }

    /** {@code Done<DecisionView>} for programme managers. */
    @Transactional(readOnly = true)
    public RankingResult view(UptakeUser user, UUID applicationId) {
        Optional<Application> application = applications.findById(applicationId);
        if (application.isEmpty()) {
            return new RankingResult.NotFound("funding.ranking.applicationNotFound");
        }
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        Call call = calls.findById(application.get().getCallId()).orElseThrow();
        return new RankingResult.Done<>(new DecisionView(application.get(), call,
                rankings.rankedEntry(call, applicationId), LocalDate.now(call.zone())));
    }

    /** {@code Done<Application>} with the decision recorded. */
    @Transactional
    public RankingResult decide(UptakeUser user, UUID applicationId, DecisionRequest request) {
        Optional<Application> peek = applications.findById(applicationId);
        if (peek.isEmpty()) {
            return new RankingResult.NotFound("funding.ranking.applicationNotFound");
        }
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        List<Issue> issues = new ArrayList<>();
        Optional<Decision> decision = Decision.parse(request.decision());
        if (decision.isEmpty()) {
            issues.add(Issue.of("decision", "funding.decision.unknown", String.valueOf(request.decision())));
        }
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            issues.add(Issue.of("text", "funding.decision.textRequired"));
        } else if (text.length() > TEXT_MAX) {
            issues.add(Issue.of("text", "funding.decision.textTooLong", TEXT_MAX));
        }
        LocalDate date = null;
        if (request.date() != null && !request.date().isBlank()) {
            try {
                date = LocalDate.parse(request.date().strip());
            } catch (java.time.format.DateTimeParseException e) {
                issues.add(Issue.of("date", "funding.decision.dateInvalid"));
            }
        }
        if (!issues.isEmpty()) {
            return new RankingResult.Invalid(issues);
        }
        // the call first, then the application: the same order as selection runs, so they never deadlock
        Call call = calls.findLocked(peek.get().getCallId()).orElseThrow();
        Application application = applications.findLocked(applicationId).orElseThrow();
        LocalDate today = LocalDate.now(call.zone());
        if (date != null && date.isAfter(today)) {
            return new RankingResult.Invalid(List.of(Issue.of("date", "funding.decision.dateInFuture")));
        }
        boolean closed = call.status(java.time.Instant.now()) == CallStatus.CLOSED
                || call.getStatus() == CallStatus.DECIDED;
        if (!closed && decision.get() != Decision.INELIGIBLE) {
            return new RankingResult.Conflict("funding.ranking.callNotClosed");
        }
        Optional<String> refusal = new DecisionRule().refusal(decision.get(), application.getStatus(),
                application.getStatus() == org.uptake.funding.application.ApplicationStatus.REVISION_SUBMITTED ? null
                        : application.getDecision(),
                rankings.rankedEntry(call, applicationId), reopened(application));
        if (refusal.isPresent()) {
            return new RankingResult.Conflict(refusal.get());
        }
        application.decide(decision.get().name(), text, user.id(), decision.get().status());
        applications.flush();
        queries.decisionDate(applicationId, date == null ? today : date);
        audit.record("FUNDING_DECISION", "funding_application", applicationId,
                decision.get().name() + " (" + (date == null ? today : date) + "): " + abbreviated(text));
        mails.decision(application, call, decision.get(), text);
        if (closed && call.getStatus() != CallStatus.DECIDED
                && queries.undecidedBesides(call.getId(), applicationId) == 0) {
            call.decided();
            audit.record("FUNDING_CALL_DECIDED", "funding_call", call.getId(), null);
        }
        return new RankingResult.Done<>(application);
    }

    /** An upheld request for evaluation review opens the decision again. */
    private boolean reopened(Application application) {
        return application.getDecidedAt() != null
                && reviewRequests.upheldSince(application.getId(), application.getDecidedAt());
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }
}
