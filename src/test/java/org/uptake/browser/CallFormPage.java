package org.uptake.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The call editor of programme managers. */
final class CallFormPage {

    private final Browser browser;

    private CallFormPage(Browser browser) {
        this.browser = browser;
    }

    static CallFormPage open(Browser browser) {
        browser.open("/calls/new");
        browser.visible(By.id("title-de"));
        return new CallFormPage(browser);
    }

    CallFormPage type(String id, String text) {
        WebElement field = browser.visible(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** A datetime-local field, set as its value (keyboard entry depends on the browser's locale). */
    CallFormPage dateTime(String id, String isoLocal) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1]", browser.visible(By.id(id)), isoLocal);
        return this;
    }

    CallFormPage check(String id) {
        WebElement box = browser.visible(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    CallFormPage saveRefused() {
        browser.navigate(() -> browser.visible(By.id("save-call")).click());
        browser.visible(By.id("issues"));
        return this;
    }

    CallPage save() {
        browser.navigate(() -> browser.visible(By.id("save-call")).click());
        return new CallPage(browser);
    }

    String issues() {
        return browser.visible(By.id("issues")).getText();
    }
}
