package org.uptake.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The searchable list at {@code /organisations}. */
final class OrganisationListPage extends Page {

    OrganisationListPage(Browser browser) {
        super(browser);
        browser.visible(By.cssSelector("form[role=search] #q"));
    }

    static OrganisationListPage search(Browser browser, String query) {
        browser.open("/organisations?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return new OrganisationListPage(browser);
    }

    List<String> names() {
        return browser.all(By.cssSelector("main tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    }
}
