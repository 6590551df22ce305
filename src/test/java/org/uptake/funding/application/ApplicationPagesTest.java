package org.uptake.funding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures;
import org.uptake.funding.FundingFixtures.Applicant;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** The applicant's pages without JavaScript: apply, fill in the form, upload, check, submit, see the receipt. */
@ApplicationTest
@AutoConfigureMockMvc
class ApplicationPagesTest {

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
    void aLeadAppliesFillsInTheFormUploadsSubmitsAndSeesWhereTheApplicationStands() throws Exception {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), ApplicationApiTest.FAR);
        Applicant lead = fixtures.applicant("SME", "DEA36");
        Applicant partner = fixtures.applicant("UNIVERSITY", "DEA32");
        UptakeUser me = account(lead.email());

        String apply = mvc.perform(get("/calls/{id}/apply", callId).with(user(me)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(apply).contains("Lead organisation", lead.organisationId());
        String location = mvc.perform(post("/calls/{id}/apply", callId).with(user(me)).with(csrf())
                .param("organisationId", lead.organisationId()).param("title", "Werkstatt digital"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(post("/applications/{id}/partners", id).with(user(me)).with(csrf())
                .param("organisationId", partner.organisationId())).andExpect(status().is3xxRedirection());
        var form = post("/applications/{id}", id).with(user(me)).with(csrf()).header("Accept-Language", "de")
                .param("title", "Werkstatt digital").param("summary", "Digitale Zwillinge.")
                .param("projectStart", "2027-04-01").param("projectEnd", "2028-03-31")
                .param("budget." + lead.organisationId() + ".STAFF", "20.000,00")
                .param("budget." + lead.organisationId() + ".TRAVEL", "2000")
                .param("budget." + partner.organisationId() + ".STAFF", "10000")
                .param("requestedGrant", "29200").param("ownContribution", "7300");
        for (Map.Entry<String, String> s : Map.of("objectives", "Ziele", "workplan", "Plan", "impact", "Wirkung",
                "cooperation", "Zusammenarbeit").entrySet()) {
            form.param("section." + s.getKey(), s.getValue());
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/applications/{id}/documents", id).file(new MockMultipartFile("file", "logo.pdf",
                "application/pdf", ApplicationFixtures.PNG)).param("documentKey", "letters").with(user(me))
                .with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("erkannt wurde image/png"));

        String page = mvc.perform(get("/applications/{id}", id).with(user(me)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Before you submit", "The document &quot;Letters of intent&quot; is missing.",
                "36,500.00", "3,000.00", "Funding rate: 80 %", "Where your application stands");

        mvc.perform(multipart("/applications/{id}/documents", id).file(new MockMultipartFile("file", "letters.pdf",
                "application/pdf", ApplicationFixtures.PDF)).param("documentKey", "letters").with(user(me))
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/{id}/submit", id).with(user(me)).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());

        String submitted = mvc.perform(get("/applications/{id}", id).param("submitted", "")
                .with(user(me)).header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String receipt = jdbc.queryForObject("select receipt_number from funding_application where id = ?::uuid",
                String.class, id);
        assertThat(submitted).contains(receipt, "Receipt (PDF)", "Version 1", "Submitted")
                .doesNotContain("Save draft");
        assertThat(mvc.perform(get("/applications").with(user(me))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Werkstatt digital", receipt);
        mvc.perform(get("/applications/{id}/versions/1", id).with(user(me))).andExpect(status().isOk());
        mvc.perform(get("/applications/{id}/receipt.pdf", id).with(user(me))).andExpect(status().isOk());

        Applicant stranger = fixtures.applicant("SME", "DEA32");
        mvc.perform(get("/applications/{id}", id).with(user(account(stranger.email()))))
                .andExpect(status().isNotFound());
    }
}
