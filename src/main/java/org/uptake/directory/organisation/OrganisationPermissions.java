package org.uptake.directory.organisation;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.directory.MembershipRole;
import org.uptake.directory.membership.MembershipRepository;
import org.uptake.identity.UptakeUser;

/**
 * Decides what a person may do with an organisation, for pages and API alike. Everyone signed in reads the public
 * fields; members see the figures and edit; owners manage members; administrators may do everything.
 */
@Component
public class OrganisationPermissions {

    public enum Action { VIEW, VIEW_PRIVATE, EDIT, MANAGE_MEMBERS }

    private final MembershipRepository memberships;

    OrganisationPermissions(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    public boolean can(UptakeUser user, Action action, UUID organisationId) {
        if (user == null) {
            return false;
        }
        if (action == Action.VIEW || user.isAdmin()) {
            return true;
        }
        return memberships.findByOrganisationIdAndAccountId(organisationId, user.id())
                .map(membership -> action != Action.MANAGE_MEMBERS || membership.getRole() == MembershipRole.OWNER)
                .orElse(false);
    }
}
