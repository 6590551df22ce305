package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.DE;
import static org.uptake.platform.Language.EN;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Journey 1: a person registers, lands on the sign-in page and signs in; an address cannot be taken twice. */
class RegistrationJourneyTest extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void newPersonRegistersAndSignsIn() {
        TestAccount person = TestAccount.unique();

        LoginPage login = RegistrationPage.open(browser).fillIn(person).register();

        assertThat(login.successMessage()).isEqualTo(text(EN, "login.registered"));
        assertThat(login.email()).isEqualTo(person.email());
        assertThat(login.signIn(person).navbar().signedInAs()).isEqualTo(person.displayName());
    }

    @Test
    void addressRegisteredAlreadyIsRefusedInThePagesLanguage() {
        TestAccount owner = existingAccount(EN);
        TestAccount intruder = TestAccount.unique().withEmail(owner.email().toUpperCase(Locale.ROOT));
        RegistrationPage page = RegistrationPage.open(browser);
        page.navbar().chooseLanguage(DE);

        page.fillIn(intruder).registerRefused();

        assertThat(page.errorOf("email")).isEqualTo(text(DE, "account.emailTaken"));
        assertThat(accountsWithEmail(owner.email())).isEqualTo(1);
        assertThat(signIn(owner).navbar().signedInAs()).isEqualTo(owner.displayName());
    }

    private int accountsWithEmail(String email) {
        return jdbc.queryForObject("select count(*) from account where lower(email) = lower(?)", Integer.class, email);
    }
}
