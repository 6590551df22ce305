package org.uptake.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** The call pages: the editor of programme managers, publishing, files for download, and the public call page. */
@ApplicationTest
@AutoConfigureMockMvc
class CallPagesTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes();
    static final byte[] PNG = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

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
    void aManagerWritesACallInTheEditorPublishesItAndVisitorsReadIt() throws Exception {
        Person manager = new FundingFixtures(port, jdbc).manager();
        UptakeUser me = account(manager.email());
        String title = "Smart Region " + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/calls/new").with(user(me)).with(csrf()).header("Accept-Language", "de")
                        .param("title[de]", title).param("totalBudget", "siebzig").param("maxGrant", "60000")
                        .param("maxFundingRatePercent", "80").param("eligibleApplicantTypes", "SME")
                        .param("eligibleRegions", "DE").param("opensAt", "2099-01-10T00:00")
                        .param("deadline", "2099-02-17T23:59:59").param("timeZone", "Europe/Berlin")
                        .param("criteria[0].key", "relevance").param("criteria[0].name[de]", "Relevanz")
                        .param("criteria[0].maxScore", "5").param("criteria[0].weight", "2")
                        .param("criteria[0].threshold", "9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Geben Sie eine Zahl ein", "value=\"" + title + "\"", "value=\"siebzig\"");
        assertThat(jdbc.queryForObject("select count(*) from funding_call where title_de = ?", Integer.class, title))
                .isZero();

        String location = mvc.perform(post("/calls/new").with(user(me)).with(csrf()).header("Accept-Language", "en")
                        .param("title[de]", title).param("title[en]", title).param("text[en]", "Apply **together**.")
                        .param("totalBudget", "70000").param("maxGrant", "60000").param("maxFundingRatePercent", "80")
                        .param("eligibleApplicantTypes", "SME").param("eligibleApplicantTypes", "UNIVERSITY")
                        .param("eligibleRegions", "DE").param("minPartners", "2").param("opensAt", "2026-01-10T00:00")
                        .param("deadline", "2099-02-17T23:59:59").param("timeZone", "Europe/Berlin")
                        .param("reviewersPerApplication", "2")
                        .param("criteria[0].key", "relevance").param("criteria[0].name[en]", "Relevance")
                        .param("criteria[0].maxScore", "5").param("criteria[0].weight", "2")
                        .param("criteria[0].threshold", "3")
                        .param("documents[0].key", "letters").param("documents[0].name[en]", "Letters of intent")
                        .param("documents[0].formats", "pdf").param("documents[0].maxMegabytes", "2")
                        .param("documents[0].required", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/calls/".length());
        assertThat(jdbc.queryForObject("select status from funding_call where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("DRAFT");

        ApiClient visitor = new ApiClient(port);
        mvc.perform(get("/calls/{id}", id)).andExpect(status().isNotFound());

        mvc.perform(post("/calls/{id}/publish", id).with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/calls/{id}/documents", id).file(new MockMultipartFile("file", "guide.pdf",
                "application/pdf", PDF)).param("title", "Guidelines").with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String wrong = mvc.perform(multipart("/calls/{id}/documents", id).file(new MockMultipartFile("file",
                "budget.pdf", "application/pdf", PNG)).with(user(me)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("refused").toString();
        assertThat(wrong).contains("budget.pdf", "not what its name says");
        assertThat(jdbc.queryForObject("select count(*) from funding_call_document where call_id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(1);

        String page = mvc.perform(get("/calls/{id}", id).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title, "<strong>together</strong>", "Relevance", "Letters of intent",
                "PDF, up to 2 MB", "Guidelines", "days and", "Sign in to apply", "23:59:59 (Europe/Berlin)");
        String documentId = jdbc.queryForObject("select id from funding_call_document where call_id = ?",
                String.class, UUID.fromString(id));
        var download = visitor.getBytes("/calls/" + id + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        mvc.perform(get("/calls").header("Accept-Language", "nb")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Åpne utlysninger", title));
    }

    @Test
    void applicantsCannotOpenTheEditor() throws Exception {
        var applicant = new FundingFixtures(port, jdbc).applicant("SME", "DEA36");
        mvc.perform(get("/calls/new").with(user(account(applicant.email())))).andExpect(status().isForbidden());
        String id = new FundingFixtures(port, jdbc).publishedCall(new FundingFixtures(port, jdbc).manager(),
                LocalDateTime.of(2099, 1, 1, 12, 0));
        String page = mvc.perform(get("/calls/{id}", id).with(user(account(applicant.email()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/calls/" + id + "/apply").doesNotContain("/calls/" + id + "/edit");
    }

    @Autowired
    ApplicationRepository applications;

    @Test
    void managersSeeTheApplicationsOfACallWithTheirStatus() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        Person manager = fixtures.manager();
        String callId = fixtures.publishedCall(manager, LocalDateTime.of(2099, 1, 1, 12, 0));
        var applicant = fixtures.applicant("SME", "DEA36");
        Application application = new Application(UUID.fromString(callId), UUID.fromString(applicant.organisationId()),
                UUID.fromString(applicant.id()));
        application.edit("Digitale Werkstatt Dorsten", "DWD", null, UUID.fromString(applicant.organisationId()),
                application.getPartners(), java.util.List.of(), java.util.Map.of(), new java.math.BigDecimal("48000"),
                null, null, null);
        application.moveTo(ApplicationStatus.SUBMITTED, UUID.fromString(applicant.id()), null);
        applications.save(application);
        String page = mvc.perform(get("/calls/{id}/applications", callId).with(user(account(manager.email())))
                        .header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Digitale Werkstatt Dorsten", "(DWD)", "Eingereicht: 1", "48.000 EUR",
                "/applications/" + application.getId() + "/eligibility");
        mvc.perform(get("/calls/{id}/applications", callId).with(user(account(applicant.email()))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from funding_status_change where application_id = ?",
                Integer.class, application.getId())).as("draft and submitted in the history").isEqualTo(2);
    }
}
