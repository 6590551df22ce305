package org.uptake.browser;

import org.openqa.selenium.By;

/** The page of one organisation, where one lands after creating it. */
final class OrganisationPage extends Page {

    OrganisationPage(Browser browser) {
        super(browser);
        browser.visible(By.id("members-title"));
    }

    /** The value the description list shows for a term, such as "Size class". */
    String detail(String term) {
        return browser.visible(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]")).getText();
    }
}
