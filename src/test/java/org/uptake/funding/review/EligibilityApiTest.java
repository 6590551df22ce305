package org.uptake.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.ApplicationRepository;

/** Programme staff check eligibility against the call's checklist; the status history records it. */
@ApplicationTest
class EligibilityApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationRepository applications;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(port, jdbc, applications);
    }

    private static Map<String, Object> checklist(boolean stateAid) {
        Map<String, Object> items = new HashMap<>();
        List.of("applicants", "consortium", "budget", "documents").forEach(key -> items.put(key, true));
        items.put("stateAid", stateAid);
        return items;
    }

    @Test
    void aManagerPassesAnApplicationWithTheChecklistAndTheHistoryShowsIt() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.submitted(call, fixtures.organisation(), fixtures.organisation());

        var checked = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", true, "checklist", checklist(true)));
        assertThat(checked.status()).as(checked.body().toString()).isEqualTo(200);
        assertThat(checked.text("status")).isEqualTo("ELIGIBLE");
        assertThat(checked.body().path("checklist").path("stateAid").asBoolean()).isTrue();
        assertThat(fixtures.status(id)).isEqualTo("ELIGIBLE");
        assertThat(fixtures.history(id)).containsExactly("DRAFT", "SUBMITTED", "ELIGIBLE");
        assertThat(fixtures.count("funding_eligibility_answer", id)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select changed_by from funding_status_change where application_id = ? "
                + "and status = 'ELIGIBLE'", UUID.class, UUID.fromString(id))).hasToString(manager.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FUNDING_ELIGIBLE' "
                + "and subject_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aFailNeedsAReasonAndIsRecordedWithItAndMayBeCorrectedBeforeReviewStarts() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.submitted(call, fixtures.organisation(), fixtures.organisation());
        int history = fixtures.history(id).size();

        var noReason = manager.api().language("de").post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", false, "checklist", checklist(false)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(noReason.body().toString()).contains("nicht förderfähig");
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(fixtures.history(id)).hasSize(history);
        assertThat(fixtures.count("funding_eligibility_answer", id)).isZero();

        var passWithFailedItem = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", true, "checklist", checklist(false)));
        assertThat(passWithFailedItem.status()).isEqualTo(400);
        var unknownItem = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", true, "checklist", Map.of("moonPhase", true)));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.body().toString()).contains("moonPhase", "checklist.applicants");
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");
        assertThat(fixtures.count("funding_eligibility_answer", id)).isZero();

        var failed = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", false, "reason", "No de minimis declaration.", "checklist", checklist(false)));
        assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
        assertThat(failed.text("status")).isEqualTo("INELIGIBLE");
        assertThat(failed.text("reason")).isEqualTo("No de minimis declaration.");
        assertThat(jdbc.queryForObject("select note from funding_status_change where application_id = ? "
                + "and status = 'INELIGIBLE'", String.class, UUID.fromString(id)))
                .isEqualTo("No de minimis declaration.");

        var corrected = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", true, "checklist", checklist(true)));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(fixtures.history(id)).containsExactly("DRAFT", "SUBMITTED", "INELIGIBLE", "ELIGIBLE");
        assertThat(jdbc.queryForObject("select passed from funding_eligibility_answer where application_id = ? "
                + "and item_key = 'stateAid'", Boolean.class, UUID.fromString(id))).isTrue();

        Person reviewer = fixtures.funding.reviewer();
        fixtures.assign(manager, call, id, reviewer, true);
        var tooLate = manager.api().post("/api/v1/applications/" + id + "/eligibility",
                Map.of("eligible", false, "reason", "Second thoughts."));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(fixtures.status(id)).isEqualTo("IN_REVIEW");
    }

    @Test
    void onlyManagersCheckAndOnlySubmittedApplications() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        String id = fixtures.submitted(call, fixtures.organisation());
        Person reviewer = fixtures.funding.reviewer();
        var refused = reviewer.api().post("/api/v1/applications/" + id + "/eligibility", Map.of("eligible", true));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("detail").asString()).contains("programme managers");
        assertThat(fixtures.status(id)).isEqualTo("SUBMITTED");

        jdbc.update("update funding_application set status = 'DRAFT' where id = ?", UUID.fromString(id));
        var draft = manager.api().post("/api/v1/applications/" + id + "/eligibility", Map.of("eligible", true));
        assertThat(draft.status()).isEqualTo(409);
        assertThat(manager.api().post("/api/v1/applications/" + UUID.randomUUID() + "/eligibility",
                Map.of("eligible", true)).status()).isEqualTo(404);
    }
}
