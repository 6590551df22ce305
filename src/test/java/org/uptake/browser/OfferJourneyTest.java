package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.DE;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;

/**
 * Journey 6: a craft business owner finds a seminar in the catalogue, registers in two clicks (open the offer,
 * register), sees the confirmation and finds it under "my registrations", all in German.
 */
class OfferJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsASeminarAndRegistersInTwoClicks() {
        String word = "Kassenbuch" + UUID.randomUUID().toString().substring(0, 6);
        publishSeminar(word);
        TestAccount owner = existingAccount(DE);
        signIn(owner);

        browser.open("/offers?q=" + word);
        Accessibility.assertNoSeriousViolations(browser.driver());
        browser.navigate(() -> browser.visible(By.partialLinkText(word)).click());
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(word + " digital führen");
        assertThat(browser.visible(By.cssSelector(".free-seats")).getText())
                .isEqualTo(text(DE, "offers.seats", 12, 12));
        Accessibility.assertNoSeriousViolations(browser.driver());

        browser.navigate(() -> browser.visible(By.cssSelector("form[action$='/register'] [type=submit]")).click());

        assertThat(browser.visible(By.cssSelector("main .alert-success")).getText())
                .isEqualTo(text(DE, "registration.page.CONFIRMED"));
        assertThat(browser.visible(By.cssSelector(".my-registration")).getText())
                .contains(text(DE, "registration.state.CONFIRMED"));
        assertThat(browser.visible(By.cssSelector(".free-seats")).getText())
                .isEqualTo(text(DE, "offers.seats", 11, 12));

        browser.open("/offers/mine");
        assertThat(browser.visible(By.cssSelector("main .list-group")).getText()).contains(word + " digital führen");
        Accessibility.assertNoSeriousViolations(browser.driver());
    }

    private void publishSeminar(String word) {
        TestAccount trainer = existingAccount(DE);
        jdbc.update("insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?",
                trainer.email());
        ApiClient api = api(trainer);
        String provider = api.post("/api/v1/organisations", Map.of("name", "Kammer " + UUID.randomUUID(), "type",
                "CHAMBER", "nutsCode", "DEE0D", "naceCode", "94.11", "employees", 9)).text("id");
        String offer = api.post("/api/v1/offers", Map.of("title", Map.of("de", word + " digital führen"),
                "description", Map.of("de", "Belege, Kasse und **E-Rechnung**."), "kind", "SEMINAR",
                "providerOrganisationId", provider, "topics", java.util.List.of("data"), "language", "de", "price", 0))
                .text("id");
        LocalDateTime start = LocalDateTime.now().plusDays(15).withHour(9).withMinute(0);
        api.post("/api/v1/offers/" + offer + "/sessions", Map.of("start", start.toString(), "end",
                start.plusHours(6).toString(), "timeZone", "Europe/Berlin", "capacity", 12, "address",
                "Breite Straße 31, 39576 Stendal", "nutsCode", "DEE0D"));
        api.post("/api/v1/offers/" + offer + "/publish", Map.of());
    }
}
