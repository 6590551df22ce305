package org.uptake.makerspace.venue;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.directory.MembershipRole;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/**
 * Who may do what in a maker space, for pages and API alike. The staff of a venue are the people of its host
 * organisation who run it: the organisation's owners (directory membership role OWNER), its members who hold the
 * platform role VENUE_STAFF (librarians), and platform administrators. Staff manage the venue, its opening hours
 * and equipment, record inductions and attendance, see all bookings and cancel any of them with a reason.
 * Programme managers also read usage figures. Everybody signed in books for themselves.
 */
@Component
public class MakerspacePermissions {

    public enum Action {
        /** Create or change a venue, its opening hours and equipment (status, quantity). */
        MANAGE,
        RECORD_INDUCTION,
        /** See every booking of the venue, cancel any with a reason, record attendance and no-shows. */
        HANDLE_BOOKINGS,
        VIEW_USAGE
    }

    private final Directory directory;

    MakerspacePermissions(Directory directory) {
        this.directory = directory;
    }

    /** @param hostOrganisationId the organisation that hosts (or is to host) the venue */
    public boolean can(UptakeUser user, Action action, UUID hostOrganisationId) {
        if (user == null) {
            return false;
        }
        if (action == Action.VIEW_USAGE && user.hasRole(Role.PROGRAMME_MANAGER)) {
            return true;
        }
        return isStaff(user, hostOrganisationId);
    }

    public boolean isStaff(UptakeUser user, UUID hostOrganisationId) {
        if (user == null || hostOrganisationId == null) {
            return false;
        }
        if (user.isAdmin()) {
            return true;
        }
        return directory.affiliations(user.id()).stream()
                .filter(a -> a.organisation().id().equals(hostOrganisationId))
                .anyMatch(a -> a.role() == MembershipRole.OWNER || user.hasRole(Role.VENUE_STAFF));
    }
}
