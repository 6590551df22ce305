package org.uptake.funding.review;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.funding.application.Application;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.identity.UptakeUser;

/**
 * Who may do what in eligibility and quality review, on top of {@link FundingPermissions}. A reviewer never reviews
 * an application of a consortium one of whose organisations they belong to, and reads an application only after
 * declaring no conflict of interest.
 */
@Component
public class ReviewPermissions {

    private final FundingPermissions funding;
    private final Directory directory;
    private final AssignmentRepository assignments;

    ReviewPermissions(FundingPermissions funding, Directory directory, AssignmentRepository assignments) {
        this.funding = funding;
        this.directory = directory;
        this.assignments = assignments;
    }

    /** Checks eligibility, assigns reviewers, sees every review and may set a consensus. */
    public boolean manages(UptakeUser user) {
        return funding.managesCalls(user);
    }

    public boolean reviews(UptakeUser user) {
        return funding.reviews(user);
    }

    /** True when the account belongs to one of the consortium's organisations: a conflict of interest by rule. */
    public boolean conflicted(UUID accountId, Collection<UUID> organisationIds) {
        return organisationIds.stream().anyMatch(org -> directory.isMember(accountId, org));
    }

    public boolean conflicted(UUID accountId, Application application) {
        return conflicted(accountId, application.organisationIds());
    }

    /**
     * True when the person may read the application's content as a reviewer: assigned, declared no conflict of
     * interest (ACCEPTED or SUBMITTED), and not a member of the consortium. For the application pages and API.
     */
    @Transactional(readOnly = true)
    public boolean readsAsReviewer(UptakeUser user, Application application) {
        return user != null && assignments.findByApplicationIdAndReviewerId(application.getId(), user.id())
                .filter(a -> a.getState().opensContent()).isPresent() && !conflicted(user.id(), application);
    }
}
