package org.uptake.offers.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uptake.directory.Directory;

/** Who an offer is for: the NACE sections by their names in the reader's language, from the directory. */
@Component
class Audience {

    /** The 21 sections of NACE Rev. 2. */
    static final List<String> SECTIONS = "ABCDEFGHIJKLMNOPQRSTU".chars().mapToObj(c -> String.valueOf((char) c))
            .toList();

    private final Directory directory;

    Audience(Directory directory) {
        this.directory = directory;
    }

    public record Section(String code, String name) {
    }

    List<Section> sections(Locale locale) {
        return names(SECTIONS, locale);
    }

    /** The given sections with their names; an unknown code shows as itself. */
    List<Section> names(List<String> codes, Locale locale) {
        return codes.stream().map(code -> new Section(code, Optional.ofNullable(code)
                .flatMap(c -> directory.sectorName(c, locale)).orElse(code))).toList();
    }
}
