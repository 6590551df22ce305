package org.uptake.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The directory as other modules see it. */
public interface Directory {

    Optional<OrganisationSummary> organisation(UUID id);

    /** The organisations an account belongs to, with its role in each. */
    List<Affiliation> affiliations(UUID accountId);

    boolean isMember(UUID accountId, UUID organisationId);

    /** Organisations of the given types, by name: for choices such as the advisors a firm may share with. */
    List<OrganisationSummary> organisationsOfTypes(Set<OrganisationType> types);

    /** True when the NUTS code exists (at any level). */
    boolean regionExists(String nutsCode);

    /** True when the NACE code exists (section letter, division, group or class). */
    boolean sectorExists(String naceCode);

    /** The name of a NUTS region, if the code exists. */
    Optional<String> regionName(String nutsCode);

    /** The name of a NACE code in the reader's language, if the code exists. */
    Optional<String> sectorName(String naceCode, java.util.Locale locale);

    /** The accounts that belong to the organisation (any role), for mail to an organisation's people. */
    List<UUID> memberAccountIds(UUID organisationId);

    record Affiliation(OrganisationSummary organisation, MembershipRole role) {
    }
}
