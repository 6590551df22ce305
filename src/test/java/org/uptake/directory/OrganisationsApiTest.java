package org.uptake.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;

@ApplicationTest
class OrganisationsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> carpenter(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", "SME");
        body.put("nutsCode", "DEE04");
        body.put("naceCode", "16.23");
        body.put("employees", 12);
        body.put("turnoverEur", 1_800_000);
        body.put("website", "www.tischlerei-beispiel.de");
        return body;
    }

    @Test
    void createsAnOrganisationWithADerivedSizeClassAndMakesTheCreatorItsOwner() {
        ApiClient api = new ApiClient(port);
        api.signUp();
        String name = "Tischlerei " + UUID.randomUUID();

        var created = api.post("/api/v1/organisations", carpenter(name));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().get("location").getFirst()).endsWith("/api/v1/organisations/" + created.text("id"));
        assertThat(created.text("sizeClass")).isEqualTo("SMALL");
        assertThat(created.text("country")).isEqualTo("DE");
        assertThat(created.text("website")).isEqualTo("https://www.tischlerei-beispiel.de");
        assertThat(created.body().path("employees").asInt()).isEqualTo(12);
        var me = api.get("/api/v1/me").body().path("organisations");
        assertThat(me.findValuesAsString("name")).contains(name);
        assertThat(me.findValuesAsString("role")).contains("OWNER");
    }

    @Test
    void othersReadOnlyThePublicFieldsAndCannotEdit() {
        ApiClient owner = new ApiClient(port);
        owner.signUp();
        String id = owner.post("/api/v1/organisations", carpenter("Private " + UUID.randomUUID())).text("id");

        ApiClient stranger = new ApiClient(port);
        stranger.signUp();
        var seen = stranger.get("/api/v1/organisations/" + id);

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().path("employees").isNull()).isTrue();
        assertThat(seen.body().path("turnoverEur").isNull()).isTrue();
        assertThat(seen.body().path("canEdit").asBoolean()).isFalse();
        assertThat(stranger.put("/api/v1/organisations/" + id, carpenter("Taken over")).status()).isEqualTo(403);
        assertThat(owner.get("/api/v1/organisations/" + id).text("name")).startsWith("Private ");
    }

    @Test
    void membersUpdateAndTheSizeClassFollows() {
        ApiClient api = new ApiClient(port);
        api.signUp();
        var created = api.post("/api/v1/organisations", carpenter("Growing " + UUID.randomUUID()));
        Map<String, Object> bigger = carpenter(created.text("name"));
        bigger.put("employees", 120);
        bigger.put("turnoverEur", null);
        bigger.put("version", created.body().path("version").asLong());

        var updated = api.put("/api/v1/organisations/" + created.text("id"), bigger);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("sizeClass")).isEqualTo("MEDIUM");
        bigger.put("version", created.body().path("version").asLong());
        assertThat(api.put("/api/v1/organisations/" + created.text("id"), bigger).status())
                .as("a stale version is refused").isEqualTo(409);
    }

    @Test
    void badInputIsExplainedFieldByFieldAndChangesNothing() {
        ApiClient api = new ApiClient(port).language("de");
        api.signUp();
        String name = "Invalid " + UUID.randomUUID();
        Map<String, Object> body = carpenter(name);
        body.put("nutsCode", "XX999");
        body.put("naceCode", "99.99");
        var unknownCodes = api.post("/api/v1/organisations", body);
        assertThat(unknownCodes.status()).isEqualTo(400);
        assertThat(unknownCodes.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("nutsCode", "naceCode");
        assertThat(unknownCodes.body().path("errors").toString()).contains("Es gibt keine NUTS-Region mit diesem Code.");

        body = carpenter(name);
        body.put("nutsCode", "DEE");
        body.put("employees", -1);
        body.put("turnoverEur", 5e15);
        body.put("website", "not a website");
        var absurd = api.post("/api/v1/organisations", body);
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(absurd.body().path("errors").findValuesAsString("field"))
                .contains("employees", "turnoverEur", "website");

        body = carpenter(name);
        body.put("nutsCode", "DEE");
        var notLevel3 = api.post("/api/v1/organisations", body);
        assertThat(notLevel3.body().path("errors").get(0).path("message").asString()).contains("NUTS-Ebene 3");

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name)).isZero();
    }

    @Test
    void filtersBySectionRegionAndSize() {
        ApiClient api = new ApiClient(port);
        api.signUp();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> farm = carpenter("Hof " + tag);
        farm.put("naceCode", "01.11");
        farm.put("nutsCode", "NO060");
        farm.put("employees", 3);
        farm.put("turnoverEur", null);
        api.post("/api/v1/organisations", farm);
        api.post("/api/v1/organisations", carpenter("Werkstatt " + tag));

        assertThat(api.get("/api/v1/organisations?q=" + tag + "&sector=A").body().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/organisations?q=" + tag + "&region=NO06").body().path("items").get(0)
                .path("name").asString()).isEqualTo("Hof " + tag);
        assertThat(api.get("/api/v1/organisations?q=" + tag + "&sizeClass=SMALL").body().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/organisations?q=" + tag).body().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/organisations?sizeClass=HUGE").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/organisations?q=%5C%25_").body().path("total").asInt())
                .as("wildcards and the escape character are searched literally").isZero();
    }

    @Test
    void unknownOrganisationIs404AndAMalformedIdIs400() {
        ApiClient api = new ApiClient(port);
        api.signUp();
        assertThat(api.get("/api/v1/organisations/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/organisations/not-a-uuid").status()).isEqualTo(400);
    }
}
