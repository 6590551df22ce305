package org.uptake.funding.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Applicant;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** The ranking page with selection and overrides, the decision form, and the review request pages. */
@ApplicationTest
@AutoConfigureMockMvc
class RankingPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    private UptakeUser account(String email) {
        return UptakeUser.of(accounts.findByEmail(email).orElseThrow());
    }

    @Test
    void managersRankSelectOverrideAndDecideOnThePages() throws Exception {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        UUID first = data.reviewed(call, lead, "Smart street lights", 30000, 5, 5, manager.id());
        UUID second = data.reviewed(call, lead, "Open data portal", 30000, 4, 3, manager.id());
        UUID third = data.reviewed(call, lead, "Digital town hall", 30000, 3, 3, manager.id());
        UptakeUser me = account(manager.email());

        String page = mvc.perform(get("/calls/{id}/ranking", call).with(user(me)).locale(Locale.GERMAN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Auswahl durchführen", "100,00 %");
        assertThat(page.indexOf("Smart street lights")).isLessThan(page.indexOf("Open data portal"));
        assertThat(page.indexOf("Open data portal")).isLessThan(page.indexOf("Digital town hall"));

        mvc.perform(post("/calls/{id}/ranking/selection", call).with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/calls/" + call + "/ranking"))
                .andExpect(flash().attribute("notice", "funding.ranking.page.selectionDone"));
        assertThat(jdbc.queryForObject("select reserve_rank from funding_application where id = ?", Integer.class,
                third)).isEqualTo(1);
        mvc.perform(get("/calls/{id}/ranking", call).with(user(me))).andExpect(content().string(
                containsString("reserve 1")));

        mvc.perform(post("/calls/{id}/ranking/overrides/{app}", call, second).with(user(me)).with(csrf())
                .param("override", "EXCLUDE").param("reason", " ").locale(Locale.GERMAN))
                .andExpect(flash().attribute("refused", hasItem(startsWith("Begründen Sie"))));
        assertThat(jdbc.queryForObject("select selection_override from funding_application where id = ?",
                String.class, second)).isNull();
        mvc.perform(post("/calls/{id}/ranking/overrides/{app}", call, second).with(user(me)).with(csrf())
                .param("override", "EXCLUDE").param("reason", "Double funding."))
                .andExpect(flash().attribute("notice", "funding.ranking.page.overrideSaved"));
        assertThat(jdbc.queryForObject("select override_reason from funding_application where id = ?", String.class,
                second)).isEqualTo("Double funding.");

        mvc.perform(get("/applications/{id}/decision", first).with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Smart street lights")));
        mvc.perform(post("/applications/{id}/decision", first).with(user(me)).with(csrf())
                .param("decision", "APPROVED").param("text", "").locale(Locale.forLanguageTag("nb")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Skriv vedtaksteksten")));
        assertThat(jdbc.queryForObject("select decision from funding_application where id = ?", String.class, first))
                .isNull();
        mvc.perform(post("/applications/{id}/decision", first).with(user(me)).with(csrf())
                .param("decision", "APPROVED").param("text", "Funded.").param("date", ""))
                .andExpect(redirectedUrl("/calls/" + call + "/ranking"));
        assertThat(jdbc.queryForObject("select status from funding_application where id = ?", String.class, first))
                .isEqualTo("APPROVED");

        // a revised version after conditions is decided on from the ranking too
        jdbc.update("update funding_application set status = 'REVISION_SUBMITTED', decision = "
                + "'APPROVED_WITH_CONDITIONS', decided_at = current_timestamp where id = ?", third);
        mvc.perform(get("/calls/{id}/ranking", call).with(user(me))).andExpect(content().string(
                containsString("/applications/" + third + "/decision")));

        UptakeUser applicant = account(lead.email());
        mvc.perform(get("/calls/{id}/ranking", call).with(user(applicant))).andExpect(status().isForbidden());
        mvc.perform(get("/applications/{id}/decision", first).with(user(applicant)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLeadAsksForAReviewAndTheManagerAnswersOnThePages() throws Exception {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        UUID rejected = data.reviewed(call, lead, "Rural broadband", 30000, 3, 3, manager.id());
        assertThat(manager.api().post("/api/v1/applications/" + rejected + "/decision",
                java.util.Map.of("decision", "REJECTED", "text", "Too few points.")).status()).isEqualTo(200);
        UptakeUser applicant = account(lead.email());
        UptakeUser me = account(manager.email());

        mvc.perform(get("/applications/{id}/review-requests", rejected).with(user(applicant)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("30 days")));
        mvc.perform(post("/applications/{id}/review-requests", rejected).with(user(applicant)).with(csrf())
                .param("reason", "A reviewer works for a competitor."))
                .andExpect(flash().attribute("notice", "funding.reviewRequest.page.sent"));
        String requestId = jdbc.queryForObject("select id from funding_review_request where application_id = ?",
                UUID.class, rejected).toString();

        mvc.perform(get("/calls/{id}/review-requests", call).with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A reviewer works for a competitor.")))
                .andExpect(content().string(containsString("Rural broadband")));
        mvc.perform(post("/review-requests/{id}/answer", requestId).with(user(me)).with(csrf())
                .param("callId", call).param("outcome", "UPHELD").param("answer", "Reviewed again by another expert."))
                .andExpect(redirectedUrlPattern("/calls/*/review-requests"))
                .andExpect(flash().attribute("notice", "funding.reviewRequest.page.answered"));
        assertThat(jdbc.queryForObject("select outcome from funding_review_request where id = ?", String.class,
                UUID.fromString(requestId))).isEqualTo("UPHELD");

        // the upheld request opens the decision again
        mvc.perform(get("/calls/{id}/review-requests", call).with(user(me)))
                .andExpect(content().string(containsString("/applications/" + rejected + "/decision")));
        mvc.perform(post("/applications/{id}/decision", rejected).with(user(me)).with(csrf())
                .param("decision", "APPROVED").param("text", "Approved after the evaluation review."))
                .andExpect(redirectedUrl("/calls/" + call + "/ranking"));
        assertThat(jdbc.queryForObject("select status from funding_application where id = ?", String.class,
                rejected)).isEqualTo("APPROVED");
        mvc.perform(post("/applications/{id}/decision", rejected).with(user(me)).with(csrf())
                .param("decision", "REJECTED").param("text", "Again?")).andExpect(status().isOk())
                .andExpect(content().string(containsString("already")));
    }
}
