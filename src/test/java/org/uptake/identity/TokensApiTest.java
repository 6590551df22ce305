package org.uptake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;

@ApplicationTest
class TokensApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenIdentifiesTheCaller() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();

        var me = api.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.body().path("roles").toString()).isEqualTo("[\"SME_USER\"]");
        assertThat(me.body().path("organisations").isArray()).isTrue();
    }

    @Test
    void withoutATokenTheApiAnswers401AsAProblemNotALoginPage() {
        var response = new ApiClient(port).language("de").get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().get("content-type").getFirst()).startsWith("application/problem+json");
        assertThat(response.text("title")).isEqualTo("Nicht angemeldet");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();

        var response = new ApiClient(port).signIn(email, "Wrong-password-2027");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("detail")).isEqualTo("The e-mail address or password is wrong.");
        assertThat(response.body().has("token")).isFalse();
    }

    @Test
    void unknownRevokedAndExpiredTokensAreRefused() {
        assertThat(new ApiClient(port).token("upt_made-up").get("/api/v1/me").text("detail"))
                .isEqualTo("The token is unknown, expired or revoked.");

        ApiClient api = new ApiClient(port);
        api.signUp();
        var tokens = api.get("/api/v1/me/tokens").body();
        String tokenId = tokens.get(0).path("id").asString();
        assertThat(api.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);

        ApiClient expiring = new ApiClient(port);
        String email = expiring.signUp();
        jdbc.update("update api_token set expires_at = ? where account_id = (select id from account where email = ?)",
                Timestamp.from(Instant.now().minusSeconds(1)), email);
        assertThat(expiring.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        ApiClient owner = new ApiClient(port);
        owner.signUp();
        String tokenId = owner.get("/api/v1/me/tokens").body().get(0).path("id").asString();

        ApiClient other = new ApiClient(port);
        other.signUp();

        assertThat(other.delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new ApiClient(port).signIn(email, "Wrong-password-" + attempt).status()).isEqualTo(401);
        }

        var locked = new ApiClient(port).signIn(email, ApiClient.PASSWORD);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.text("detail")).contains("locked");
        assertThat(jdbc.queryForObject("select count(*) from audit_event e join account a on a.id = e.actor_id "
                + "where a.email = ? and e.action = 'ACCOUNT_LOCKED'", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void exportsAndErasesPersonalData() {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        var created = api.post("/api/v1/organisations", Map.of("name", "Erase Test " + UUID.randomUUID(), "type", "SME",
                "nutsCode", "DEE04", "naceCode", "43.21", "employees", 3));
        assertThat(created.status()).isEqualTo(201);

        var export = api.get("/api/v1/me/data");
        assertThat(export.body().path("account").path("email").asString()).isEqualTo(email);
        assertThat(export.body().path("organisations").get(0).path("role").asString()).isEqualTo("OWNER");

        assertThat(api.post("/api/v1/me/erase", Map.of("password", "wrong-password-1")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/me/erase", Map.of("password", ApiClient.PASSWORD)).status()).isEqualTo(204);

        assertThat(new ApiClient(port).signIn(email, ApiClient.PASSWORD).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from membership where organisation_id = ?", Integer.class,
                UUID.fromString(created.text("id")))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class,
                UUID.fromString(created.text("id")))).isEqualTo(1);
    }
}
