package org.uptake.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What every page of the layout offers. Page objects hold no elements, so they stay valid across reloads. */
abstract class Page {

    protected final Browser browser;

    Page(Browser browser) {
        this.browser = browser;
    }

    String heading() {
        return browser.visible(By.tagName("h1")).getText();
    }

    /** The {@code lang} attribute of the document, which screen readers use to choose a voice. */
    String language() {
        return browser.present(By.tagName("html")).getDomAttribute("lang");
    }

    Navbar navbar() {
        return new Navbar(browser);
    }

    String successMessage() {
        return browser.visible(By.cssSelector("main .alert-success")).getText();
    }

    /** The message under a form field, which the field names in its {@code aria-describedby}. */
    String errorOf(String field) {
        WebElement input = browser.visible(By.id(field));
        String describedBy = input.getDomAttribute("aria-describedby");
        if (describedBy == null || !describedBy.contains(field + "-error")) {
            throw new AssertionError("#" + field + " is not described by its error message: " + describedBy);
        }
        return browser.visible(By.id(field + "-error")).getText();
    }

    boolean hasErrorOn(String field) {
        return browser.isPresent(By.id(field + "-error"));
    }

    protected void type(String field, String text) {
        WebElement input = browser.visible(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    protected String valueOf(String field) {
        return browser.visible(By.id(field)).getDomProperty("value");
    }

    protected void submit() {
        browser.navigate(() -> browser.visible(By.cssSelector("main form [type=submit]")).click());
    }

    /** Submits a form the application will refuse: the same page comes back with an error summary on top. */
    protected void submitRefused() {
        submit();
        browser.visible(By.id("form-errors"));
    }
}
