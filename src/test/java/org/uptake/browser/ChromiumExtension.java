package org.uptake.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium per test class, from the system properties {@code uptake.chromium} and
 * {@code uptake.chromedriver}. Where they are not installed the tests are skipped, so a build without a browser
 * still passes; CI installs them. A condition rather than an assumption in {@code @BeforeAll}, because Surefire
 * reports a class aborted there as "Tests run: 0" and drops the reason.
 */
final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ChromiumExtension.class);
    private static final Path CHROMIUM = Path.of(System.getProperty("uptake.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("uptake.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).findFirst()
                .map(missing -> ConditionEvaluationResult.disabled("Browser tests skipped: " + missing + " is missing."
                        + " Install chromium and chromium-driver or set -Duptake.chromium and -Duptake.chromedriver."))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver are installed"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getStore(NAMESPACE).put(ChromiumSession.class, ChromiumSession.start(CHROMIUM, CHROMEDRIVER));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ChromiumSession session = context.getStore(NAMESPACE).remove(ChromiumSession.class, ChromiumSession.class);
        if (session != null) {
            session.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(ChromiumSession.class, ChromiumSession.class).driver();
    }
}
