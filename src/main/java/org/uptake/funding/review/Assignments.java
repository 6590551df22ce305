package org.uptake.funding.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.funding.call.Texts;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * Puts reviewers on eligible applications, automatically or by hand. Automatic assignment gives every eligible
 * application of a call the call's number of reviewers: those with the fewest current assignments first (ties by
 * account id, so a run is repeatable), never a member of one of the consortium's organisations, never one who
 * declined the application. The first reviewer of an application leads it. Runs are serialised by locking the call,
 * and the primary key (application, reviewer) makes a doubled assignment impossible, so a run may be repeated.
 */
@Service
public class Assignments {

    private static final List<ApplicationStatus> ASSIGNABLE = List.of(ApplicationStatus.ELIGIBLE,
            ApplicationStatus.IN_REVIEW);

    private final AssignmentRepository assignments;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final Accounts accounts;
    private final ReviewPermissions permissions;
    private final AuditLog audit;

    Assignments(AssignmentRepository assignments, ApplicationRepository applications, CallRepository calls,
            Accounts accounts, ReviewPermissions permissions, AuditLog audit) {
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The assignments a run made, and the applications still short of reviewers (with how many are missing). */
    public record Run(List<Assignment> made, Map<UUID, Integer> shortOf) {
    }

    /** An assignment as the programme's overview shows it. */
    public record Row(Assignment assignment, Application application, String reviewerName, Texts callTitle) {
    }

    /** A call's assignments, the applications that can get reviewers, and the reviewers to choose from. */
    public record Overview(Call call, List<Row> rows, List<Application> assignable, List<AccountView> reviewers) {
    }

    @Transactional
    public Outcome<Run> assign(UptakeUser user, UUID callId, AssignmentRequest request) {
        if (!permissions.manages(user)) {
            return new Outcome.Forbidden<>("funding.assignment.forbidden");
        }
        Optional<Call> call = calls.findLocked(callId);
        if (call.isEmpty()) {
            return new Outcome.NotFound<>("funding.call.notFound");
        }
        if (request == null || (!request.isAuto() && (request.assignments() == null
                || request.assignments().isEmpty()))) {
            return Outcome.invalid(Issue.of("mode", "funding.assignment.request.invalid"));
        }
        return request.isAuto() ? auto(user, call.get(), request.reviewerUserIds())
                : manual(user, call.get(), request.assignments());
    }

    private Outcome<Run> auto(UptakeUser user, Call call, List<UUID> pool) {
        List<AccountView> reviewers = accounts.withRole(Role.REVIEWER);
        if (pool != null && !pool.isEmpty()) {
            Set<UUID> known = reviewers.stream().map(AccountView::id).collect(Collectors.toSet());
            List<Issue> unknown = new ArrayList<>();
            for (int i = 0; i < pool.size(); i++) {
                if (!known.contains(pool.get(i))) {
                    unknown.add(Issue.of("reviewerUserIds[" + i + "]", "funding.assignment.notReviewer"));
                }
            }
            if (!unknown.isEmpty()) {
                return new Outcome.Invalid<>(unknown);
            }
            reviewers = reviewers.stream().filter(r -> pool.contains(r.id())).toList();
        }
        List<UUID> candidates = reviewers.stream().map(AccountView::id).toList();
        Map<UUID, Long> load = loads(candidates);
        List<Assignment> made = new ArrayList<>();
        Map<UUID, Integer> shortOf = new LinkedHashMap<>();
        for (UUID applicationId : assignments.applicationIds(call.getId(), ASSIGNABLE)) {
            // decided on the locked row: an eligibility change in between is seen, not overwritten
            Application application = applications.findLocked(applicationId).orElse(null);
            if (application == null || !ASSIGNABLE.contains(application.getStatus())) {
                continue;
            }
            List<Assignment> current = assignments.findByApplicationIdOrderByAssignedAt(application.getId());
            long active = current.stream().filter(a -> a.getState().isActive()).count();
            int needed = (int) (call.getReviewersPerApplication() - active);
            if (needed <= 0) {
                continue;
            }
            Set<UUID> taken = current.stream().map(Assignment::getReviewerId).collect(Collectors.toSet());
            List<UUID> organisations = application.organisationIds();
            List<UUID> chosen = candidates.stream().filter(id -> !taken.contains(id))
                    .sorted(Comparator.<UUID>comparingLong(id -> load.getOrDefault(id, 0L))
                            .thenComparing(Comparator.naturalOrder()))
                    .filter(id -> !permissions.conflicted(id, organisations)).limit(needed).toList();
            boolean hasLead = current.stream().anyMatch(a -> a.isLead() && a.getState().isActive());
            for (UUID reviewer : chosen) {
                made.add(assignments.save(new Assignment(application.getId(), reviewer, !hasLead, user.id())));
                hasLead = true;
                load.merge(reviewer, 1L, Long::sum);
            }
            if (chosen.size() < needed) {
                shortOf.put(application.getId(), needed - chosen.size());
            }
            startReview(application, user, chosen.size());
        }
        audit.record("FUNDING_REVIEWERS_ASSIGNED", "funding_call", call.getId(),
                "auto: " + made.size() + " assignments");
        return new Outcome.Done<>(new Run(made, shortOf));
    }

    private Outcome<Run> manual(UptakeUser user, Call call, List<AssignmentRequest.Item> items) {
        List<Issue> issues = new ArrayList<>();
        Map<UUID, Application> locked = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            AssignmentRequest.Item item = items.get(i);
            String field = "assignments[" + i + "]";
            Application application = item == null || item.applicationId() == null ? null
                    : locked.computeIfAbsent(item.applicationId(), id -> applications.findLocked(id).orElse(null));
            if (application == null || !application.getCallId().equals(call.getId())) {
                issues.add(Issue.of(field + ".applicationId", "funding.assignment.application.unknown"));
                continue;
            }
            if (!ASSIGNABLE.contains(application.getStatus())) {
                issues.add(Issue.of(field + ".applicationId", "funding.assignment.notEligible"));
                continue;
            }
            Optional<AccountView> reviewer = item.reviewerUserId() == null ? Optional.empty()
                    : accounts.findById(item.reviewerUserId());
            if (reviewer.isEmpty() || reviewer.get().erased() || !reviewer.get().roles().contains(Role.REVIEWER)) {
                issues.add(Issue.of(field + ".reviewerUserId", "funding.assignment.notReviewer"));
                continue;
            }
            if (permissions.conflicted(reviewer.get().id(), application)) {
                issues.add(Issue.of(field + ".reviewerUserId", "funding.assignment.conflict",
                        reviewer.get().displayName()));
                continue;
            }
            Optional<Assignment> existing = assignments.findByApplicationIdAndReviewerId(application.getId(),
                    reviewer.get().id());
            if (existing.isPresent() && existing.get().getState() == AssignmentState.DECLINED) {
                issues.add(Issue.of(field + ".reviewerUserId", "funding.assignment.declined",
                        reviewer.get().displayName()));
            }
        }
        if (!issues.isEmpty()) {
            return new Outcome.Invalid<>(issues);
        }
        List<Assignment> made = new ArrayList<>();
        Set<Assignment.Key> seen = new HashSet<>();
        for (AssignmentRequest.Item item : items) {
            Application application = locked.get(item.applicationId());
            Assignment.Key key = new Assignment.Key(application.getId(), item.reviewerUserId());
            if (!seen.add(key)) {
                continue;
            }
            List<Assignment> current = assignments.findByApplicationIdOrderByAssignedAt(application.getId());
            Optional<Assignment> existing = current.stream()
                    .filter(a -> a.getReviewerId().equals(item.reviewerUserId())).findFirst();
            boolean lead = Boolean.TRUE.equals(item.lead())
                    || current.stream().noneMatch(a -> a.isLead() && a.getState().isActive());
            if (lead) {
                current.forEach(a -> a.lead(false));
            }
            if (existing.isPresent()) {
                existing.get().lead(lead || existing.get().isLead());
                continue;
            }
            made.add(assignments.save(new Assignment(application.getId(), item.reviewerUserId(), lead, user.id())));
            startReview(application, user, 1);
        }
        audit.record("FUNDING_REVIEWERS_ASSIGNED", "funding_call", call.getId(),
                "manual: " + made.size() + " assignments");
        return new Outcome.Done<>(new Run(made, Map.of()));
    }

