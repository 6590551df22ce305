package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.EN;

import org.junit.jupiter.api.Test;

/** Journey 2: signing in with a wrong and then the right password, and signing out. */
class SignInJourneyTest extends BrowserTest {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneSignsIn() {
        TestAccount person = existingAccount(EN);

        LoginPage login = LoginPage.open(browser).signInWithWrongPassword(person);

        assertThat(login.error()).isEqualTo(text(EN, "login.failed"));
        assertThat(login.navbar().offersSignIn()).isTrue();
        assertThat(login.signIn(person).navbar().signedInAs()).isEqualTo(person.displayName());
    }

    @Test
    void signingOutEndsTheSession() {
        StartPage start = signIn(existingAccount(EN)).navbar().signOut();

        assertThat(start.signedOutMessage()).isEqualTo(text(EN, "home.signedOut"));
        assertThat(start.navbar().offersSignIn()).isTrue();
        browser.open("/organisations/new");
        assertThat(new LoginPage(browser).heading()).isEqualTo(text(EN, "login.title"));
    }
}
