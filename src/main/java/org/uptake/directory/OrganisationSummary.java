package org.uptake.directory;

import java.util.UUID;

/** What other modules may know of an organisation: enough to match, benchmark and show it. */
public record OrganisationSummary(UUID id, String name, OrganisationType type, String nutsCode, String naceCode,
        String naceSection, SizeClass sizeClass, String countryCode) {
}