    private static void startReview(Application application, UptakeUser user, int assigned) {
        if (assigned > 0 && application.getStatus() == ApplicationStatus.ELIGIBLE) {
            application.moveTo(ApplicationStatus.IN_REVIEW, user.id(), null);
        }
    }

    private Map<UUID, Long> loads(List<UUID> reviewers) {
        Map<UUID, Long> load = new HashMap<>();
        if (!reviewers.isEmpty()) {
            assignments.loads(reviewers).forEach(row -> load.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return load;
    }

    /** Who reviews what in a call, for programme managers. */
    @Transactional(readOnly = true)
    public Outcome<Overview> ofCall(UptakeUser user, UUID callId) {
        if (!permissions.manages(user)) {
            return new Outcome.Forbidden<>("funding.assignment.forbidden");
        }
        Optional<Call> call = calls.findById(callId);
        if (call.isEmpty()) {
            return new Outcome.NotFound<>("funding.call.notFound");
        }
        Map<UUID, Application> byId = applications.findByCallIdOrderByCreatedAt(callId).stream()
                .collect(Collectors.toMap(Application::getId, a -> a, (a, b) -> a, LinkedHashMap::new));
        List<Assignment> found = byId.isEmpty() ? List.of() : assignments.findByApplicationIdIn(byId.keySet());
        Map<UUID, AccountView> reviewers = accounts.findAll(found.stream().map(Assignment::getReviewerId)
                .collect(Collectors.toSet()));
        List<Row> rows = found.stream()
                .sorted(Comparator.comparing((Assignment a) -> byId.get(a.getApplicationId()).getCreatedAt())
                        .thenComparing(Assignment::getAssignedAt).thenComparing(Assignment::getReviewerId))
                .map(a -> new Row(a, byId.get(a.getApplicationId()), name(reviewers.get(a.getReviewerId())),
                        call.get().getTitle()))
                .toList();
        return new Outcome.Done<>(new Overview(call.get(), rows, byId.values().stream()
                .filter(a -> ASSIGNABLE.contains(a.getStatus())).toList(), reviewers()));
    }

    /** The reviewer's own assignments across calls, newest first. */
    @Transactional(readOnly = true)
    public List<Row> mine(UptakeUser user) {
        List<Assignment> mine = assignments.findByReviewerIdOrderByAssignedAtDesc(user.id());
        Map<UUID, Application> byId = applications.findAllById(mine.stream().map(Assignment::getApplicationId)
                .toList()).stream().collect(Collectors.toMap(Application::getId, a -> a));
        Map<UUID, Texts> titles = calls.findAllById(byId.values().stream().map(Application::getCallId).distinct()
                .toList()).stream().collect(Collectors.toMap(Call::getId, Call::getTitle));
        return mine.stream().map(a -> new Row(a, byId.get(a.getApplicationId()), user.displayName(),
                titles.get(byId.get(a.getApplicationId()).getCallId()))).toList();
    }

    /** Reviewers a programme manager can choose from, by name. */
    @Transactional(readOnly = true)
    public List<AccountView> reviewers() {
        return accounts.withRole(Role.REVIEWER).stream()
                .sorted(Comparator.comparing(AccountView::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static String name(AccountView account) {
        return account == null ? "" : account.displayName();
    }
}
