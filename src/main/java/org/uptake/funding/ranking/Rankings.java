package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.uptake.funding.ranking.RankingRule.Ranked;
import org.uptake.funding.ranking.RankingRule.Ranking;
import org.uptake.funding.ranking.SelectionRule.Outcome;
import org.uptake.funding.ranking.SelectionRule.Selection;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/** The ranking of a call, the selection run and manual overrides (programme managers only). */
@Service
public class Rankings {

    static final int REASON_MAX = 2000;

    private final CallRepository calls;
    private final ApplicationRepository applications;
    private final CandidateQueries queries;
    private final FundingPermissions permissions;
    private final AuditLog audit;

    Rankings(CallRepository calls, ApplicationRepository applications, CandidateQueries queries,
            FundingPermissions permissions, AuditLog audit) {
        this.calls = calls;
        this.applications = applications;
        this.queries = queries;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The ranking with the stored selection; {@code Done<RankingView>}. */
    @Transactional(readOnly = true)
    public RankingResult ranking(UptakeUser user, UUID callId) {
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        return calls.findById(callId).<RankingResult>map(call -> new RankingResult.Done<>(view(call)))
                .orElseGet(() -> new RankingResult.NotFound("funding.call.notFound"));
    }

    /**
     * Runs the selection (see {@link SelectionRule}) and stores it on the applications. The call row is locked, so
     * two runs (or a run and a decision) on any node happen one after the other. Only once the deadline has passed
     * and until the call is decided.
     */
    @Transactional
    public RankingResult select(UptakeUser user, UUID callId) {
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        Optional<Call> found = calls.findLocked(callId);
        if (found.isEmpty()) {
            return new RankingResult.NotFound("funding.call.notFound");
        }
        Call call = found.get();
        CallStatus status = call.status(Instant.now());
        if (status == CallStatus.DECIDED) {
            return new RankingResult.Conflict("funding.ranking.callDecided");
        }
        if (status != CallStatus.CLOSED) {
            return new RankingResult.Conflict("funding.ranking.callNotClosed");
        }
        List<Candidate> candidates = queries.candidates(callId);
        Ranking ranking = rule(call).rank(candidates);
        Selection selection = new SelectionRule().select(ranking, call.getTotalBudget());
        Map<UUID, Outcome> changed = new HashMap<>();
        for (Candidate candidate : candidates) {
            Outcome outcome = selection.of(candidate.id());
            if (candidate.selected() != outcome.selected()
                    || !Objects.equals(candidate.reserveRank(), outcome.reserveRank())) {
                changed.put(candidate.id(), outcome);
            }
        }
        // only what changed is written, so a second run writes nothing
        for (Application application : applications.findAllById(changed.keySet())) {
            Outcome outcome = changed.get(application.getId());
            application.selection(outcome.selected(), outcome.reserveRank());
        }
        applications.flush();
        long selected = selection.outcomes().values().stream().filter(Outcome::selected).count();
        audit.record("FUNDING_SELECTION_RUN", "funding_call", callId, "selected " + selected + ", budget used "
                + selection.used().toPlainString() + " of " + call.getTotalBudget().toPlainString() + ", changed "
                + changed.size());
        return new RankingResult.Done<>(view(call));
    }

    /** A manual override (SELECT or EXCLUDE, with a reason) or its removal ({@code null}); the next run obeys it. */
    @Transactional
    public RankingResult override(UptakeUser user, UUID applicationId, String override, String reason) {
        Optional<Application> peek = applications.findById(applicationId);
        if (peek.isEmpty()) {
            return new RankingResult.NotFound("funding.ranking.applicationNotFound");
        }
        if (!permissions.managesCalls(user)) {
            return new RankingResult.Forbidden();
        }
        List<Issue> issues = new ArrayList<>();
        Optional<SelectionOverride> parsed = SelectionOverride.parse(override);
        if (override != null && !override.isBlank() && parsed.isEmpty()) {
            issues.add(Issue.of("override", "funding.ranking.override.unknown", override));
        }
        String cleanReason = reason == null ? null : reason.strip();
        if (parsed.isPresent() && (cleanReason == null || cleanReason.isEmpty())) {
            issues.add(Issue.of("reason", "funding.ranking.override.reasonRequired"));
        } else if (cleanReason != null && cleanReason.length() > REASON_MAX) {
            issues.add(Issue.of("reason", "funding.ranking.override.reasonTooLong", REASON_MAX));
        }
        if (!issues.isEmpty()) {
            return new RankingResult.Invalid(issues);
        }
        Call call = calls.findLocked(peek.get().getCallId()).orElseThrow();
        Application application = applications.findLocked(applicationId).orElseThrow();
        if (call.getStatus() == CallStatus.DECIDED) {
            return new RankingResult.Conflict("funding.ranking.callDecided");
        }
        if (application.isDraft() || application.getStatus().isDecided()) {
            return new RankingResult.Conflict("funding.ranking.override.notOpen");
        }
        String value = parsed.map(Enum::name).orElse(null);
        application.override(value, value == null ? null : cleanReason);
        audit.record("FUNDING_SELECTION_OVERRIDE", "funding_application", applicationId,
                value == null ? "removed" : value + ": " + cleanReason);
        return new RankingResult.Done<>(application);
    }

    RankingView view(Call call) {
        RankingRule rule = rule(call);
        Ranking ranking = rule.rank(queries.candidates(call.getId()));
        List<RankingView.Row> rows = new ArrayList<>(ranking.ranked().size());
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        for (Ranked ranked : ranking.ranked()) {
            BigDecimal grant = ranked.candidate().requestedGrant() == null ? BigDecimal.ZERO
                    : ranked.candidate().requestedGrant();
            cumulative = cumulative.add(grant);
            if (ranked.candidate().selected()) {
                used = used.add(grant);
            }
            rows.add(new RankingView.Row(ranked, cumulative));
        }
        return new RankingView(call.getId(), call.getTitle(), call.getCurrency(), call.status(Instant.now()),
                call.getTotalBudget(), call.getOverallThreshold(), call.getCriteria(), rule.heaviestCriterion(), rows,
                ranking.notRanked(), used);
    }

    /** The rule for the call, and the ranking of one application in it (for decisions). */
    RankingRule rule(Call call) {
        return new RankingRule(call.getCriteria(), call.getOverallThreshold());
    }

    Optional<Ranked> rankedEntry(Call call, UUID applicationId) {
        return rule(call).rank(queries.candidates(call.getId())).ranked().stream()
                .filter(r -> r.candidate().id().equals(applicationId)).findFirst();
    }
}
