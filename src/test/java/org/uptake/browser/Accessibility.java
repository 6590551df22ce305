package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** Runs axe-core on the page in the browser and fails on what would stop or seriously hinder someone. */
final class Accessibility {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as(() -> "axe-core failed: " + results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> "Accessibility violations on " + results.getUrl() + ":\n" + describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n    " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
