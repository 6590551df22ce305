package org.uptake.funding.application;

import org.springframework.stereotype.Component;
import org.uptake.funding.call.FundingPermissions;
import org.uptake.identity.UptakeUser;

/**
 * Who may do what with one application. Members of any consortium organisation read and edit it; only members of
 * the lead organisation submit. Programme managers and reviewers who accepted the assignment read it. Everybody else
 * learns nothing, not even that it exists.
 */
@Component
class ApplicationAccess {

    private final FundingPermissions permissions;
    private final ReviewerAccess reviewers;

    ApplicationAccess(FundingPermissions permissions, ReviewerAccess reviewers) {
        this.permissions = permissions;
        this.reviewers = reviewers;
    }

    boolean mayRead(UptakeUser user, Application application) {
        return user != null && (inConsortium(user, application) || permissions.managesCalls(user)
                || reviewers.mayRead(user.id(), application.getId()));
    }

    boolean inConsortium(UptakeUser user, Application application) {
        return permissions.memberOfAny(user, application.organisationIds());
    }

    boolean inLead(UptakeUser user, Application application) {
        return permissions.memberOf(user, application.getLeadOrganisationId());
    }

    boolean managesCalls(UptakeUser user) {
        return permissions.managesCalls(user);
    }

    static boolean isOpenForChanges(Application application) {
        return application.getStatus() == ApplicationStatus.DRAFT
                || application.getStatus() == ApplicationStatus.APPROVED_WITH_CONDITIONS;
    }
}
