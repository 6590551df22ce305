package org.uptake.browser;

import org.openqa.selenium.By;

/** The registration form at {@code /register}. */
final class RegistrationPage extends Page {

    RegistrationPage(Browser browser) {
        super(browser);
        browser.visible(By.cssSelector("form[action$='/register'] #displayName"));
    }

    static RegistrationPage open(Browser browser) {
        browser.open("/register");
        return new RegistrationPage(browser);
    }

    RegistrationPage fillIn(TestAccount account) {
        type("displayName", account.displayName());
        type("email", account.email());
        type("password", account.password());
        return this;
    }

    /** The tag of the language the new account will get, as preselected or chosen in the form. */
    String accountLanguage() {
        return valueOf("locale");
    }

    LoginPage register() {
        submit();
        return new LoginPage(browser);
    }

    RegistrationPage registerRefused() {
        submitRefused();
        return this;
    }
}
