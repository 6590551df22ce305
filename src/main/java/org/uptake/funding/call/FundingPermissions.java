package org.uptake.funding.call;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/**
 * Who may do what in funding, for pages and API alike. Programme managers (and administrators) run calls: they write
 * and publish calls, check eligibility, assign reviewers, set consensus when needed, select and decide. Members of
 * the organisations of a consortium prepare its application together; only members of the lead organisation submit
 * it. Reviewers see what is assigned to them once they have declared no conflict of interest.
 */
@Component
public class FundingPermissions {

    private final Directory directory;

    FundingPermissions(Directory directory) {
        this.directory = directory;
    }

    public boolean managesCalls(UptakeUser user) {
        return user != null && (user.isAdmin() || user.hasRole(Role.PROGRAMME_MANAGER));
    }

    public boolean reviews(UptakeUser user) {
        return user != null && user.hasRole(Role.REVIEWER);
    }

    /** True when the person belongs to one of the organisations. */
    public boolean memberOfAny(UptakeUser user, Collection<UUID> organisationIds) {
        return user != null && organisationIds.stream().anyMatch(org -> directory.isMember(user.id(), org));
    }

    public boolean memberOf(UptakeUser user, UUID organisationId) {
        return user != null && organisationId != null && directory.isMember(user.id(), organisationId);
    }
}
