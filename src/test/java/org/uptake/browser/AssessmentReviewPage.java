package org.uptake.browser;

import org.openqa.selenium.By;

/** The review page: which pages are complete, what is missing, and the submit button. */
final class AssessmentReviewPage extends Page {

    AssessmentReviewPage(Browser browser) {
        super(browser);
        browser.visible(By.cssSelector("ol.list-group"));
    }

    boolean canSubmit() {
        return browser.isPresent(By.cssSelector("form[action$='/submit']"));
    }

    AssessmentResultsPage submitAssessment() {
        browser.navigate(() -> browser.visible(By.cssSelector("form[action$='/submit'] [type=submit]")).click());
        return new AssessmentResultsPage(browser);
    }
}
