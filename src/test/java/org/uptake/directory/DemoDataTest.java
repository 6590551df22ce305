package org.uptake.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.uptake.ApiClient;

/** The demo profile: one account per role, a member SME, 30+ SMEs of every size class, two libraries; runs once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void everyDemoAccountSignsInWithTheDocumentedPassword() {
        for (String role : List.of("admin", "manager", "advisor", "trainer", "librarian", "reviewer", "sme")) {
            assertThat(new ApiClient(port).signIn(role + "@uptake.demo", "demo-password-2027").status())
                    .as(role).isEqualTo(200);
        }
        ApiClient sme = new ApiClient(port);
        sme.signIn("sme@uptake.demo", "demo-password-2027");
        var me = sme.get("/api/v1/me").body();
        assertThat(me.path("roles").toString()).isEqualTo("[\"SME_USER\"]");
        assertThat(me.path("organisations").size()).isEqualTo(1);
        assertThat(me.path("organisations").get(0).path("type").asString()).isEqualTo("SME");
    }

    @Test
    void theRegionsHaveRealisticOrganisations() {
        assertThat(count("select count(*) from organisation where type = 'SME'")).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(distinct size_class) from organisation where type = 'SME'")).isGreaterThanOrEqualTo(3);
        // the demo's two; tests that need libraries make them in Oslo (NO081), not here
        assertThat(count("select count(*) from organisation where type = 'LIBRARY' and nuts_code = 'NO060'")).isEqualTo(2);
        for (String type : List.of("AGENCY", "CHAMBER")) {
            assertThat(count("select count(*) from organisation where type = '" + type + "' and nuts_code like 'DEE%'")).isPositive();
            assertThat(count("select count(*) from organisation where type = '" + type + "' and nuts_code = 'NO060'")).isPositive();
        }
        assertThat(count("select count(distinct nace_section) from organisation where type = 'SME'"))
                .as("crafts, tourism, agriculture, manufacturing and retail").isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyDemoFirmHasAnAssessmentAndTheDemoFirmShowsProgress() {
        // Other test classes may share the database: look at the demo firms only.
        String demoFirms = "select o.id from organisation o join membership m on m.organisation_id = o.id "
                + "join account a on a.id = m.account_id where o.type = 'SME' and a.email like '%@uptake.demo'";
        int firms = count("select count(*) from (" + demoFirms + ") f");
        assertThat(firms).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(distinct organisation_id) from assessment where status = 'SUBMITTED' "
                + "and organisation_id in (" + demoFirms + ")")).isEqualTo(firms);
        ApiClient sme = new ApiClient(port);
        sme.signIn("sme@uptake.demo", "demo-password-2027");
        String firm = sme.get("/api/v1/me").body().path("organisations").get(0).path("id").asString();
        var stages = jdbc.queryForList("select stage from assessment where organisation_id = ? order by stage",
                String.class, java.util.UUID.fromString(firm));
        assertThat(stages).containsExactly("T0", "T1");
        String t1 = jdbc.queryForObject("select id from assessment where organisation_id = ? and stage = 'T1'",
                String.class, java.util.UUID.fromString(firm));
        var benchmark = sme.get("/api/v1/assessments/" + t1 + "/benchmark").body();
        assertThat(benchmark.get(0).path("group").asString()).isEqualTo("all");
        assertThat(benchmark.get(0).path("sufficient").asBoolean()).isTrue();
        assertThat(benchmark.get(0).path("count").asInt()).isGreaterThanOrEqualTo(firms);
    }

    @Test
    void runningTheDemoDataAgainDuplicatesNothing() throws Exception {
        int organisations = count("select count(*) from organisation");
        int accounts = count("select count(*) from account");
        int assessments = count("select count(*) from assessment");
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(count("select count(*) from organisation")).isEqualTo(organisations);
        assertThat(count("select count(*) from account")).isEqualTo(accounts);
        assertThat(count("select count(*) from assessment")).isEqualTo(assessments);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
