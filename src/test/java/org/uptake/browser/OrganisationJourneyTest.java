package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.EN;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Journey 4: a signed-in person creates an organisation, finding region and sector with the pickers. */
class OrganisationJourneyTest extends BrowserTest {

    @Test
    void createsAnOrganisationWithTheRegionAndSectorPickers() {
        signIn(existingAccount(EN));
        String name = "Klempnerei Salzwedel " + UUID.randomUUID();
        OrganisationFormPage form = OrganisationFormPage.open(browser).name(name);

        assertThat(form.suggestRegions("Altmark")).contains("DEE04");
        assertThat(form.region("DEE04").regionDescription())
                .isEqualTo("Altmarkkreis Salzwedel · Sachsen-Anhalt · Germany");
        assertThat(form.suggestSectors("plumb")).contains("43.22");
        assertThat(form.sector("43.22").sectorDescription())
                .isEqualTo("43.22 Plumbing, heat and air-conditioning installation");

        OrganisationPage organisation = form.employees("12").save();

        assertThat(organisation.successMessage()).isEqualTo(text(EN, "organisation.created"));
        assertThat(organisation.heading()).isEqualTo(name);
        assertThat(organisation.detail(text(EN, "organisation.sizeClass"))).isEqualTo(text(EN, "size.SMALL"));
        assertThat(organisation.detail(text(EN, "organisation.region"))).startsWith("Altmarkkreis Salzwedel");
        assertThat(organisation.detail(text(EN, "organisation.sector")))
                .isEqualTo("Plumbing, heat and air-conditioning installation (43.22)");
    }
}
