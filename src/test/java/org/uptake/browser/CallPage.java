package org.uptake.browser;

import org.openqa.selenium.By;

/** The page of one funding call. */
final class CallPage {

    private final Browser browser;

    CallPage(Browser browser) {
        this.browser = browser;
        browser.visible(By.tagName("h1"));
    }

    String heading() {
        return browser.visible(By.tagName("h1")).getText();
    }

    String notice() {
        return browser.visible(By.id("notice")).getText();
    }

    String remaining() {
        return browser.visible(By.id("remaining")).getText();
    }

    String status() {
        return browser.visible(By.cssSelector("h1 + .badge")).getText();
    }

    CallPage publish() {
        browser.navigate(() -> browser.visible(By.cssSelector("form[action$='/publish'] button")).click());
        return new CallPage(browser);
    }
}
