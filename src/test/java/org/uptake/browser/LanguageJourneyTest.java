package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.DE;
import static org.uptake.platform.Language.EN;
import static org.uptake.platform.Language.NB;

import org.junit.jupiter.api.Test;

/** Journey 3: switching the language in the menu; a cookie remembers it, and for a signed-in person the account. */
class LanguageJourneyTest extends BrowserTest {

    @Test
    void visitorsChoiceHoldsOnTheNextPages() {
        StartPage start = StartPage.open(browser);
        assertThat(start.language()).isEqualTo("en");

        start.navbar().chooseLanguage(DE);
        assertThat(start.heading()).isEqualTo(text(DE, "home.hero.title"));

        LoginPage login = LoginPage.open(browser);
        assertThat(login.language()).isEqualTo("de");
        assertThat(login.heading()).isEqualTo(text(DE, "login.title"));

        login.navbar().chooseLanguage(NB);
        assertThat(login.heading()).isEqualTo(text(NB, "login.title"));
        StartPage norwegian = StartPage.open(browser);
        assertThat(norwegian.language()).isEqualTo("nb");
        assertThat(norwegian.heading()).isEqualTo(text(NB, "home.hero.title"));
    }

    @Test
    void signedInPersonsChoiceFollowsThemIntoTheNextSession() {
        TestAccount person = existingAccount(EN);
        StartPage start = signIn(person);
        start.navbar().chooseLanguage(DE);
        assertThat(start.heading()).isEqualTo(text(DE, "home.hero.title"));
        start.navbar().chooseLanguage(NB);

        StartPage again = signOutAndInWithNewBrowserSession(person);

        assertThat(again.language()).isEqualTo("nb");
        assertThat(again.heading()).isEqualTo(text(NB, "home.hero.title"));
    }

    @Test
    void pageThatSwitchesIsWhollyInTheNewLanguage() {
        RegistrationPage page = RegistrationPage.open(browser);

        page.navbar().chooseLanguage(DE);

        assertThat(page.heading()).isEqualTo(text(DE, "register.title"));
        assertThat(page.language()).isEqualTo("de");
        assertThat(page.accountLanguage()).isEqualTo("de");
    }

    @Test
    void switchingBackToTheFirstLanguageIsRememberedToo() {
        TestAccount person = existingAccount(EN);
        StartPage start = signIn(person);
        start.navbar().chooseLanguage(DE);
        start.navbar().chooseLanguage(EN);

        assertThat(signOutAndInWithNewBrowserSession(person).language()).isEqualTo("en");
    }

    /** Signs out and in again without cookies, so only the account can know the language. */
    private StartPage signOutAndInWithNewBrowserSession(TestAccount person) {
        new Navbar(browser).signOut();
        browser.forgetCookies();
        LoginPage login = LoginPage.open(browser);
        assertThat(login.language()).as("a new browser session starts in English").isEqualTo("en");
        return login.signIn(person);
    }
}
