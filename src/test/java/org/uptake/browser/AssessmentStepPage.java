package org.uptake.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One page of a questionnaire: the questions of one dimension. */
final class AssessmentStepPage extends Page {

    AssessmentStepPage(Browser browser) {
        super(browser);
        browser.visible(By.id("step-position"));
    }

    String position() {
        return browser.visible(By.id("step-position")).getText();
    }

    /** Answers every row that takes one value with the given choice (0-based), clicking its label as a person does. */
    AssessmentStepPage answerEveryRow(int choice) {
        for (WebElement row : browser.all(By.cssSelector("fieldset.matrix-row"))) {
            List<WebElement> labels = row.findElements(By.cssSelector(".form-check-label"));
            labels.get(Math.min(choice, labels.size() - 1)).click();
        }
        return this;
    }

    /** Ticks the first {@code count} boxes of every tick-any question and investment matrix. */
    AssessmentStepPage tickFirst(int count) {
        for (WebElement question : browser.all(By.cssSelector("fieldset.question"))) {
            List<WebElement> boxes = question.findElements(By.cssSelector("input[type=checkbox]"));
            for (WebElement box : boxes.subList(0, Math.min(count, boxes.size()))) {
                question.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']")).click();
            }
        }
        return this;
    }

    AssessmentStepPage toggle(String inputId) {
        browser.visible(By.cssSelector("label[for='" + inputId + "']")).click();
        return this;
    }

    /** The message under a question the application refused, e.g. {@code Q7}. */
    String errorOf(String questionId) {
        return browser.visible(By.id("q-" + questionId + "-error")).getText();
    }

    boolean isTicked(String inputId) {
        return browser.visible(By.id(inputId)).isSelected();
    }

    /** "Save and continue": the next page, or the review after the last. */
    Page saveAndContinue() {
        browser.navigate(() -> browser.visible(By.cssSelector("button[name=action][value=next]")).click());
        return browser.isPresent(By.id("step-position")) ? new AssessmentStepPage(browser) : new AssessmentReviewPage(browser);
    }

    AssessmentStepPage back() {
        browser.navigate(() -> browser.visible(By.cssSelector("button[name=action][value=back]")).click());
        return new AssessmentStepPage(browser);
    }
}
