package org.uptake.browser;

import org.openqa.selenium.By;

/** The start page at {@code /}. */
final class StartPage extends Page {

    StartPage(Browser browser) {
        super(browser);
        browser.visible(By.id("hero-title"));
    }

    static StartPage open(Browser browser) {
        browser.open("/");
        return new StartPage(browser);
    }

    String signedOutMessage() {
        return browser.visible(By.cssSelector("#content > .alert[role=status]")).getText();
    }
}
