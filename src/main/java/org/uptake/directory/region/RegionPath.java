package org.uptake.directory.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Describes a region with its parents, such as "Altmarkkreis Salzwedel · Sachsen-Anhalt · Germany". */
@Component
public class RegionPath {

    private final RegionRepository regions;

    RegionPath(RegionRepository regions) {
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public String describe(String code, Locale locale) {
        return regions.findById(code).map(region -> describe(region, locale)).orElse(code);
    }

    private String describe(Region region, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(region.getName());
        String parent = region.getParentCode();
        while (parent != null && parent.length() > 2) {
            Region up = regions.findById(parent).orElse(null);
            if (up == null) {
                break;
            }
            if (!parts.getLast().equals(up.getName())) {
                parts.add(up.getName());
            }
            parent = up.getParentCode();
        }
        if (region.getLevel() > 0) {
            parts.add(region.countryName(locale));
        }
        return String.join(" · ", parts);
    }
}
