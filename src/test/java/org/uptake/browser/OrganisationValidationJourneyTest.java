package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.DE;
import static org.uptake.platform.Language.EN;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.uptake.platform.Language;

/** Journey 5: the organisation form refuses wrong input with messages at the fields and creates nothing. */
class OrganisationValidationJourneyTest extends BrowserTest {

    private final String name = "Refused " + UUID.randomUUID();

    @Test
    void unknownRegionIsRefused() {
        OrganisationFormPage form = refusedForm(EN, "XX999", "3", "");

        assertThat(form.errorOf("nutsCode")).isEqualTo(text(EN, "organisation.region.unknown"));
        assertThat(form.region()).as("what was typed stays for correction").isEqualTo("XX999");
        assertNothingCreated();
    }

    @Test
    void negativeEmployeesAndMalformedWebsiteAreRefusedInGerman() {
        OrganisationFormPage form = refusedForm(DE, "DEE04", "-3", "not a web address");

        assertThat(form.language()).isEqualTo("de");
        assertThat(form.errorOf("employees")).isEqualTo(text(DE, "validation.notNegative"));
        assertThat(form.errorOf("website")).isEqualTo(text(DE, "validation.url"));
        assertThat(form.hasErrorOn("name")).isFalse();
        assertNothingCreated();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        OrganisationFormPage form = refusedForm(EN, "XX999", "-3", "not a web address");

        assertThat(form.errorOf("nutsCode")).isEqualTo(text(EN, "organisation.region.unknown"));
        assertThat(form.errorOf("employees")).isEqualTo(text(EN, "validation.notNegative"));
        assertThat(form.errorOf("website")).isEqualTo(text(EN, "validation.url"));
    }

    private OrganisationFormPage refusedForm(Language language, String region, String employees, String website) {
        signIn(existingAccount(language));
        return OrganisationFormPage.open(browser).name(name).region(region).sector("43.22").employees(employees)
                .website(website).saveRefused();
    }

    private void assertNothingCreated() {
        assertThat(OrganisationListPage.search(browser, name).names()).isEmpty();
    }
}
