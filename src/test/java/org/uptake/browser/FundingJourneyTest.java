package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.browser.Accessibility.assertNoSeriousViolations;
import static org.uptake.platform.Language.DE;
import static org.uptake.platform.Language.EN;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.funding.FundingFixtures;

/**
 * Funding calls in the browser: a programme manager writes and publishes a call; an applicant starts an application.
 */
class FundingJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int serverPort;

    private int port() {
        return serverPort;
    }

    /**
     * A programme manager in German writes a funding call in the editor, first with a mistake, then right, publishes
     * it, and sees the public call page with the time left.
     */
    @Test
    void aManagerWritesAndPublishesACall() {
        TestAccount manager = existingAccount(DE);
        jdbc.update("insert into account_role (account_id, role) select id, 'PROGRAMME_MANAGER' from account "
                + "where email = ?", manager.email());
        signIn(manager);
        String title = "Smart Region Altmark " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime deadline = LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(20)
                .truncatedTo(ChronoUnit.DAYS).withHour(23).withMinute(59).withSecond(59);

        CallFormPage form = CallFormPage.open(browser)
                .type("title-de", title).type("text-de", "Kooperationsprojekte für die **Digitalisierung**.")
                .type("totalBudget", "70000").type("maxGrant", "90000").type("maxFundingRatePercent", "80")
                .check("type-SME").check("type-MUNICIPALITY").type("eligibleRegions", "DEE0")
                .dateTime("opensAt", LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusDays(1)
                        .truncatedTo(ChronoUnit.MINUTES).toString())
                .dateTime("deadline", deadline.toString())
                .type("c0-key", "relevanz").type("c0-name-de", "Relevanz für kleine Unternehmen")
                .type("c0-maxScore", "5").type("c0-weight", "2").type("c0-threshold", "3")
                .saveRefused();
        assertThat(form.issues()).contains(text(DE, "funding.call.maxGrant.aboveBudget"));
        assertNoSeriousViolations(browser.driver());

        CallPage call = form.type("maxGrant", "60000").save();
        assertThat(call.heading()).isEqualTo(title);
        assertThat(call.notice()).isEqualTo(text(DE, "funding.page.callSaved"));
        assertThat(call.status()).isEqualTo(text(DE, "funding.call.status.DRAFT"));

        call = call.publish();
        assertThat(call.notice()).isEqualTo(text(DE, "funding.page.published"));
        assertThat(call.status()).isEqualTo(text(DE, "funding.call.status.PUBLISHED"));
        assertThat(call.remaining()).startsWith("Noch ").contains("Tage");
        assertNoSeriousViolations(browser.driver());
    }

    /**
     * An applicant in English finds an open call, starts an application for their firm and sees what is still missing
     * before they can submit.
     */
    @Test
    void anApplicantStartsAnApplicationFromTheCallPage() {
        FundingFixtures fixtures = new FundingFixtures(port(), jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), LocalDateTime.now(ZoneId.of("Europe/Berlin"))
                .plusDays(30).truncatedTo(ChronoUnit.DAYS).withHour(23).withMinute(59).withSecond(59));
        TestAccount applicant = existingAccount(EN);
        String firm = "Werkstatt " + UUID.randomUUID().toString().substring(0, 6);
        api(applicant).post("/api/v1/organisations", Map.of("name", firm, "type", "SME", "nutsCode", "DEA36",
                "naceCode", "62.01", "employees", 12));
        signIn(applicant);

        browser.open("/calls/" + callId);
        browser.navigate(() -> browser.visible(By.id("apply")).click());
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text(EN, "funding.applicant.apply"));
        browser.visible(By.id("title")).sendKeys("Digital workshop for " + firm);
        browser.navigate(() -> browser.visible(By.id("start-draft")).click());

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Digital workshop for " + firm);
        assertThat(browser.visible(By.id("check")).getText()).contains(text(EN, "funding.page.check"));
        assertNoSeriousViolations(browser.driver());
    }
}
