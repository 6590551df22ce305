package org.uptake.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.identity.UptakeUser;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.account.Registration;

/** Pages: languages, security headers, CSRF, error pages and the organisation form's server-side validation. */
@ApplicationTest
@AutoConfigureMockMvc
class WebPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registration registration;

    @Autowired
    AccountRepository accounts;

    private UptakeUser newUser() {
        String email = "web-" + UUID.randomUUID() + "@example.org";
        registration.register(email, ApiClient.PASSWORD, "Web User", "en");
        return accounts.findByEmail(email).orElseThrow().toUser();
    }

    @Test
    void theStartPageSpeaksTheBrowsersLanguageAndRemembersAChoice() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"de\"")))
                .andExpect(content().string(containsString("Machen Sie Ihren Betrieb fit")));
        mvc.perform(get("/").param("lang", "nb"))
                .andExpect(cookie().value("uptake-lang", "nb"))
                .andExpect(content().string(containsString("Gjør bedriften din klar")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void privatePagesSendVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/organisations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFormPostWithoutAValidCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        String name = "Forged " + UUID.randomUUID();
        mvc.perform(post("/organisations").with(user(newUser())).with(csrf().useInvalidToken())
                        .param("name", name).param("type", "SME").param("nutsCode", "DEE04").param("naceCode", "43.21")
                        .param("employees", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations").with(user(newUser())).param("q", name))
                .andExpect(content().string(containsString("No organisations found")));
    }

    @Test
    void theOrganisationFormExplainsEveryMistakeInTheUsersLanguage() throws Exception {
        String name = "Invalid " + UUID.randomUUID();
        mvc.perform(post("/organisations").with(user(newUser())).with(csrf()).header("Accept-Language", "de")
                        .param("name", name).param("type", "SME").param("nutsCode", "XX999").param("naceCode", "43.21")
                        .param("employees", "-4").param("website", "not a site"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte korrigieren Sie die markierten Felder.")))
                .andExpect(content().string(containsString("Das darf nicht negativ sein.")))
                .andExpect(content().string(containsString("Bitte geben Sie eine Webadresse")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/organisations").with(user(newUser())).with(csrf()).header("Accept-Language", "de")
                        .param("name", name).param("type", "SME").param("nutsCode", "DEE04").param("naceCode", "43.21")
                        .param("employees", "4").param("turnoverEur", "viel"))
                .andExpect(content().string(containsString("Bitte geben Sie eine Zahl ein")));
        mvc.perform(post("/organisations").with(user(newUser())).with(csrf())
                        .param("name", name).param("type", "SME").param("nutsCode", "XX999").param("naceCode", "43.21")
                        .param("employees", "4"))
                .andExpect(content().string(containsString("There is no NUTS region with this code.")));
        mvc.perform(get("/organisations").with(user(newUser())).param("q", name))
                .andExpect(content().string(containsString("No organisations found")));
    }

    @Test
    void aValidFormCreatesTheOrganisationAndShowsItsSizeClass() throws Exception {
        String name = "Bäckerei " + UUID.randomUUID();
        UptakeUser owner = newUser();
        String location = mvc.perform(post("/organisations").with(user(owner)).with(csrf())
                        .param("name", name).param("type", "SME").param("nutsCode", "dee0d").param("naceCode", "10.71")
                        .param("employees", "7").param("website", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(owner)))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Micro (fewer than 10)")))
                .andExpect(content().string(containsString("Stendal")));
    }

    @Test
    void thePickersSuggestRegionsAndSectors() throws Exception {
        mvc.perform(get("/regions/options").param("nutsCode", "Altmark").param("level", "3"))
                .andExpect(content().string(containsString("value=\"DEE04\"")));
        mvc.perform(get("/regions/describe").param("nutsCode", "no060").header("Accept-Language", "nb"))
                .andExpect(content().string(containsString("Trøndelag · Norge")));
        mvc.perform(get("/sectors/options").param("naceCode", "plumbing"))
                .andExpect(content().string(containsString("value=\"43.22\"")));
    }

    @Test
    void theLoginPageShowsDemoAccountsOnlyInDemoMode() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("demo-password-2027"))));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/organisations")))
                .andExpect(content().string(containsString("/api/v1/auth/token")));
    }

    @Test
    void errorPagesAreFriendlyAndLocalized() throws Exception {
        mvc.perform(get("/organisations/" + UUID.randomUUID()).with(user(newUser())).header("Accept-Language", "nb"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts").with(user(newUser())).header("Accept-Language", "de"))
                .andExpect(status().isForbidden());
        // MockMvc does not forward to the error page; the rendered pages are checked in the browser tests.
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404).accept(org.springframework.http.MediaType.TEXT_HTML).header("Accept-Language", "nb"))
                .andExpect(content().string(containsString("Fant ikke siden")));
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500).accept(org.springframework.http.MediaType.TEXT_HTML).header("Accept-Language", "de"))
                .andExpect(content().string(containsString("Bei uns ist etwas schiefgegangen")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
    }
}
