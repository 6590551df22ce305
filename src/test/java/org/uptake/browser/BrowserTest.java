package org.uptake.browser;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.platform.Language;

/**
 * A user journey in a real browser against the whole application. Each test starts as a new visitor without
 * cookies; expected texts come from the message bundles, so the tests follow wording changes.
 */
@ExtendWith(ChromiumExtension.class)
@ApplicationTest
abstract class BrowserTest {

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    protected Browser browser;

    @BeforeEach
    void startAsNewVisitor(WebDriver driver) {
        browser = new Browser(driver, baseUrl());
        browser.forgetCookies();
    }

    /** Registers an account through the API, quicker than the form, which has a journey of its own. */
    protected TestAccount existingAccount(Language language) {
        TestAccount account = TestAccount.unique();
        RestClient.create(baseUrl()).post().uri("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", account.email(), "password", account.password(),
                        "displayName", account.displayName(), "locale", language.tag()))
                .retrieve().toBodilessEntity();
        return account;
    }

    /** An API client signed in as the account, for preparing data the journey is not about. */
    protected ApiClient api(TestAccount account) {
        ApiClient api = new ApiClient(port);
        api.signIn(account.email(), account.password());
        return api;
    }

    protected String baseUrlForDownloads() {
        return baseUrl();
    }

    protected StartPage signIn(TestAccount account) {
        return LoginPage.open(browser).signIn(account);
    }

    protected String text(Language language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
