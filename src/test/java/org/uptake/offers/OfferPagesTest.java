package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** Catalogue, offer page, registering in two clicks, and the organiser's participant list and export. */
@ApplicationTest
@AutoConfigureMockMvc
class OfferPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    record Published(String offerId, String sessionId, UptakeUser organiser, String word, List<String> questionIds) {
    }

    private Published published(String description) {
        return published(description, List.of());
    }

    private Published published(String description, List<Map<String, Object>> questions) {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, 'TRAINER' from account where email = ?",
                email);
        api.signIn(email, ApiClient.PASSWORD);
        String provider = api.post("/api/v1/organisations", Map.of("name", "Næringshage " + UUID.randomUUID(),
                "type", "BUSINESS_PARK", "nutsCode", "NO060", "naceCode", "68.20", "employees", 6)).text("id");
        String word = "Fiskeoppdrett" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("nb", word + " med sensorer"));
        offer.put("description", Map.of("nb", description));
        offer.put("kind", "WORKSHOP");
        offer.put("providerOrganisationId", provider);
        offer.put("topics", List.of("data"));
        offer.put("language", "nb");
        offer.put("questions", questions);
        String offerId = api.post("/api/v1/offers", offer).text("id");
        LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(10).withMinute(0);
        String sessionId = api.post("/api/v1/offers/" + offerId + "/sessions", Map.of("start", start.toString(),
                "end", start.plusHours(3).toString(), "timeZone", "Europe/Oslo", "capacity", 8,
                "address", "Hitra næringshage", "nutsCode", "NO060")).text("id");
        api.post("/api/v1/offers/" + offerId + "/publish", Map.of());
        return new Published(offerId, sessionId, UptakeUser.of(accounts.findByEmail(email).orElseThrow()), word,
                api.get("/api/v1/offers/" + offerId).body().path("questions").findValuesAsString("id"));
    }

    private UptakeUser person() {
        ApiClient api = new ApiClient(port);
        return UptakeUser.of(accounts.findByEmail(api.signUp()).orElseThrow());
    }

    @Test
    void catalogueFindsPublishedOffersByWordAndFilter() throws Exception {
        Published offer = published("Sensorer i merdene.");
        mvc.perform(get("/offers").param("q", offer.word().toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(offer.word() + " med sensorer")));
        mvc.perform(get("/offers").param("q", offer.word()).param("kind", "SEMINAR"))
                .andExpect(content().string(not(containsString(offer.word() + " med sensorer</a>"))));
        mvc.perform(get("/offers").param("q", offer.word()).param("region", "DE"))
                .andExpect(content().string(not(containsString(offer.word() + " med sensorer</a>"))));
        mvc.perform(get("/offers").param("q", offer.word()).param("region", "NO06").param("topic", "data"))
                .andExpect(content().string(containsString(offer.word())));
    }

    @Test
    void descriptionsAreFormattedButScriptsAreHarmless() throws Exception {
        Published offer = published("**Viktig**: <script>alert('x')</script> [lenke](javascript:alert(1))");
        mvc.perform(get("/offers/{id}", offer.offerId()))
                .andExpect(content().string(containsString("<strong>Viktig</strong>")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("href=\"javascript"))));
    }

    @Test
    void anOrganiserCreatesAnOfferWithADateThroughTheFormsAndPublishesIt() throws Exception {
        Published existing = published("Første tilbud.");
        UptakeUser organiser = existing.organiser();
        String provider = jdbc.queryForObject("select provider_organisation_id from offer where id = ?", UUID.class,
                UUID.fromString(existing.offerId())).toString();

        mvc.perform(post("/offers/new").with(user(organiser)).with(csrf()).param("kind", "WORKSHOP")
                        .param("language", "nb").param("price", "-1").param("currency", "NOK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"titleDe-error\"")))
                .andExpect(content().string(containsString("id=\"price-error\"")));

        String location = mvc.perform(post("/offers/new").with(user(organiser)).with(csrf()).param("provider", provider)
                        .param("kind", "WORKSHOP")
                        .param("language", "nb").param("titleNb", "3D-printing for verksteder").param("price", "0")
                        .param("currency", "NOK").param("dimensions", "readiness").param("tags", "3D-print")
                        .param("cancellationHours", "24"))
                .andExpect(flash().attribute("saved", "offers.created"))
                .andReturn().getResponse().getRedirectedUrl();
        String offerId = location.substring("/offers/".length());

        mvc.perform(post("/offers/{id}/sessions/new", offerId).with(user(organiser)).with(csrf())
                        .param("start", "2031-05-02T10:00").param("end", "2031-05-02T09:00")
                        .param("timeZone", "Europe/Oslo").param("capacity", "0").param("address", "Verkstedet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"end-error\"")))
                .andExpect(content().string(containsString("id=\"capacity-error\"")));
        mvc.perform(post("/offers/{id}/sessions/new", offerId).with(user(organiser)).with(csrf())
                        .param("start", "2031-05-02T10:00").param("end", "2031-05-02T14:00")
                        .param("timeZone", "Europe/Oslo").param("capacity", "6").param("address", "Verkstedet, Hitra")
                        .param("nutsCode", "NO060"))
                .andExpect(flash().attribute("saved", "offers.sessionAdded"));
        mvc.perform(post("/offers/{id}/publish", offerId).with(user(organiser)).with(csrf()))
                .andExpect(flash().attribute("saved", "offers.published"));

        mvc.perform(get("/offers").param("q", "3D-printing"))
                .andExpect(content().string(containsString("3D-printing for verksteder</a>")));
        mvc.perform(get("/offers/organise").with(user(organiser)))
                .andExpect(content().string(containsString("3D-printing for verksteder")))
                .andExpect(content().string(containsString("0 / 6 (0 %)")));
        mvc.perform(get("/offers/{id}/edit", offerId).with(user(person()))).andExpect(status().isNotFound());
        mvc.perform(get("/offers/organise")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void registersInTwoClicksAndTheOrganiserSeesAndExportsTheList() throws Exception {
        Published offer = published("Praktisk verksted.");
        UptakeUser person = person();
        jdbc.update("update account set display_name = ? where id = ?", "=cmd|' /C calc'!A0", person.id());

        mvc.perform(get("/offers/{id}", offer.offerId()).with(user(person)))
                .andExpect(content().string(containsString("8 of 8 seats free")));
        mvc.perform(post("/offers/sessions/{id}/register", offer.sessionId()).with(user(person)).with(csrf()))
                .andExpect(flash().attribute("saved", "registration.page.CONFIRMED"));
        mvc.perform(get("/offers/{id}", offer.offerId()).with(user(person)))
                .andExpect(content().string(containsString("7 of 8 seats free")))
                .andExpect(content().string(containsString("my-registration")));
        mvc.perform(get("/offers/mine").with(user(person)))
                .andExpect(content().string(containsString(offer.word())));

        mvc.perform(get("/offers/sessions/{id}/participants", offer.sessionId()).with(user(person)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/offers/sessions/{id}/participants", offer.sessionId()).with(user(offer.organiser())))
                .andExpect(content().string(containsString("1 of 8 seats taken")));
        byte[] csv = mvc.perform(get("/offers/sessions/{id}/participants.csv", offer.sessionId())
                        .with(user(offer.organiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'=cmd|' /C calc'!A0,");
    }

    @Test
    void theOfferFormKeepsQuestionsAndTargetGroups() throws Exception {
        Published existing = published("Første tilbud.");
        UptakeUser organiser = existing.organiser();
        String provider = jdbc.queryForObject("select provider_organisation_id from offer where id = ?", UUID.class,
                UUID.fromString(existing.offerId())).toString();

        mvc.perform(get("/offers/new").with(user(organiser)))
                .andExpect(content().string(containsString("C – Manufacturing")))
                .andExpect(content().string(containsString("Micro (fewer than 10)")))
                .andExpect(content().string(containsString("name=\"questions[2].de\"")));

        String location = mvc.perform(post("/offers/new").with(user(organiser)).with(csrf()).param("provider", provider)
                        .param("kind", "SEMINAR").param("language", "de").param("titleDe", "Schweißen mit Cobots")
                        .param("price", "0").param("currency", "EUR").param("cancellationHours", "24")
                        .param("targetSections", "C", "F").param("sizeClasses", "MICRO", "SMALL")
                        .param("questions[0].id", "").param("questions[0].de", "Welches Schweißverfahren, z. B. MIG, MAG?")
                        .param("questions[0].required", "true")
                        .param("questions[1].id", "").param("questions[1].de", "").param("questions[1].en", "")
                        .param("questions[2].id", "").param("questions[2].en", "Dietary needs"))
                .andExpect(flash().attribute("saved", "offers.created"))
                .andReturn().getResponse().getRedirectedUrl();
        String offerId = location.substring("/offers/".length());
        assertThat(jdbc.queryForObject("select target_sections || ';' || size_classes from offer where id = ?",
                String.class, UUID.fromString(offerId))).isEqualTo("C,F;MICRO,SMALL");

        String form = mvc.perform(get("/offers/{id}/edit", offerId).with(user(organiser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Welches Schweißverfahren, z. B. MIG, MAG?\"", "value=\"Dietary needs\"",
                "name=\"questions[4].de\"");
        assertThat(form).containsPattern("value=\"C\" id=\"section-C\"\\s+checked")
                .containsPattern("value=\"SMALL\" id=\"size-SMALL\"\\s+checked")
                .doesNotContainPattern("value=\"A\" id=\"section-A\"\\s+checked")
                .containsPattern("id=\"question-0-required\" checked");
        String first = form.replaceAll("(?s).*name=\"questions\\[0]\\.id\" value=\"([^\"]+)\".*", "$1");
        String second = form.replaceAll("(?s).*name=\"questions\\[1]\\.id\" value=\"([^\"]+)\".*", "$1");
        assertThat(first).hasSize(36);

        mvc.perform(post("/offers/{id}/edit", offerId).with(user(organiser)).with(csrf()).param("provider", provider)
                        .param("kind", "SEMINAR").param("language", "de").param("titleDe", "Schweißen mit Cobots")
                        .param("price", "0").param("currency", "EUR").param("cancellationHours", "24")
                        .param("questions[0].id", first).param("questions[0].de", "x".repeat(301))
                        .param("questions[1].id", second).param("questions[1].en", "Dietary needs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"question-0-error\"")))
                .andExpect(content().string(containsString("value=\"" + "x".repeat(301) + "\"")));

        mvc.perform(post("/offers/{id}/edit", offerId).with(user(organiser)).with(csrf()).param("provider", provider)
                        .param("kind", "SEMINAR").param("language", "de").param("titleDe", "Schweißen mit Cobots")
                        .param("price", "0").param("currency", "EUR").param("cancellationHours", "24")
                        .param("targetSections", "F")
                        .param("questions[0].id", first).param("questions[0].de", "Welches Verfahren?")
                        .param("questions[0].required", "true")
                        .param("questions[1].id", second).param("questions[1].en", "Dietary needs")
                        .param("questions[1].remove", "true")
                        .param("questions[2].id", "").param("questions[2].nb", "Antall ansatte?"))
                .andExpect(flash().attribute("saved", "offers.saved"));
        String questions = jdbc.queryForObject("select questions from offer where id = ?", String.class,
                UUID.fromString(offerId));
        assertThat(questions).contains("\"id\":\"" + first + "\"", "Welches Verfahren?", "Antall ansatte?")
                .doesNotContain(second, "Dietary needs");

        mvc.perform(get("/offers/{id}", offerId).with(user(organiser)))
                .andExpect(content().string(containsString(">Construction</span>")))
                .andExpect(content().string(not(containsString(">Manufacturing</span>"))))
                .andExpect(content().string(not(containsString("offer-sizes"))));
    }

    @Test
    void theRegistrationAsksTheQuestionsAndTheOrganiserSeesAndExportsTheAnswers() throws Exception {
        Published offer = published("Verksted med spørsmål.", List.of(
                Map.of("label", Map.of("nb", "Hvilke maskiner har dere?", "en", "Which machines do you have?"),
                        "required", true),
                Map.of("label", Map.of("de", "Besondere Wünsche?"))));
        String machines = offer.questionIds().get(0);
        String wishes = offer.questionIds().get(1);
        UptakeUser person = person();

        mvc.perform(get("/offers/{id}", offer.offerId()).with(user(person)))
                .andExpect(content().string(containsString("Which machines do you have?</span>")))
                .andExpect(content().string(containsString("Besondere Wünsche?</span>")))
                .andExpect(content().string(containsString("<span class=\"visually-hidden\">(required)</span>")))
                .andExpect(content().string(containsString("name=\"answer-" + machines + "\"")));
        mvc.perform(get("/offers/{id}", offer.offerId()).with(user(person)).header("Accept-Language", "nb"))
                .andExpect(content().string(containsString("Hvilke maskiner har dere?</span>")));

        mvc.perform(post("/offers/sessions/{id}/register", offer.sessionId()).with(user(person)).with(csrf())
                        .param("answer-" + machines, " ").param("answer-" + wishes, "Kaffe, takk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answer-" + offer.sessionId() + "-" + machines
                        + "-error\"")))
                .andExpect(content().string(containsString("Please answer this question.")))
                .andExpect(content().string(containsString(">Kaffe, takk</textarea>")));
        assertThat(jdbc.queryForObject("select count(*) from registration where session_id = ?", Integer.class,
                UUID.fromString(offer.sessionId()))).isZero();

        mvc.perform(post("/offers/sessions/{id}/register", offer.sessionId()).with(user(person)).with(csrf())
                        .param("answer-" + machines, "CNC-Fräse").param("answer-" + UUID.randomUUID(), "gone"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("its questions may have changed")))
                .andExpect(content().string(containsString(">CNC-Fräse</textarea>")));
        mvc.perform(post("/offers/sessions/{id}/register", offer.sessionId()).with(user(person)).with(csrf())
                        .param("answer-" + machines, "=HYPERLINK(\"http://evil\")").param("answer-" + wishes, "Kaffe, takk"))
                .andExpect(flash().attribute("saved", "registration.page.CONFIRMED"));

        mvc.perform(get("/offers/sessions/{id}/participants", offer.sessionId()).with(user(offer.organiser())))
                .andExpect(content().string(containsString("Which machines do you have?</dt>")))
                .andExpect(content().string(containsString("=HYPERLINK(&quot;http://evil&quot;)</dd>")))
                .andExpect(content().string(containsString("Kaffe, takk</dd>")));
        String csv = new String(mvc.perform(get("/offers/sessions/{id}/participants.csv", offer.sessionId())
                        .with(user(offer.organiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",Registered at,Which machines do you have?,Besondere Wünsche?");
        assertThat(lines[1]).endsWith(",\"'=HYPERLINK(\"\"http://evil\"\")\",\"Kaffe, takk\"");
    }
}
