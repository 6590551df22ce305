package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;

/** Registrations appear in the person's data export; erasure removes the answers but keeps the seat counts true. */
@ApplicationTest
class RegistrationPrivacyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registrationsAreExportedAndTheirAnswersErasedWithTheAccount() {
        OfferFixtures.Provider provider = OfferFixtures.provider(port, jdbc, "Kammer", "CHAMBER", "DEE04");
        ApiClient organiser = provider.api();
        String offerId = organiser.post("/api/v1/offers", OfferFixtures.offer(provider.organisationId(), "SEMINAR",
                Map.of("de", "Datenschutz im Betrieb"), Map.of("de", "DSGVO praktisch."), "data")).text("id");
        String sessionId = organiser.post("/api/v1/offers/" + offerId + "/sessions", OfferFixtures.session(
                LocalDateTime.now().plusDays(12).withHour(9), 3, "Europe/Berlin", 5, "Kammer, Saal 1", "DEE04"))
                .text("id");
        organiser.post("/api/v1/offers/" + offerId + "/publish", Map.of());

        ApiClient person = new ApiClient(port);
        person.signUp();
        ApiClient.Response registered = person.post("/api/v1/sessions/" + sessionId + "/registrations", Map.of());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String registrationId = registered.text("id");
        jdbc.update("update registration set answers = ? where id = ?", "{\"q1\":\"Unsere Kundendatei liegt offen\"}",
                UUID.fromString(registrationId));

        var export = person.get("/api/v1/me/data").body().path("registrations");
        assertThat(export).hasSize(1);
        assertThat(export.get(0).path("offer").asText()).isEqualTo("Datenschutz im Betrieb");
        assertThat(export.get(0).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(export.get(0).path("answers").asText()).contains("Kundendatei");

        assertThat(person.post("/api/v1/me/erase", Map.of("password", ApiClient.PASSWORD)).status()).isEqualTo(204);

        assertThat(jdbc.queryForObject("select answers from registration where id = ?", String.class,
                UUID.fromString(registrationId))).isNull();
        assertThat(organiser.get("/api/v1/sessions/" + sessionId).body().path("confirmed").asInt()).isEqualTo(1);
    }
}
