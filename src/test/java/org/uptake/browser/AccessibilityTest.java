package org.uptake.browser;

import static org.uptake.browser.Accessibility.assertNoSeriousViolations;
import static org.uptake.platform.Language.EN;

import org.junit.jupiter.api.Test;

/** axe-core on the pages a newcomer meets first; serious and critical findings fail the build. */
class AccessibilityTest extends BrowserTest {

    @Test
    void startPage() {
        StartPage.open(browser);
        assertNoSeriousViolations(browser.driver());
    }

    @Test
    void loginPage() {
        LoginPage.open(browser);
        assertNoSeriousViolations(browser.driver());
    }

    @Test
    void organisationForm() {
        signIn(existingAccount(EN));
        OrganisationFormPage.open(browser);
        assertNoSeriousViolations(browser.driver());
    }

    @Test
    void organisationFormShowingErrors() {
        signIn(existingAccount(EN));
        OrganisationFormPage.open(browser).employees("-1").website("not a web address").saveRefused();
        assertNoSeriousViolations(browser.driver());
    }
}
