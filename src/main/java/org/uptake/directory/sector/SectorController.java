package org.uptake.directory.sector;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sector picker: suggestions while typing (htmx) and the name of the chosen code. */
@Controller
class SectorController {

    private final SectorRepository sectors;

    SectorController(SectorRepository sectors) {
        this.sectors = sectors;
    }

    @GetMapping("/sectors/options")
    String options(@RequestParam(name = "naceCode", defaultValue = "") String q, Model model) {
        String query = q.strip();
        model.addAttribute("sectors", query.length() > 60 ? List.of() : sectors.search(-1, query, PageRequest.of(0, 20)));
        return "directory/pickers :: sectorOptions";
    }

    @GetMapping("/sectors/describe")
    String describe(@RequestParam(name = "naceCode", defaultValue = "") String code, Locale locale, Model model) {
        model.addAttribute("description", sectors.findById(code.strip().toUpperCase(Locale.ROOT))
                .map(sector -> sector.getCode() + " " + sector.name(locale)).orElse(null));
        return "directory/pickers :: description";
    }
}
