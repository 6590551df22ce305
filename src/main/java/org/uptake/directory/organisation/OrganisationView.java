package org.uptake.directory.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;

/**
 * An organisation as shown in pages and returned by the API. The figures (employees, turnover, balance sheet) and
 * the street address are for members only and are {@code null} for others.
 */
public record OrganisationView(UUID id, String name, OrganisationType type, String nutsCode, String regionName,
        String naceCode, String sectorName, SizeClass sizeClass, String website, String street, String postalCode,
        String city, String country, String countryName, Integer employees, BigDecimal turnoverEur,
        BigDecimal balanceSheetEur, boolean canEdit, long version, Instant updatedAt) {

    static OrganisationView of(Organisation o, String regionName, String sectorName, boolean privateFields,
            boolean canEdit, Locale locale) {
        return new OrganisationView(o.getId(), o.getName(), o.getType(), o.getNutsCode(), regionName, o.getNaceCode(),
                sectorName, o.getSizeClass(), o.getWebsite(), privateFields ? o.getStreet() : null, o.getPostalCode(),
                o.getCity(), o.getCountryCode(), org.uptake.directory.region.Region.countryName(o.getCountryCode(), locale),
                privateFields ? o.getEmployees() : null, privateFields ? o.getTurnoverEur() : null,
                privateFields ? o.getBalanceSheetEur() : null, canEdit, o.getVersion(), o.getUpdatedAt());
    }
}
