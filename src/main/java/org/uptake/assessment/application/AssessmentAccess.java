package org.uptake.assessment.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/**
 * Who may see and change an organisation's assessments: its members read and edit; advisors read when the
 * organisation shares with an advisor organisation they belong to. Nobody else learns that an assessment exists.
 */
@Component
public class AssessmentAccess {

    private final Directory directory;
    private final Sharing sharing;

    AssessmentAccess(Directory directory, Sharing sharing) {
        this.directory = directory;
        this.sharing = sharing;
    }

    public boolean canEdit(UptakeUser user, UUID organisationId) {
        return user != null && directory.isMember(user.id(), organisationId);
    }

    public boolean canRead(UptakeUser user, UUID organisationId) {
        return canEdit(user, organisationId)
                || (user != null && user.hasRole(Role.ADVISOR) && sharing.shares(organisationId, advisorOrganisations(user)));
    }

    /** The organisations in which an advisor advises: all they are members of. */
    public List<UUID> advisorOrganisations(UptakeUser user) {
        return directory.affiliations(user.id()).stream().map(a -> a.organisation().id()).toList();
    }
}
