package org.uptake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.identity.account.AccountRepository;

@ApplicationTest
class AccountsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Test
    void registersWithTheDefaultRoleAndANormalisedEmail() {
        String email = "Mixed.Case-" + UUID.randomUUID() + "@Example.ORG";
        var response = new ApiClient(port).post("/api/v1/accounts",
                Map.of("email", "  " + email + " ", "password", ApiClient.PASSWORD, "displayName", "Sabine", "locale", "de"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("email")).isEqualTo(email.toLowerCase());
        assertThat(response.body().path("roles").toString()).isEqualTo("[\"SME_USER\"]");
        assertThat(accounts.findByEmail(email.toLowerCase())).get()
                .satisfies(account -> assertThat(account.getLocale()).isEqualTo("de"))
                .satisfies(account -> assertThat(account.getPasswordHash()).startsWith("{bcrypt}"));
    }

    @Test
    void refusesASecondRegistrationOfTheSameEmailWith409() {
        ApiClient api = new ApiClient(port);
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        Map<String, String> body = Map.of("email", email, "password", ApiClient.PASSWORD, "displayName", "Twice");

        assertThat(api.post("/api/v1/accounts", body).status()).isEqualTo(201);
        var again = api.post("/api/v1/accounts", Map.of("email", email.toUpperCase(), "password", ApiClient.PASSWORD,
                "displayName", "Twice"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.headers().get("content-type").getFirst()).startsWith("application/problem+json");
        assertThat(accounts.findAll().stream().filter(a -> a.getEmail().equals(email)).count()).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsOfOneEmailCreateOneAccount() throws Exception {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        Callable<Integer> register = () -> new ApiClient(port).post("/api/v1/accounts",
                Map.of("email", email, "password", ApiClient.PASSWORD, "displayName", "Race")).status();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var statuses = pool.invokeAll(java.util.Collections.nCopies(8, register)).stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        }
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void listsEveryInvalidFieldInTheCallersLanguage() {
        var response = new ApiClient(port).language("de").post("/api/v1/accounts",
                Map.of("email", "not-an-email", "password", "", "displayName", "x".repeat(101)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("title")).isEqualTo("Ungültige Anfrage");
        var errors = response.body().path("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("email", "password", "displayName");
        assertThat(errors.toString()).contains("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    }

    @Test
    void rejectsAWeakPasswordWithTheRuleItBreaks() {
        var response = new ApiClient(port).language("nb").post("/api/v1/accounts",
                Map.of("email", "weak-" + UUID.randomUUID() + "@example.org", "password", "kort1", "displayName", "Kari"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("message").asString()).isEqualTo("Passordet må ha minst 12 tegn.");
    }

    @Test
    void rejectsMalformedJson() {
        var response = new ApiClient(port).postRaw("/api/v1/accounts", "{\"email\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("not valid JSON");
    }
}
