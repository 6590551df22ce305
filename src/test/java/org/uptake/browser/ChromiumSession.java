package org.uptake.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A headless Chromium with a throw-away profile, driven by the chromedriver installed next to it. */
final class ChromiumSession implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    private ChromiumSession(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static ChromiumSession start(Path chromium, Path chromedriver) throws IOException {
        // Naming the driver here keeps Selenium Manager from looking for (and downloading) one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        Path profile = Files.createTempDirectory("uptake-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile);
        // Bootstrap scrolls smoothly unless motion is reduced, and a click during the scroll lands beside its target.
        options.addArguments("--force-prefers-reduced-motion");
        // The tests expect English until they switch, whatever the machine's locale says.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new ChromiumSession(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() throws IOException {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
