package org.uptake.directory.region;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The region picker: suggestions while typing (htmx) and the full name of the chosen code. */
@Controller
class RegionController {

    private final RegionRepository regions;
    private final RegionPath paths;

    RegionController(RegionRepository regions, RegionPath paths) {
        this.regions = regions;
        this.paths = paths;
    }

    @GetMapping("/regions/options")
    String options(@RequestParam(defaultValue = "") String nutsCode, @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "-1") int level, Model model) {
        String query = (nutsCode.isBlank() ? region : nutsCode).strip();
        model.addAttribute("regions", query.length() > 60 ? java.util.List.of()
                : regions.search("", level, query, PageRequest.of(0, 20)));
        return "directory/pickers :: regionOptions";
    }

    @GetMapping("/regions/describe")
    String describe(@RequestParam(name = "nutsCode", defaultValue = "") String code, Locale locale, Model model) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("description", regions.existsById(normalized) ? paths.describe(normalized, locale) : null);
        return "directory/pickers :: description";
    }
}
