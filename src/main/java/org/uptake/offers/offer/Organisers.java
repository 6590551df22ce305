package org.uptake.offers.offer;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/**
 * Who organises a provider's offers: its members who train, manage programmes or administer; administrators may
 * act for any provider.
 */
@Component
public class Organisers {

    private static final Set<Role> ORGANISING = EnumSet.of(Role.TRAINER, Role.PROGRAMME_MANAGER, Role.ADMIN);

    private final Directory directory;

    Organisers(Directory directory) {
        this.directory = directory;
    }

    public boolean canOrganise(UptakeUser user, UUID providerOrganisationId) {
        if (user == null) {
            return false;
        }
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return user.roles().stream().anyMatch(ORGANISING::contains) && directory.isMember(user.id(), providerOrganisationId);
    }
}
