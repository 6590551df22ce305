package org.uptake.directory.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.directory.organisation.OrganisationPermissions.Action;
import org.uptake.directory.region.Region;
import org.uptake.directory.region.RegionPath;
import org.uptake.directory.region.RegionRepository;
import org.uptake.directory.sector.Sector;
import org.uptake.directory.sector.SectorRepository;
import org.uptake.identity.UptakeUser;

/** Turns organisations into views with region and sector names, showing private fields only to those allowed. */
@Component
class OrganisationViews {

    private final RegionRepository regions;
    private final RegionPath regionPath;
    private final SectorRepository sectors;
    private final OrganisationPermissions permissions;

    OrganisationViews(RegionRepository regions, RegionPath regionPath, SectorRepository sectors,
            OrganisationPermissions permissions) {
        this.regions = regions;
        this.regionPath = regionPath;
        this.sectors = sectors;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    OrganisationView detail(Organisation organisation, UptakeUser viewer, Locale locale) {
        String sector = sectors.findById(organisation.getNaceCode()).map(s -> s.name(locale)).orElse("");
        boolean canEdit = permissions.can(viewer, Action.EDIT, organisation.getId());
        return OrganisationView.of(organisation, regionPath.describe(organisation.getNutsCode(), locale), sector,
                permissions.can(viewer, Action.VIEW_PRIVATE, organisation.getId()), canEdit, locale);
    }

    /** Views for a list page; private fields are left out of lists altogether. */
    @Transactional(readOnly = true)
    List<OrganisationView> list(List<Organisation> page, Locale locale) {
        Set<String> regionCodes = page.stream().map(Organisation::getNutsCode).collect(Collectors.toSet());
        Set<String> sectorCodes = page.stream().map(Organisation::getNaceCode).collect(Collectors.toSet());
        Map<String, Region> regionsByCode = regions.findAllById(regionCodes).stream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
        Map<String, Sector> sectorsByCode = sectors.findAllById(sectorCodes).stream()
                .collect(Collectors.toMap(Sector::getCode, Function.identity()));
        return page.stream().map(o -> OrganisationView.of(o,
                regionsByCode.containsKey(o.getNutsCode()) ? regionsByCode.get(o.getNutsCode()).getName() : o.getNutsCode(),
                sectorsByCode.containsKey(o.getNaceCode()) ? sectorsByCode.get(o.getNaceCode()).name(locale) : o.getNaceCode(),
                false, false, locale)).toList();
    }
}
