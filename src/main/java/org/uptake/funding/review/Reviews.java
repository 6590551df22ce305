package org.uptake.funding.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationDocumentRepository;
import org.uptake.funding.application.BudgetCategory;
import org.uptake.funding.application.BudgetLine;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.call.Call;
import org.uptake.funding.call.CallRepository;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.platform.Issue;

/**
 * A reviewer's declaration and scores. A review is independent: once submitted it is final (a second submission is
 * refused with 409), and a reviewer sees the other reviewers' scores only after submitting their own — the lead
 * reviewer too. Programme managers see every submitted review.
 */
@Service
public class Reviews {

    static final int MAX_REASON = 2000;

    private final AssignmentRepository assignments;
    private final ScoreRepository scores;
    private final ConsensusRepository consensus;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final Accounts accounts;
    private final ReviewPermissions permissions;
    private final AuditLog audit;
    private final ApplicationDocumentRepository documents;
    private final Directory directory;

    Reviews(AssignmentRepository assignments, ScoreRepository scores, ConsensusRepository consensus,
            ApplicationRepository applications, CallRepository calls, Accounts accounts,
            ReviewPermissions permissions, AuditLog audit, ApplicationDocumentRepository documents,
            Directory directory) {
        this.documents = documents;
        this.directory = directory;
        this.assignments = assignments;
        this.scores = scores;
        this.consensus = consensus;
        this.applications = applications;
        this.calls = calls;
        this.accounts = accounts;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** One reviewer's review as a reader may see it. */
    public record Review(Assignment assignment, String reviewerName, List<Score> scores) {
    }

    /**
     * What the person sees of an application's reviews: {@code othersHidden} when there are other reviews they may
     * not see yet; {@code own} is the person's assignment (empty for managers who do not review it).
     */
    public record Visible(Application application, Call call, Optional<Assignment> own, List<Review> reviews,
            boolean othersHidden, List<Assignment> all, List<ConsensusScore> consensus, List<String> consortium) {

        /** The person leads the review of this application. */
        public boolean leads() {
            return own.filter(a -> a.isLead() && a.getState().isActive()).isPresent();
        }
    }

    /** Declares no conflict of interest (the application opens) or a conflict with a reason (declines it). */
    @Transactional
    public Outcome<Assignment> declare(UptakeUser user, UUID applicationId, Boolean conflictOfInterest,
            String reason) {
        Optional<Application> application = applications.findById(applicationId);
        if (application.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Optional<Assignment> found = user == null ? Optional.empty()
                : assignments.findLocked(applicationId, user.id());
        if (found.isEmpty()) {
            return new Outcome.Forbidden<>("funding.review.notAssigned");
        }
        if (conflictOfInterest == null) {
            return Outcome.invalid(Issue.of("conflictOfInterest", "funding.review.declaration.required"));
        }
        Assignment assignment = found.get();
        switch (assignment.getState()) {
            case DECLINED -> {
                return new Outcome.Conflict<>("funding.review.declined");
            }
            case SUBMITTED -> {
                return new Outcome.Conflict<>("funding.review.alreadySubmitted");
            }
            default -> {
            }
        }
        if (conflictOfInterest) {
            String cleaned = reason == null ? "" : reason.strip();
            if (cleaned.isEmpty()) {
                return Outcome.invalid(Issue.of("reason", "funding.review.declineReason.required"));
            }
            if (cleaned.length() > MAX_REASON) {
                return Outcome.invalid(Issue.of("reason", "funding.review.declineReason.tooLong", MAX_REASON));
            }
            boolean wasLead = assignment.isLead();
            assignment.decline(cleaned);
            if (wasLead) {
                // the review goes on: the longest-assigned remaining reviewer leads it
                assignments.findByApplicationIdOrderByAssignedAt(applicationId).stream()
                        .filter(a -> a != assignment && a.getState().isActive()).findFirst()
                        .ifPresent(next -> next.lead(true));
            }
            audit.record("FUNDING_REVIEW_DECLINED", "funding_application", applicationId, cleaned);
            return new Outcome.Done<>(assignment);
        }
        if (permissions.conflicted(user.id(), application.get())) {
            return new Outcome.Forbidden<>("funding.review.ownOrganisation");
        }
        if (assignment.getState() == AssignmentState.ASSIGNED) {
            assignment.accept();
            audit.record("FUNDING_REVIEW_ACCEPTED", "funding_application", applicationId, null);
        }
        return new Outcome.Done<>(assignment);
    }

    @Transactional
    public Outcome<Assignment> submit(UptakeUser user, UUID applicationId, ReviewRequest request) {
        // locked so that a review and the consensus of the same application run one after another
        Optional<Application> found = applications.findLocked(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        Optional<Assignment> mine = user == null ? Optional.empty()
                : assignments.findLocked(applicationId, user.id());
        if (mine.isEmpty()) {
            return new Outcome.Forbidden<>("funding.review.notAssigned");
        }
        if (Boolean.TRUE.equals(request.conflictOfInterest())) {
            return declare(user, applicationId, true, request.reason());
        }
        if (permissions.conflicted(user.id(), application)) {
            return new Outcome.Forbidden<>("funding.review.ownOrganisation");
        }
        Assignment assignment = mine.get();
        switch (assignment.getState()) {
            case DECLINED -> {
                return new Outcome.Conflict<>("funding.review.declined");
            }
            case SUBMITTED -> {
                return new Outcome.Conflict<>("funding.review.alreadySubmitted");
            }
            case ASSIGNED -> {
                if (request.conflictOfInterest() == null) {
                    return Outcome.invalid(Issue.of("conflictOfInterest", "funding.review.declaration.required"));
                }
            }
            case ACCEPTED -> {
            }
        }
        if (application.getStatus() != ApplicationStatus.IN_REVIEW) {
            return new Outcome.Conflict<>("funding.review.closed");
        }
        Call call = calls.findById(application.getCallId()).orElseThrow();
        List<Issue> issues = ScoreSheet.check(call.getCriteria(), request.scores());
        if (!issues.isEmpty()) {
            return new Outcome.Invalid<>(issues);
        }
        request.scores().forEach(input -> scores.save(new Score(applicationId, user.id(), input.criterion(),
                input.score(), ScoreSheet.justification(input))));
        assignment.submitted();
        audit.record("FUNDING_REVIEW_SUBMITTED", "funding_application", applicationId, null);
        return new Outcome.Done<>(assignment);
    }

    /** The reviews of an application as the person may see them. */
    @Transactional(readOnly = true)
    public Outcome<Visible> visible(UptakeUser user, UUID applicationId) {
        Optional<Application> found = applications.findById(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        boolean manager = permissions.manages(user);
        Optional<Assignment> own = user == null ? Optional.empty()
                : assignments.findByApplicationIdAndReviewerId(applicationId, user.id());
        if (!manager) {
            if (own.isEmpty()) {
                return new Outcome.Forbidden<>("funding.review.notAssigned");
            }
            if (own.get().getState() == AssignmentState.DECLINED) {
                return new Outcome.Forbidden<>("funding.review.declined");
            }
            if (permissions.conflicted(user.id(), application)) {
                return new Outcome.Forbidden<>("funding.review.ownOrganisation");
            }
        }
        boolean seesAll = manager || own.get().getState() == AssignmentState.SUBMITTED;
        List<Assignment> all = assignments.findByApplicationIdOrderByAssignedAt(applicationId);
        Map<UUID, List<Score>> byReviewer = scores.findByApplicationId(applicationId).stream()
                .collect(Collectors.groupingBy(Score::getReviewerId));
        Map<UUID, AccountView> names = accounts.findAll(all.stream().map(Assignment::getReviewerId).toList());
        List<Review> reviews = new ArrayList<>();
        boolean hidden = false;
        for (Assignment assignment : all) {
            if (assignment.getState() != AssignmentState.SUBMITTED) {
                continue;
            }
            boolean isOwn = user != null && assignment.getReviewerId().equals(user.id());
            if (seesAll || isOwn) {
                reviews.add(new Review(assignment, Assignments.name(names.get(assignment.getReviewerId())),
                        byReviewer.getOrDefault(assignment.getReviewerId(), List.of()).stream()
                                .sorted(Comparator.comparing(Score::getCriterionKey)).toList()));
            } else {
                hidden = true;
            }
        }
        Call call = Loaded.call(calls.findById(application.getCallId()).orElseThrow());
        return new Outcome.Done<>(new Visible(Loaded.application(application), call, own, reviews, hidden,
                seesAll ? all : own.map(List::of).orElse(List.of()), consensus.findByApplicationId(applicationId),
                application.organisationIds().stream().map(org -> directory.organisation(org)
                        .map(OrganisationSummary::name).orElse("")).toList()));
    }

    /**
     * The application's content for a programme manager, or for a reviewer who declared no conflict of interest
     * and does not belong to the consortium. Before the declaration the content stays closed.
     */
    @Transactional(readOnly = true)
    public Outcome<ApplicationContent> content(UptakeUser user, UUID applicationId) {
        Optional<Application> found = applications.findById(applicationId);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("funding.review.application.notFound");
        }
        Application application = found.get();
        if (!permissions.manages(user) && !permissions.readsAsReviewer(user, application)) {
            return new Outcome.Forbidden<>("funding.review.closedUntilDeclared");
        }
        Map<UUID, java.math.BigDecimal> perPartner = application.getBudget().stream().collect(Collectors.groupingBy(
                BudgetLine::organisationId, Collectors.reducing(java.math.BigDecimal.ZERO, BudgetLine::amount,
                        java.math.BigDecimal::add)));
        Map<BudgetCategory, java.math.BigDecimal> perCategory = new java.util.EnumMap<>(BudgetCategory.class);
        application.getBudget().forEach(line -> perCategory.merge(line.category(), line.amount(),
                java.math.BigDecimal::add));
        List<ApplicationContent.PartnerRow> partners = application.getPartners().stream().map(partner -> {
            Optional<OrganisationSummary> organisation = directory.organisation(partner.organisationId());
            return new ApplicationContent.PartnerRow(partner,
                    organisation.map(OrganisationSummary::name).orElse(""),
                    organisation.map(OrganisationSummary::nutsCode).orElse(""),
                    perPartner.getOrDefault(partner.organisationId(), java.math.BigDecimal.ZERO));
        }).toList();
        return new Outcome.Done<>(new ApplicationContent(Loaded.application(application),
                Loaded.call(calls.findById(application.getCallId()).orElseThrow()), partners, perCategory,
                documents.findByApplicationIdAndRemovedFalseOrderByUploadedAt(applicationId)));
    }
}
