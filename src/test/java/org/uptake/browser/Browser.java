package org.uptake.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser as page objects see it: one tab on the application under test. Look-ups of single elements wait,
 * because htmx answers asynchronously and a busy build machine may be slow to render; {@link #all} and
 * {@link #isPresent} look at the page as it is, once a page object has waited for its page.
 */
final class Browser {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
    }

    /** Starts over as a visitor who has never been here: no session, no language cookie, no remember-me. */
    void forgetCookies() {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            open("/images/favicon.svg");
        }
        driver.manage().deleteAllCookies();
    }

    /** Runs an action that loads a new document, such as following a link or posting a form, and waits for it. */
    void navigate(Runnable action) {
        WebElement oldDocument = driver.findElement(By.tagName("html"));
        action.run();
        wait.until(d -> isGone(oldDocument));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Stale, as Selenium says; Chromium sometimes answers for an element of a replaced document in its own words. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement present(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Waits until the condition answers something other than null or false, and returns that answer. */
    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }
}
