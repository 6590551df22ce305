package org.uptake.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

/**
 * The demo profile: a decided "Smart Region 2026" call with twelve applications in every final state, two reviews
 * and a consensus each, a ranking within the budget, and an open "Smart Region 2027" call; it runs once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoFundingTest {

    private static final String DECIDED = "select id from funding_call where title_en = 'Smart Region 2026'";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void theDecidedCallHasTwelveApplicationsReviewedRankedAndDecided() {
        assertThat(jdbc.queryForObject("select status from funding_call where id = (" + DECIDED + ")", String.class))
                .isEqualTo("DECIDED");
        List<Map<String, Object>> byStatus = jdbc.queryForList("select status, count(*) as n from funding_application "
                + "where call_id = (" + DECIDED + ") group by status");
        Map<String, Long> counts = new java.util.HashMap<>();
        byStatus.forEach(row -> counts.put((String) row.get("status"), ((Number) row.get("n")).longValue()));
        assertThat(counts).containsEntry("INELIGIBLE", 1L).containsEntry("REVISION_SUBMITTED", 1L)
                .containsEntry("APPROVED", 5L).containsEntry("REJECTED", 5L);
        assertThat(count("select count(*) from funding_score s join funding_application a on a.id = s.application_id "
                + "where a.call_id = (" + DECIDED + ")")).as("two reviews of three criteria for 11 eligible")
                .isEqualTo(11 * 2 * 3);
        assertThat(count("select count(*) from funding_consensus c join funding_application a on a.id = "
                + "c.application_id where a.call_id = (" + DECIDED + ")")).isEqualTo(11 * 3);
        assertThat(count("select coalesce(sum(requested_grant), 0) from funding_application where selected and "
                + "call_id = (" + DECIDED + ")")).isLessThanOrEqualTo(330000);
        assertThat(count("select count(*) from funding_review_request r join funding_application a on a.id = "
                + "r.application_id where r.outcome = 'DISMISSED' and a.call_id = (" + DECIDED + ")")).isEqualTo(1);
        assertThat(count("select count(*) from funding_version v join funding_application a on a.id = "
                + "v.application_id where a.call_id = (" + DECIDED + ") and v.submitted_at > (select deadline from "
                + "funding_call where id = (" + DECIDED + ")) and v.version_number = 1"))
                .as("first versions came before the deadline").isZero();

        var open = new ApiClient(port).get("/api/v1/calls?status=PUBLISHED");
        assertThat(open.body().valueStream().map(c -> c.path("title").path("en").asString()).toList())
                .contains("Smart Region 2027");
        var funded = new ApiClient(port).get("/api/v1/calls/" + jdbc.queryForObject(DECIDED, String.class)
                + "/funded-projects");
        assertThat(funded.status()).isEqualTo(200);
        assertThat(funded.body().size()).isEqualTo(6);
    }

    @Test
    void runningTheDemoAgainChangesNothing() throws Exception {
        int applications = count("select count(*) from funding_application");
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(count("select count(*) from funding_application")).isEqualTo(applications);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
