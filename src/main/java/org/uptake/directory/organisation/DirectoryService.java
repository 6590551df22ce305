package org.uptake.directory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.Directory;
import org.uptake.directory.OrganisationSummary;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.membership.Membership;
import org.uptake.directory.membership.MembershipRepository;
import org.uptake.directory.region.RegionRepository;
import org.uptake.directory.sector.SectorRepository;
import org.uptake.identity.PersonalDataContributor;

@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory, PersonalDataContributor {

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final RegionRepository regions;
    private final SectorRepository sectors;

    DirectoryService(OrganisationRepository organisations, MembershipRepository memberships, RegionRepository regions,
            SectorRepository sectors) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.regions = regions;
        this.sectors = sectors;
    }

    @Override
    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.findById(id).map(Organisation::toSummary);
    }

    @Override
    public List<Affiliation> affiliations(UUID accountId) {
        List<Membership> mine = memberships.findByAccountId(accountId);
        Map<UUID, Organisation> byId = organisations.findAllById(mine.stream().map(Membership::getOrganisationId).toList())
                .stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return mine.stream().filter(m -> byId.containsKey(m.getOrganisationId()))
                .map(m -> new Affiliation(byId.get(m.getOrganisationId()).toSummary(), m.getRole()))
                .sorted((a, b) -> a.organisation().name().compareToIgnoreCase(b.organisation().name()))
                .toList();
    }

    @Override
    public boolean isMember(UUID accountId, UUID organisationId) {
        return memberships.existsByOrganisationIdAndAccountId(organisationId, accountId);
    }

    @Override
    public List<OrganisationSummary> organisationsOfTypes(Set<OrganisationType> types) {
        return organisations.findByTypeInOrderByName(types).stream().map(Organisation::toSummary).toList();
    }

    @Override
    public boolean regionExists(String nutsCode) {
        return nutsCode != null && regions.existsById(nutsCode.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean sectorExists(String naceCode) {
        return naceCode != null && sectors.existsById(naceCode.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<String> regionName(String nutsCode) {
        return nutsCode == null ? Optional.empty()
                : regions.findById(nutsCode.strip().toUpperCase(Locale.ROOT)).map(r -> r.getName());
    }

    @Override
    public Optional<String> sectorName(String naceCode, Locale locale) {
        return naceCode == null ? Optional.empty()
                : sectors.findById(naceCode.strip().toUpperCase(Locale.ROOT)).map(s -> s.name(locale));
    }

    @Override
    public List<UUID> memberAccountIds(UUID organisationId) {
        return memberships.findByOrganisationIdOrderByCreatedAt(organisationId).stream().map(Membership::getAccountId)
                .toList();
    }

    @Override
    public String section() {
        return "organisations";
    }

    @Override
    public Object export(UUID accountId) {
        return affiliations(accountId).stream().map(affiliation -> Map.of(
                "organisation", affiliation.organisation().name(),
                "organisationId", affiliation.organisation().id(),
                "role", affiliation.role().name())).toList();
    }
}
