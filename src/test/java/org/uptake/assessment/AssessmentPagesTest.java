package org.uptake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.assessment.application.Assessments;
import org.uptake.assessment.model.Assessment;
import org.uptake.assessment.questionnaire.Questionnaire;
import org.uptake.assessment.questionnaire.QuestionnaireCatalog;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** The assessment pages: filling in page by page, review, results, PDF report, sharing and the advisor's list. */
@ApplicationTest
@AutoConfigureMockMvc
class AssessmentPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Assessments assessments;

    @Autowired
    QuestionnaireCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    /** A person with an SME of their own, signed in for the API as well. */
    record Owner(UptakeUser user, ApiClient api, UUID organisation, String name) {
    }

    private Owner owner() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        String name = "Snekkeri " + UUID.randomUUID();
        String id = api.post("/api/v1/organisations", Map.of("name", name, "type", "SME", "nutsCode", "NO060",
                "naceCode", "16.23", "employees", 6)).text("id");
        return new Owner(UptakeUser.of(accounts.findByEmail(email).orElseThrow()), api, UUID.fromString(id), name);
    }

    private UUID start(Owner owner, String questionnaire) throws Exception {
        String location = mvc.perform(post("/assessments").with(user(owner.user())).with(csrf())
                        .param("organisation", owner.organisation().toString()).param("questionnaire", questionnaire))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/assessments/[0-9a-f-]{36}/steps/1");
        return UUID.fromString(location.split("/")[2]);
    }

    /** Answers every item of a page: boxes ticked or not, scale rows at {@code scale}, three-way rows "yes". */
    private MockHttpServletRequestBuilder completePage(UUID id, int step, boolean tick, int scale) {
        return completePage(id, step, tick, scale, "next");
    }

    private MockHttpServletRequestBuilder completePage(UUID id, int step, boolean tick, int scale, String action) {
        Questionnaire questionnaire = catalog.current("dma-sme").orElseThrow();
        String dimension = questionnaire.dimensions().get(step - 1).id();
        MockHttpServletRequestBuilder request = post("/assessments/{id}/steps/{n}", id, step).with(csrf())
                .param("action", action);
        for (Questionnaire.Question question : questionnaire.questionsOf(dimension)) {
            for (Questionnaire.Item item : question.scoredItems()) {
                switch (question.kind()) {
                    case CHECKBOX, YESNO -> {
                        if (tick) {
                            request.param(item.id(), "true");
                        }
                    }
                    case INVEST_MATRIX -> {
                        if (tick) {
                            request.param(item.id() + ":invested", "true");
                        }
                    }
                    case SCALE05 -> request.param(item.id(), Integer.toString(scale));
                    case TRISTATE -> request.param(item.id(), "yes");
                }
            }
        }
        return request;
    }

    private Assessment reload(UUID id, Owner owner) {
        return assessments.readable(owner.user(), id).orElseThrow();
    }

    @Test
    void fillsInPageByPageResumesAndSubmits() throws Exception {
        Owner owner = owner();
        UUID id = start(owner, "dma-sme");

        mvc.perform(get("/assessments/{id}/steps/1", id).with(user(owner.user())).locale(Locale.forLanguageTag("nb")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Side 1 av 6")))
                .andExpect(content().string(containsString("Digital forretningsstrategi")));
        mvc.perform(completePage(id, 1, true, 0).with(user(owner.user())))
                .andExpect(redirectedUrl("/assessments/" + id + "/steps/2"))
                .andExpect(flash().attribute("saved", "assessment.draft.saved"));

        // Resumed later (another device has the same server-side draft): the ticks are there.
        mvc.perform(get("/assessments/{id}/steps/1", id).with(user(owner.user())))
                .andExpect(content().string(matchesRegex(
                        "(?s).*name=\"Q1.1:invested\" value=\"true\"\\s+aria-describedby=\"i-Q1-1\" checked=\"checked\".*")))
                .andExpect(content().string(matchesRegex(
                        "(?s).*name=\"Q1.1:planned\" value=\"true\"\\s+aria-describedby=\"i-Q1-1\">.*")));
        assertThat(assessments.answersOf(reload(id, owner))).hasSize(20);

        // "Back" and the page list save too, and lead where asked.
        mvc.perform(completePage(id, 2, false, 3, "back").with(user(owner.user())))
                .andExpect(redirectedUrl("/assessments/" + id + "/steps/1"));
        mvc.perform(completePage(id, 3, true, 0).with(user(owner.user())).param("goto", "0"))
                .andExpect(redirectedUrl("/assessments/" + id + "/review"));

        // The review names what is still missing, and submitting now is refused.
        mvc.perform(get("/assessments/{id}/review", id).with(user(owner.user())))
                .andExpect(content().string(containsString("Still to answer (10)")))
                .andExpect(content().string(not(containsString("/submit"))));
        mvc.perform(post("/assessments/{id}/submit", id).with(user(owner.user())).with(csrf()))
                .andExpect(redirectedUrl("/assessments/" + id + "/review"))
                .andExpect(flash().attribute("problem", "assessment.review.incomplete"));

        for (int step = 4; step <= 6; step++) {
            mvc.perform(completePage(id, step, true, 5).with(user(owner.user()))).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/assessments/{id}/submit", id).with(user(owner.user())).with(csrf()))
                .andExpect(redirectedUrl("/assessments/" + id));
        Assessment submitted = reload(id, owner);
        assertThat(submitted.isDraft()).isFalse();
        // strategy 50 (Q1 all invested = 10, Q2 none = 0), readiness (10 + 10 x 3/5)/2 = 80, human 100, data 100,
        // automation 100, green 100: overall 530 / 6
        assertThat(submitted.getOverallScore()).isCloseTo(530.0 / 6, org.assertj.core.data.Offset.offset(1e-9));

        mvc.perform(get("/assessments/{id}", id).with(user(owner.user())))
                .andExpect(content().string(containsString("88.3")))
                .andExpect(content().string(containsString("Advanced: the firm is digitally mature")))
                .andExpect(content().string(containsString("id=\"radar-chart\"")));

        // A submitted assessment cannot be changed through its pages either.
        mvc.perform(completePage(id, 1, false, 0).with(user(owner.user())))
                .andExpect(redirectedUrl("/assessments/" + id))
                .andExpect(flash().attribute("problem", "assessment.submitted"));
        assertThat(assessments.answersOf(reload(id, owner)).get("Q1.1").encode()).isEqualTo("invested");
        mvc.perform(post("/assessments/{id}/submit", id).with(user(owner.user())).with(csrf()))
                .andExpect(flash().attribute("problem", "assessment.submitted"));
    }

    @Test
    void anExclusiveAnswerTogetherWithOthersIsRefusedAndNothingOnThePageIsSaved() throws Exception {
        Owner owner = owner();
        UUID id = start(owner, "dma-sme");

        mvc.perform(post("/assessments/{id}/steps/4", id).with(user(owner.user())).with(csrf()).param("action", "next")
                        .param("Q7.1", "true").param("Q7.2", "true").param("Q8.1", "true")
                        .locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kann nicht zusammen mit anderen Antworten")))
                .andExpect(content().string(containsString("id=\"q-Q7-error\"")));
        assertThat(assessments.answersOf(reload(id, owner))).isEmpty();
    }

    @Test
    void pdfReportIsInTheReadersLanguageOnThePageAndThroughTheApi() throws Exception {
        Owner owner = owner();
        UUID id = start(owner, "dma-sme");
        for (int step = 1; step <= 6; step++) {
            mvc.perform(completePage(id, step, false, 0).with(user(owner.user())));
        }
        mvc.perform(post("/assessments/{id}/submit", id).with(user(owner.user())).with(csrf()));

        byte[] pdf = mvc.perform(get("/assessments/{id}/report.pdf", id).with(user(owner.user()))
                        .locale(Locale.forLanguageTag("nb")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("uptake-dma-sme-T0.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = textOf(pdf);
        assertThat(text).contains("Digital modenhet for Snekkeri", "Grunnleggende", "Digital forretningsstrategi",
                "Sammenlignet med lignende bedrifter");

        var api = owner.api().language("de").getBytes("/api/v1/assessments/" + id + "/report.pdf");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).isEqualTo("application/pdf");
        assertThat(textOf(api.bytes())).contains("Digitaler Reifegrad von Snekkeri", "Basis");
        UUID draft = start(owner, "dii-v3");
        assertThat(owner.api().get("/api/v1/assessments/" + draft + "/report.pdf").status()).isEqualTo(409);
    }

    @Test
    void nobodyElseSeesOrChangesTheAssessment() throws Exception {
        Owner owner = owner();
        Owner other = owner();
        UUID id = start(owner, "dma-sme");

        mvc.perform(get("/assessments/{id}/steps/1", id).with(user(other.user()))).andExpect(status().isNotFound());
        mvc.perform(completePage(id, 1, true, 0).with(user(other.user()))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}", id).with(user(other.user()))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/report.pdf", id).with(user(other.user()))).andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{id}/submit", id).with(user(other.user())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/sharing/{org}", owner.organisation()).with(user(other.user())))
                .andExpect(status().isNotFound());
        assertThat(assessments.answersOf(reload(id, owner))).isEmpty();
    }

    @Test
    void sharingLetsTheAdvisorSeeTheFirmUntilItIsRevoked() throws Exception {
        Owner owner = owner();
        UUID id = start(owner, "dma-sme");
        for (int step = 1; step <= 6; step++) {
            mvc.perform(completePage(id, step, true, 2).with(user(owner.user())));
        }
        mvc.perform(post("/assessments/{id}/submit", id).with(user(owner.user())).with(csrf()));

        Owner advisor = owner();
        String chamberName = "Kammer " + UUID.randomUUID();
        String chamber = advisor.api().post("/api/v1/organisations", Map.of("name", chamberName, "type", "CHAMBER",
                "nutsCode", "NO060", "naceCode", "94.11", "employees", 40)).text("id");
        jdbc.update("insert into account_role (account_id, role) values (?, 'ADVISOR')", advisor.user().id());
        UptakeUser advisorUser = UptakeUser.of(accounts.findByEmail(advisor.user().email()).orElseThrow());

        mvc.perform(get("/advisor/firms").with(user(advisor.user()))).andExpect(status().isForbidden());
        mvc.perform(get("/advisor/firms").with(user(advisorUser)))
                .andExpect(content().string(not(containsString(owner.name()))));

        mvc.perform(get("/assessments/sharing/{org}", owner.organisation()).with(user(owner.user())))
                .andExpect(content().string(containsString(chamberName)));
        mvc.perform(post("/assessments/sharing/{org}", owner.organisation()).with(user(owner.user())).with(csrf())
                        .param("advisor", owner.organisation().toString()))
                .andExpect(flash().attribute("problem", "assessment.share.unknownAdvisor"));
        mvc.perform(post("/assessments/sharing/{org}", owner.organisation()).with(user(owner.user())).with(csrf())
                        .param("advisor", chamber))
                .andExpect(flash().attribute("saved", "assessment.share.granted"));

        mvc.perform(get("/advisor/firms").with(user(advisorUser)).param("q", owner.name().substring(9, 20)))
                .andExpect(content().string(containsString(owner.name())))
                .andExpect(content().string(containsString("/assessments/" + id)));
        mvc.perform(get("/assessments/{id}", id).with(user(advisorUser))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("next-stage"))));
        mvc.perform(get("/assessments/{id}/steps/1", id).with(user(advisorUser))).andExpect(status().isNotFound());

        mvc.perform(post("/assessments/sharing/{org}/{advisor}/revoke", owner.organisation(), chamber)
                        .with(user(owner.user())).with(csrf()))
                .andExpect(flash().attribute("saved", "assessment.share.revoked"));
        mvc.perform(get("/assessments/{id}", id).with(user(advisorUser))).andExpect(status().isNotFound());
    }

    @Test
    void theNextStageStartsFromACopyAndTheResultsShowTheChange() throws Exception {
        Owner owner = owner();
        UUID t0 = start(owner, "dma-sme");
        for (int step = 1; step <= 6; step++) {
            mvc.perform(completePage(t0, step, false, 1).with(user(owner.user())));
        }
        mvc.perform(post("/assessments/{id}/submit", t0).with(user(owner.user())).with(csrf()));

        String location = mvc.perform(post("/assessments/{id}/next-stage", t0).with(user(owner.user())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID t1 = UUID.fromString(location.split("/")[2]);
        assertThat(reload(t1, owner).getStage()).isEqualTo("T1");
        assertThat(assessments.answersOf(reload(t1, owner))).isEqualTo(assessments.answersOf(reload(t0, owner)));

        mvc.perform(completePage(t1, 5, false, 3).with(user(owner.user())));
        mvc.perform(post("/assessments/{id}/submit", t1).with(user(owner.user())).with(csrf()));

        // automation went from 10 x 1/5 x 10 = 20 to 60
        mvc.perform(get("/assessments/{id}", t1).with(user(owner.user())))
                .andExpect(content().string(containsString("(+40.0 since the previous stage)")))
                .andExpect(content().string(containsString("id=\"history-chart\"")))
                .andExpect(content().string(containsString("Progress over time")));
        mvc.perform(get("/assessments").with(user(owner.user())))
                .andExpect(content().string(containsString("/assessments/" + t1)));
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
