package org.uptake.directory.organisation;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.uptake.directory.OrganisationType;

/**
 * An organisation as typed into the form or sent to the API. Bean validation checks the shape; that region and
 * sector exist is checked by {@link OrganisationRules}.
 */
public record OrganisationRequest(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") OrganisationType type,
        @NotBlank(message = "{validation.required}") @Size(max = 5, message = "{organisation.region.unknown}") String nutsCode,
        @NotBlank(message = "{validation.required}") @Size(max = 5, message = "{organisation.sector.unknown}") String naceCode,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}")
        @Max(value = 1_000_000, message = "{organisation.employees.absurd}") Integer employees,
        @DecimalMin(value = "0", message = "{validation.notNegative}")
        @DecimalMax(value = "1000000000000", message = "{organisation.money.absurd}")
        @Digits(integer = 13, fraction = 2, message = "{organisation.money.format}") BigDecimal turnoverEur,
        @DecimalMin(value = "0", message = "{validation.notNegative}")
        @DecimalMax(value = "1000000000000", message = "{organisation.money.absurd}")
        @Digits(integer = 13, fraction = 2, message = "{organisation.money.format}") BigDecimal balanceSheetEur,
        @Size(max = 300, message = "{validation.tooLong}")
        @Pattern(regexp = "^$|^(?i)(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(:[0-9]+)?(/\\S*)?$", message = "{validation.url}") String website,
        @Size(max = 200, message = "{validation.tooLong}") String street,
        @Size(max = 20, message = "{validation.tooLong}") String postalCode,
        @Size(max = 100, message = "{validation.tooLong}") String city,
        Long version) {

    static OrganisationRequest empty() {
        return new OrganisationRequest("", OrganisationType.SME, "", "", null, null, null, "", "", "", "", null);
    }

    /** Adds https:// where a web address was typed without a scheme. */
    static String normalizeWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String trimmed = website.strip();
        return trimmed.toLowerCase(Locale.ROOT).matches("^https?://.*") ? trimmed : "https://" + trimmed;
    }
}
