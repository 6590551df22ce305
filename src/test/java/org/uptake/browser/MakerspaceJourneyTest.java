package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.NB;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.uptake.ApiClient;

/**
 * A maker space journey in Norwegian: someone opens a sewing machine's week, picks a free slot and books it with the
 * keyboard only (Tab and Enter), then finds the booking under "my bookings".
 */
class MakerspaceJourneyTest extends BrowserTest {

    @Test
    void booksASlotInTheGridWithTheKeyboardOnly() {
        String word = "Symaskin" + UUID.randomUUID().toString().substring(0, 6);
        String machine = sewingMachine(word);
        TestAccount person = existingAccount(NB);
        signIn(person);
        LocalDate week = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        browser.open("/makerspaces/equipment/" + machine + "?week=" + week);
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(word);
        assertThat(browser.visible(By.tagName("caption")).getText()).startsWith("Ledige tider for " + word);
        Accessibility.assertNoSeriousViolations(browser.driver());

        WebElement slot = tabTo("a.slot-free");
        assertThat(slot.getAttribute("aria-label")).contains(text(NB, "makerspace.grid.free", 1, 1));
        browser.navigate(() -> new Actions(browser.driver()).sendKeys(Keys.ENTER).perform());
        assertThat(browser.driver().getCurrentUrl()).contains("start=");

        tabTo("#book button[type=submit]");
        browser.navigate(() -> new Actions(browser.driver()).sendKeys(Keys.ENTER).perform());

        assertThat(browser.visible(By.cssSelector("main .alert-success")).getText())
                .isEqualTo(text(NB, "makerspace.page.booked"));
        assertThat(browser.visible(By.cssSelector("main .list-group")).getText()).contains(word);
        Accessibility.assertNoSeriousViolations(browser.driver());
    }

    /** Presses Tab until the focused element matches the selector (it must be reachable by keyboard). */
    private WebElement tabTo(String selector) {
        for (int i = 0; i < 400; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].matches(arguments[1])", focused, selector))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /** A library's maker space open Tuesday to Saturday with one sewing machine; returns the machine's id. */
    private String sewingMachine(String word) {
        TestAccount librarian = existingAccount(NB);
        ApiClient api = api(librarian);
        String library = api.post("/api/v1/organisations", Map.of("name", "Bibliotek " + UUID.randomUUID(), "type",
                "LIBRARY", "nutsCode", "NO081", "naceCode", "91.01", "employees", 12)).text("id");
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("organisationId", library);
        venue.put("name", "Verkstedet " + word);
        venue.put("street", "Arne Garborgs plass 4");
        venue.put("postalCode", "0179");
        venue.put("city", "Oslo");
        venue.put("nutsCode", "NO081");
        venue.put("timeZone", "Europe/Oslo");
        venue.put("rules", Map.of("slotMinutes", 60, "minBookingMinutes", 60, "maxBookingMinutes", 180,
                "horizonDays", 30, "maxActiveBookings", 3, "cancellationHours", 2));
        String venueId = api.post("/api/v1/venues", venue).text("id");
        Map<String, Object> weekly = new LinkedHashMap<>();
        for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")) {
            weekly.put(day, List.of(Map.of("open", "10:00", "close", "16:00")));
        }
        api.put("/api/v1/venues/" + venueId + "/opening-hours", Map.of("weekly", weekly));
        return api.post("/api/v1/venues/" + venueId + "/equipment", Map.of("name", Map.of("nb", word), "kind",
                "SEWING_MACHINE", "quantity", 1)).text("id");
    }
}
