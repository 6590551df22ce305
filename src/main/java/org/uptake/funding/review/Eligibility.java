package org.uptake.funding.review;

import java.util.ArrayList;
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
import org.uptake.funding.call.EligibilityItem;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * The eligibility check of a submitted application by programme staff, against the call's checklist. It may be
 * repeated until quality review starts (the first reviewer is assigned); after that the verdict stands.
 */
@Service
public class Eligibility {

    static final int MAX_REASON = 4000;

    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final EligibilityAnswerRepository answers;
    private final AssignmentRepository assignments;
    private final ReviewPermissions permissions;
    private final AuditLog audit;

    Eligibility(ApplicationRepository applications, CallRepository calls, EligibilityAnswerRepository answers,
            AssignmentRepository assignments, ReviewPermissions permissions, AuditLog audit) {
        this.applications = applications;
        this.calls = calls;
        this.answers = answers;
        this.assignments = assignments;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** An application with its checklist answers by item key. */
    public record Checked(Application application, Call call, Map<String, Boolean> answers) {
    }

    @Transactional
    public Outcome<Checked> check(UptakeUser user, UUID applicationId, EligibilityRequest request) {
        if (!permissions.manages(user)) {
            return new Outcome.Forbidden<>("funding.eligibility.forbidden");
        }
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        Call call = calls.findById(application.getCallId()).orElseThrow();
        ApplicationStatus status = application.getStatus();
        if (status == ApplicationStatus.DRAFT) {
            return new Outcome.Conflict<>("funding.eligibility.notSubmitted");
        }
        boolean reviewStarted = assignments.findByApplicationIdOrderByAssignedAt(applicationId).stream()
                .anyMatch(a -> a.getState().isActive());
        if (!(status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.ELIGIBLE
                || status == ApplicationStatus.INELIGIBLE) || reviewStarted || application.getDecision() != null) {
            return new Outcome.Conflict<>("funding.eligibility.reviewStarted");
        }
        List<Issue> issues = issues(call, request);
        if (!issues.isEmpty()) {
            return new Outcome.Invalid<>(issues);
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        application.eligibility(request.eligible(), reason, user.id());
        if (request.checklist() != null) {
            Map<String, EligibilityAnswer> stored = answers.findByApplicationId(applicationId).stream()
                    .collect(Collectors.toMap(EligibilityAnswer::getItemKey, Function.identity()));
            request.checklist().forEach((key, passed) -> {
                EligibilityAnswer answer = stored.get(key);
                if (answer == null) {
                    answers.save(new EligibilityAnswer(applicationId, key, passed));
                } else {
                    answer.passed(passed);
                }
            });
        }
        audit.record(request.eligible() ? "FUNDING_ELIGIBLE" : "FUNDING_INELIGIBLE", "funding_application",
                applicationId, reason);
        return new Outcome.Done<>(new Checked(application, call, answersOf(applicationId, request)));
    }

    /** The application, its call and the stored checklist answers, for the programme's check page. */
    @Transactional(readOnly = true)
    public Outcome<Checked> find(UptakeUser user, UUID applicationId) {
        if (!permissions.manages(user)) {
            return new Outcome.Forbidden<>("funding.eligibility.forbidden");
        }
        return applications.findById(applicationId).<Outcome<Checked>>map(application -> new Outcome.Done<>(
                new Checked(Loaded.application(application),
                        Loaded.call(calls.findById(application.getCallId()).orElseThrow()),
                        answers.findByApplicationId(applicationId).stream().collect(Collectors.toMap(
                                EligibilityAnswer::getItemKey, EligibilityAnswer::isPassed)))))
                .orElseGet(() -> new Outcome.NotFound<>("funding.review.application.notFound"));
    }

    private Map<String, Boolean> answersOf(UUID applicationId, EligibilityRequest request) {
        return request.checklist() == null ? answers.findByApplicationId(applicationId).stream()
                .collect(Collectors.toMap(EligibilityAnswer::getItemKey, EligibilityAnswer::isPassed))
                : Map.copyOf(request.checklist());
    }

    private static List<Issue> issues(Call call, EligibilityRequest request) {
        List<Issue> issues = new ArrayList<>();
        if (request.eligible() == null) {
            issues.add(Issue.of("eligible", "funding.eligibility.verdict.required"));
        }
        boolean noReason = request.reason() == null || request.reason().isBlank();
        if (Boolean.FALSE.equals(request.eligible()) && noReason) {
            issues.add(Issue.of("reason", "funding.eligibility.reason.required"));
        }
        if (!noReason && request.reason().strip().length() > MAX_REASON) {
            issues.add(Issue.of("reason", "funding.eligibility.reason.tooLong", MAX_REASON));
        }
        Map<String, Boolean> checklist = request.checklist();
        if (checklist != null) {
            List<String> keys = call.getEligibilityItems().stream().map(EligibilityItem::key).toList();
            checklist.forEach((key, passed) -> {
                if (!keys.contains(key)) {
                    issues.add(Issue.of("checklist." + key, "funding.eligibility.answer.unknown", key));
                } else if (passed == null) {
                    issues.add(Issue.of("checklist." + key, "funding.eligibility.answer.missing", key));
                }
            });
            keys.stream().filter(key -> !checklist.containsKey(key))
                    .forEach(key -> issues.add(Issue.of("checklist." + key, "funding.eligibility.answer.missing",
                            key)));
            if (Boolean.TRUE.equals(request.eligible()) && checklist.values().stream()
                    .anyMatch(Boolean.FALSE::equals)) {
                issues.add(Issue.of("eligible", "funding.eligibility.checklist.failed"));
            }
        }
        return issues;
    }
}
