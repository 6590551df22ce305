package org.uptake.browser;

import org.openqa.selenium.By;

/** The sign-in form at {@code /login}. */
final class LoginPage extends Page {

    LoginPage(Browser browser) {
        super(browser);
        browser.visible(By.cssSelector("form[action$='/login'] #password"));
    }

    static LoginPage open(Browser browser) {
        browser.open("/login");
        return new LoginPage(browser);
    }

    StartPage signIn(TestAccount account) {
        enter(account.email(), account.password());
        return new StartPage(browser);
    }

    LoginPage signInWithWrongPassword(TestAccount account) {
        enter(account.email(), account.password() + "-wrong");
        return new LoginPage(browser);
    }

    String error() {
        return browser.visible(By.id("login-error")).getText();
    }

    String email() {
        return valueOf("username");
    }

    private void enter(String email, String password) {
        type("username", email);
        type("password", password);
        submit();
    }
}
