package org.uptake.browser;

import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The form at {@code /organisations/new}, with region and sector pickers that suggest as one types (htmx). */
final class OrganisationFormPage extends Page {

    OrganisationFormPage(Browser browser) {
        super(browser);
        browser.visible(By.id("nutsCode"));
    }

    static OrganisationFormPage open(Browser browser) {
        browser.open("/organisations/new");
        return new OrganisationFormPage(browser);
    }

    OrganisationFormPage name(String name) {
        type("name", name);
        return this;
    }

    /** Types into the region field and returns the codes it then suggests. */
    List<String> suggestRegions(String typed) {
        return suggestions("nutsCode", "region-options", typed);
    }

    List<String> suggestSectors(String typed) {
        return suggestions("naceCode", "sector-options", typed);
    }

    /** Types a code and leaves the field, as one does after choosing a suggestion. */
    OrganisationFormPage region(String code) {
        enterAndLeave("nutsCode", code);
        return this;
    }

    OrganisationFormPage sector(String code) {
        enterAndLeave("naceCode", code);
        return this;
    }

    /** The full name the page shows under the region field once a known code is chosen. */
    String regionDescription() {
        return description("nutsCode-description");
    }

    String sectorDescription() {
        return description("naceCode-description");
    }

    OrganisationFormPage employees(String employees) {
        type("employees", employees);
        return this;
    }

    OrganisationFormPage website(String website) {
        type("website", website);
        return this;
    }

    OrganisationPage save() {
        submit();
        return new OrganisationPage(browser);
    }

    OrganisationFormPage saveRefused() {
        submitRefused();
        return this;
    }

    String region() {
        return valueOf("nutsCode");
    }

    /**
     * Waits until the datalist holds the answer to what was typed, recognised by a suggestion whose label
     * contains it, because the request leaves only after a pause in typing.
     */
    private List<String> suggestions(String field, String datalist, String typed) {
        type(field, typed);
        By options = By.cssSelector("#" + datalist + " option");
        String wanted = typed.toLowerCase(Locale.ROOT);
        return browser.until(driver -> {
            List<WebElement> found = driver.findElements(options);
            boolean answered = found.stream()
                    .anyMatch(option -> option.getDomProperty("label").toLowerCase(Locale.ROOT).contains(wanted));
            return answered ? found.stream().map(option -> option.getDomProperty("value")).toList() : null;
        });
    }

    private void enterAndLeave(String field, String text) {
        type(field, text);
        browser.visible(By.id(field)).sendKeys(Keys.TAB);
    }

    private String description(String id) {
        return browser.until(driver -> {
            String text = driver.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }
}
