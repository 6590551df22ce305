package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
import org.uptake.TestMailServer;
import org.uptake.identity.Accounts;
import org.uptake.identity.UptakeUser;

/** A reader in Trøndelag: catalogue, offer page, registration and the confirmation mail in Bokmål. */
@ApplicationTest
@AutoConfigureMockMvc
class OfferPagesInNorwegianTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void catalogueOfferPageRegistrationAndMailSpeakBokmal() throws Exception {
        OfferFixtures.Provider provider = OfferFixtures.provider(port, jdbc, "Orkla Industripark", "BUSINESS_PARK",
                "NO060");
        ApiClient api = provider.api();
        String word = "Robotcelle" + UUID.randomUUID().toString().substring(0, 6);
        String offerId = api.post("/api/v1/offers", OfferFixtures.offer(provider.organisationId(), "WORKSHOP",
                Map.of("nb", word + " i produksjonen", "en", word + " in production"),
                Map.of("nb", "Vi viser **samarbeidende roboter** i praksis."), "automation")).text("id");
        String sessionId = api.post("/api/v1/offers/" + offerId + "/sessions", Map.of("start", "2031-03-04T09:00",
                "end", "2031-03-04T15:00", "timeZone", "Europe/Oslo", "capacity", 10,
                "address", "Orkla Industripark, Svorkmo", "nutsCode", "NO060")).text("id");
        api.post("/api/v1/offers/" + offerId + "/publish", Map.of());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(BOKMAL)
                .format(Instant.parse("2031-03-04T08:00:00Z").atZone(ZoneId.of("Europe/Oslo")));

        String catalogue = page(get("/offers").param("q", word.toLowerCase(Locale.ROOT)));
        assertThat(catalogue).contains("1 tilbud", "Verksted", word + " i produksjonen</a>", when,
                "Rekkefølge", "Beste treff først");

        ApiClient participantApi = new ApiClient(port);
        String participantEmail = participantApi.signUp();
        jdbc.update("update account set locale = 'nb' where email = ?", participantEmail);
        UptakeUser participant = UptakeUser.of(accounts.findByEmail(participantEmail).orElseThrow());
        String detail = page(get("/offers/{id}", offerId).with(user(participant)));
        assertThat(detail).contains("<strong>samarbeidende roboter</strong>", "10 av 10 plasser ledige", "Meld på");

        mvc.perform(post("/offers/sessions/{id}/register", sessionId).with(user(participant)).with(csrf())
                .header("Accept-Language", "nb"));
        assertThat(page(get("/offers/{id}", offerId).with(user(participant)))).contains("9 av 10 plasser ledige");
        assertThat(TestMailServer.awaitMailTo(participantEmail, "Bekreftet: " + word + " i produksjonen").text())
                .contains("plassen din er bekreftet", "Orkla Industripark, Svorkmo", when);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Accept-Language", "nb")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
