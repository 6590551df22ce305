package org.uptake.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The results of a submitted assessment, with the ECharts radar and the link to the PDF report. */
final class AssessmentResultsPage extends Page {

    AssessmentResultsPage(Browser browser) {
        super(browser);
        browser.visible(By.id("overall-title"));
    }

    String overallScore() {
        return browser.visible(By.cssSelector(".overall-score")).getText();
    }

    String level() {
        return browser.visible(By.cssSelector(".summary .level")).getText();
    }

    /** The firm's values the radar chart draws, once ECharts has drawn it on its canvas. */
    @SuppressWarnings("unchecked")
    List<Number> radarValues() {
        browser.visible(By.cssSelector("#radar-chart canvas"));
        return browser.until(driver -> (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "const chart = echarts.getInstanceByDom(document.getElementById('radar-chart'));"
                        + "return chart ? chart.getOption().series[0].data[0].value : null;"));
    }

    /** The indicator names around the radar. */
    @SuppressWarnings("unchecked")
    List<String> radarDimensions() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('radar-chart')).getOption()"
                        + ".radar[0].indicator.map(i => i.name);");
    }

    List<String> dimensionScores() {
        return browser.all(By.cssSelector(".dimension-score")).stream().map(e -> e.getText()).toList();
    }

    String reportHref() {
        return browser.visible(By.cssSelector("a[href$='/report.pdf']")).getDomAttribute("href");
    }
}
