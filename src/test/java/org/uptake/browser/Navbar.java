package org.uptake.browser;

import org.openqa.selenium.By;
import org.uptake.platform.Language;

/** The navigation bar of every page: the language menu and the account menu. */
final class Navbar {

    private final Browser browser;

    Navbar(Browser browser) {
        this.browser = browser;
    }

    /** Opens the language menu and chooses the language by its own name, as a person would; reloads the page. */
    void chooseLanguage(Language language) {
        browser.visible(By.id("languageMenu")).click();
        By item = By.xpath("//ul[@aria-labelledby='languageMenu']//a[normalize-space()='" + language.nativeName() + "']");
        browser.navigate(() -> browser.visible(item).click());
    }

    String signedInAs() {
        return browser.visible(By.id("accountMenu")).getText();
    }

    boolean offersSignIn() {
        return browser.isPresent(By.cssSelector("header a[href$='/login']"));
    }

    StartPage signOut() {
        browser.visible(By.id("accountMenu")).click();
        browser.navigate(() -> browser.visible(By.cssSelector("form[action$='/logout'] button")).click());
        return new StartPage(browser);
    }
}
