package org.uptake.funding.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** The review pages without JavaScript: declaration, scoring, consensus, eligibility checklist, assignments. */
@ApplicationTest
@AutoConfigureMockMvc
class ReviewPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    Accounts accounts;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(port, jdbc, applications);
    }

    private UptakeUser as(Person person) {
        return UptakeUser.of(accounts.findByEmail(person.email()).orElseThrow());
    }

    private String page(String path, Person person) throws Exception {
        return mvc.perform(get(path).with(user(as(person))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aReviewerDeclaresThenReadsTheApplicationAndScoresItThroughTheForms() throws Exception {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        Person reviewer = fixtures.funding.reviewer();
        fixtures.assign(manager, call, id, reviewer, true);

        assertThat(page("/reviews", reviewer)).contains("Smart Region pilot", "Declare conflict of interest",
                "lead reviewer");
        assertThat(mvc.perform(get("/reviews/{id}", id).with(user(as(reviewer))).header("Accept-Language", "nb"))
                .andReturn().getResponse().getContentAsString()).contains("Har du en interessekonflikt",
                "Send erklæring");
        String closed = page("/reviews/" + id, reviewer);
        assertThat(closed).contains("Do you have a conflict of interest", "name=\"conflictOfInterest\"")
                .doesNotContain("A shared data hub for firms.", "Digitalise the workshops", "name=\"score.relevance\"");

        mvc.perform(post("/reviews/{id}/declaration", id).with(user(as(reviewer))).with(csrf())
                        .param("conflictOfInterest", "false"))
                .andExpect(redirectedUrl("/reviews/" + id));
        String open = page("/reviews/" + id, reviewer);
        assertThat(open).contains("A shared data hub for firms.", "Digitalise the workshops of the region.",
                "Relevance", "Quality of the work plan", "name=\"score.relevance\"", "maximum 5", "threshold 3",
                "SME ", "40,000.00", "Lead applicant").doesNotContain("name=\"conflictOfInterest\"");

        mvc.perform(post("/reviews/{id}", id).with(user(as(reviewer))).with(csrf()).header("Accept-Language", "en")
                        .param("score.relevance", "7").param("justification.relevance", "Fits the call very well.")
                        .param("score.quality", "3").param("justification.quality", "short"))
                .andExpect(redirectedUrl("/reviews/" + id))
                .andExpect(flash().attribute("refused", Matchers.contains(
                        "Relevance: The score must be a whole number from 0 to 5.",
                        "Quality of the work plan: The justification needs between 10 and 4,000 characters.")));
        assertThat(fixtures.count("funding_score", id)).isZero();

        mvc.perform(post("/reviews/{id}", id).with(user(as(reviewer))).with(csrf())
                        .param("score.relevance", "4").param("justification.relevance", "Fits the call very well.")
                        .param("score.quality", "3").param("justification.quality", "Clear milestones, thin risks."))
                .andExpect(redirectedUrl("/reviews/" + id))
                .andExpect(flash().attributeExists("notice"));
        assertThat(fixtures.count("funding_score", id)).isEqualTo(2);
        assertThat(page("/reviews/" + id, reviewer)).contains("Fits the call very well.", "scores-table");
    }

    @Test
    void theLeadSeesTheScoresSideBySideAndSetsTheConsensus() throws Exception {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        Person lead = fixtures.funding.reviewer();
        Person second = fixtures.funding.reviewer();
        fixtures.assign(manager, call, id, lead, true);
        fixtures.assign(manager, call, id, second, false);
        lead.api().post("/api/v1/applications/" + id + "/reviews", ReviewFixtures.review(5, 4));

        String waiting = page("/reviews/" + id + "/consensus", lead);
        assertThat(waiting).contains("1 reviewer(s) have not submitted").doesNotContain("name=\"score.relevance\"");
        mvc.perform(get("/reviews/{id}/consensus", id).with(user(as(second)))).andExpect(status().isForbidden());

        second.api().post("/api/v1/applications/" + id + "/reviews", Map.of("conflictOfInterest", false, "scores",
                List.of(ReviewFixtures.score("relevance", 2, "Only loosely related to the region."),
                        ReviewFixtures.score("quality", 2, "The work plan lacks milestones."))));
        String ready = page("/reviews/" + id + "/consensus", lead);
        assertThat(ready).contains("Only loosely related to the region.", "small firms directly.",
                "name=\"score.relevance\"");

        mvc.perform(post("/reviews/{id}/consensus", id).with(user(as(lead))).with(csrf())
                        .param("score.relevance", "4").param("justification.relevance", "Agreed after discussion.")
                        .param("score.quality", "3").param("justification.quality", "Agreed: milestones are enough."))
                .andExpect(redirectedUrl("/reviews/" + id + "/consensus"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(fixtures.status(id)).isEqualTo("REVIEWED");
        assertThat(page("/reviews/" + id + "/consensus", manager)).contains("Agreed after discussion.");
    }

    @Test
    void aManagerChecksEligibilityAndAssignsReviewersThroughThePages() throws Exception {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 1);
        String id = fixtures.submitted(call, fixtures.organisation(), fixtures.organisation());
        Person reviewer = fixtures.funding.reviewer();
        jdbc.update("update account set display_name = 'Rita Reviewer' where id = ?", UUID.fromString(reviewer.id()));

        assertThat(page("/applications/" + id + "/eligibility", manager)).contains("Checklist",
                "name=\"item.stateAid\"", "state aid rules", "A shared data hub for firms.");
        mvc.perform(post("/applications/{id}/eligibility", id).with(user(as(manager))).with(csrf())
                        .header("Accept-Language", "en").param("eligible", "false"))
                .andExpect(flash().attribute("refused", Matchers.hasItem(
                        "Give the reason why the application is not eligible.")));
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        var checked = mvc.perform(post("/applications/{id}/eligibility", id).with(user(as(manager))).with(csrf())
                .param("eligible", "true").param("item.applicants", "true").param("item.consortium", "true")
                .param("item.budget", "true").param("item.documents", "true").param("item.stateAid", "true"));
        checked.andExpect(flash().attributeExists("notice"));
        assertThat(fixtures.status(id)).isEqualTo("ELIGIBLE");
        mvc.perform(get("/applications/{id}/eligibility", id).with(user(as(reviewer))))
                .andExpect(status().isForbidden());

        assertThat(page("/calls/" + call + "/assignments", manager)).contains("Assign automatically",
                "Rita Reviewer", "No reviewers assigned yet.");
        mvc.perform(post("/calls/{id}/assignments", call).with(user(as(manager))).with(csrf())
                        .param("applicationId", id).param("reviewerUserId", reviewer.id()))
                .andExpect(redirectedUrl("/calls/" + call + "/assignments"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(page("/calls/" + call + "/assignments", manager)).contains("assignments-table", "Rita Reviewer",
                "Assigned: declaration open");
        mvc.perform(post("/calls/{id}/assignments/auto", call).with(user(as(manager))).with(csrf()))
                .andExpect(redirectedUrl("/calls/" + call + "/assignments"));
        assertThat(fixtures.count("funding_assignment", id)).as("the one reviewer the call asks for").isEqualTo(1);
        mvc.perform(get("/calls/{id}/assignments", call).with(user(as(reviewer)))).andExpect(status().isForbidden());
    }
}
