package org.uptake.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** "Digital check" at {@code /assessments}: the person's assessments and the form that starts one. */
final class AssessmentListPage extends Page {

    AssessmentListPage(Browser browser) {
        super(browser);
        browser.visible(By.id("start-title"));
    }

    static AssessmentListPage open(Browser browser) {
        browser.open("/assessments");
        return new AssessmentListPage(browser);
    }

    AssessmentStepPage start(String questionnaireKey) {
        new Select(browser.visible(By.id("start-questionnaire"))).selectByValue(questionnaireKey);
        browser.navigate(() -> browser.visible(By.cssSelector("form[action='/assessments'] [type=submit]")).click());
        return new AssessmentStepPage(browser);
    }
}
