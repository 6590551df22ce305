package org.uptake.directory.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uptake.directory.region.Region;
import org.uptake.directory.region.RegionRepository;
import org.uptake.directory.sector.Sector;
import org.uptake.directory.sector.SectorRepository;

/** Checks an organisation against the reference data: a NUTS 3 region and an existing NACE code. */
@Component
class OrganisationRules {

    private final RegionRepository regions;
    private final SectorRepository sectors;

    OrganisationRules(RegionRepository regions, SectorRepository sectors) {
        this.regions = regions;
        this.sectors = sectors;
    }

    /** A broken rule: the field and the message key that explains it. */
    record Violation(String field, String messageKey) {
    }

    List<Violation> check(OrganisationRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request.nutsCode() != null && !request.nutsCode().isBlank()) {
            Optional<Region> region = regions.findById(request.nutsCode().strip().toUpperCase(Locale.ROOT));
            if (region.isEmpty()) {
                violations.add(new Violation("nutsCode", "organisation.region.unknown"));
            } else if (region.get().getLevel() != 3) {
                violations.add(new Violation("nutsCode", "organisation.region.notLevel3"));
            }
        }
        if (request.naceCode() != null && !request.naceCode().isBlank() && section(request).isEmpty()) {
            violations.add(new Violation("naceCode", "organisation.sector.unknown"));
        }
        return violations;
    }

    Optional<String> section(OrganisationRequest request) {
        return sectors.findById(request.naceCode().strip().toUpperCase(Locale.ROOT)).map(Sector::getSection);
    }
}
