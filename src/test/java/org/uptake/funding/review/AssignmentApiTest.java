package org.uptake.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.ApplicationRepository;

/** Reviewers are assigned automatically (balanced, never conflicted, re-runnable) or by hand; conflicts are refused. */
@ApplicationTest
class AssignmentApiTest {

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

    private int assignmentsOf(String callId) {
        return jdbc.queryForObject("select count(*) from funding_assignment a join funding_application p "
                + "on p.id = a.application_id where p.call_id = ?", Integer.class, UUID.fromString(callId));
    }

    @Test
    void automaticAssignmentBalancesTheLoadGivesEachApplicationOneLeadAndCanBeRepeated() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        List<Person> reviewers = List.of(fixtures.funding.reviewer(), fixtures.funding.reviewer(),
                fixtures.funding.reviewer(), fixtures.funding.reviewer());
        List<String> pool = reviewers.stream().map(Person::id).toList();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation()));
        }
        String notChecked = fixtures.submitted(call, fixtures.organisation());

        var run = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("mode", "AUTO", "reviewerUserIds", pool));
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        assertThat(run.body().path("assignments")).hasSize(12);
        Map<String, Long> perReviewer = run.body().path("assignments").valueStream()
                .collect(Collectors.groupingBy(a -> a.path("reviewerUserId").asString(), Collectors.counting()));
        assertThat(perReviewer).containsOnlyKeys(pool).allSatisfy((reviewer, count) -> assertThat(count).isEqualTo(3));
        for (String id : ids) {
            assertThat(fixtures.count("funding_assignment", id)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from funding_assignment where application_id = ? "
                    + "and lead", Integer.class, UUID.fromString(id))).isEqualTo(1);
            assertThat(fixtures.status(id)).isEqualTo("IN_REVIEW");
            assertThat(fixtures.history(id)).endsWith("ELIGIBLE", "IN_REVIEW");
        }
        assertThat(fixtures.count("funding_assignment", notChecked)).as("not eligible yet").isZero();
        assertThat(fixtures.status(notChecked)).isEqualTo("SUBMITTED");

        var again = manager.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO",
                "reviewerUserIds", pool));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("assignments")).as("nothing doubled").isEmpty();
        assertThat(assignmentsOf(call)).isEqualTo(12);

        var overview = manager.api().get("/api/v1/calls/" + call + "/assignments");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).hasSize(12);
        assertThat(overview.body().get(0).path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(overview.body().get(0).path("reviewerName").asString()).isEqualTo("Test User");
        assertThat(reviewers.get(0).api().get("/api/v1/calls/" + call + "/assignments").status()).isEqualTo(403);
    }

    @Test
    void automaticAssignmentNeverPicksAMemberOfTheConsortiumAndSaysWhoIsShort() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        Person insider = fixtures.funding.reviewer();
        Person outsider = fixtures.funding.reviewer();
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisationOf(insider));

        var run = manager.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO",
                "reviewerUserIds", List.of(insider.id(), outsider.id())));
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        assertThat(run.body().path("assignments")).hasSize(1);
        assertThat(run.body().path("assignments").get(0).path("reviewerUserId").asString()).isEqualTo(outsider.id());
        assertThat(run.body().path("assignments").get(0).path("lead").asBoolean()).isTrue();
        assertThat(run.body().path("shortOfReviewers").get(0).path("missing").asInt()).isEqualTo(1);

        var everyone = manager.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO"));
        assertThat(everyone.status()).isEqualTo(200);
        assertThat(fixtures.count("funding_assignment", id)).as("all reviewers of the platform").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from funding_assignment where application_id = ? "
                + "and reviewer_id = ?", Integer.class, UUID.fromString(id), UUID.fromString(insider.id()))).isZero();
    }

    @Test
    void manualAssignmentRefusesConflictsNonReviewersAndIneligibleApplicationsAndChangesNothing() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        Person insider = fixtures.funding.reviewer();
        jdbc.update("update account set display_name = 'Ines Insider' where id = ?", UUID.fromString(insider.id()));
        Person reviewer = fixtures.funding.reviewer();
        Person stranger = fixtures.funding.withRole("ADVISOR");
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisationOf(insider));
        String submitted = fixtures.submitted(call, fixtures.organisation());

        var conflict = manager.api().language("de").post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", id, "reviewerUserId", reviewer.id()),
                        Map.of("applicationId", id, "reviewerUserId", insider.id()))));
        assertThat(conflict.status()).isEqualTo(400);
        assertThat(conflict.body().path("errors").get(0).path("field").asString())
                .isEqualTo("assignments[1].reviewerUserId");
        assertThat(conflict.body().toString()).contains("Ines Insider gehört einer Organisation dieses Konsortiums");
        assertThat(fixtures.count("funding_assignment", id)).as("all or nothing").isZero();
        assertThat(fixtures.status(id)).isEqualTo("ELIGIBLE");

        manager.api().language("en");
        var notReviewer = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", id, "reviewerUserId", stranger.id()))));
        assertThat(notReviewer.status()).isEqualTo(400);
        assertThat(notReviewer.body().toString()).contains("not a reviewer");
        var notEligible = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", submitted, "reviewerUserId", reviewer.id()))));
        assertThat(notEligible.status()).isEqualTo(400);
        assertThat(notEligible.body().toString()).contains("eligible");
        assertThat(fixtures.count("funding_assignment", submitted)).isZero();

        var made = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", id, "reviewerUserId", reviewer.id()))));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body().path("assignments").get(0).path("lead").asBoolean()).as("first one leads").isTrue();
        var twice = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", id, "reviewerUserId", reviewer.id()))));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body().path("assignments")).isEmpty();
        assertThat(fixtures.count("funding_assignment", id)).isEqualTo(1);
        assertThat(fixtures.status(id)).isEqualTo("IN_REVIEW");
        assertThat(reviewer.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO")).status())
                .isEqualTo(403);
    }

    @Test
    void aReviewerWhoDeclaresAConflictIsReplacedByAutomaticAssignmentAndCannotBeAssignedAgain() {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 1);
        Person first = fixtures.funding.reviewer();
        Person second = fixtures.funding.reviewer();
        String id = fixtures.eligible(manager, call, fixtures.organisation(), fixtures.organisation());
        fixtures.assign(manager, call, id, first, true);

        var noReason = first.api().post("/api/v1/applications/" + id + "/declaration",
                Map.of("conflictOfInterest", true));
        assertThat(noReason.status()).isEqualTo(400);
        var declined = first.api().post("/api/v1/applications/" + id + "/declaration",
                Map.of("conflictOfInterest", true, "reason", "My brother-in-law runs the lead firm."));
        assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
        assertThat(declined.text("state")).isEqualTo("DECLINED");
        assertThat(first.api().get("/api/v1/applications/" + id + "/reviews").status()).isEqualTo(403);

        var run = manager.api().post("/api/v1/calls/" + call + "/assignments", Map.of("mode", "AUTO",
                "reviewerUserIds", List.of(first.id(), second.id())));
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().path("assignments")).hasSize(1);
        assertThat(run.body().path("assignments").get(0).path("reviewerUserId").asString()).isEqualTo(second.id());
        assertThat(run.body().path("assignments").get(0).path("lead").asBoolean()).as("the new lead").isTrue();

        var again = manager.api().post("/api/v1/calls/" + call + "/assignments",
                Map.of("assignments", List.of(Map.of("applicationId", id, "reviewerUserId", first.id()))));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().toString()).contains("conflict of interest");
        var overview = manager.api().get("/api/v1/calls/" + call + "/assignments");
        assertThat(overview.body().valueStream().map(a -> a.path("state").asString()).toList())
                .containsExactlyInAnyOrder("DECLINED", "ASSIGNED");
        assertThat(overview.body().valueStream().filter(a -> a.path("state").asString().equals("DECLINED"))
                .findFirst().orElseThrow().path("declineReason").asString()).contains("brother-in-law");
    }

    @Test
    void twoAutomaticRunsAtOnceNeitherDoubleNorFail() throws Exception {
        Person manager = fixtures.funding.manager();
        String call = fixtures.call(manager, 2);
        List<String> pool = List.of(fixtures.funding.reviewer().id(), fixtures.funding.reviewer().id(),
                fixtures.funding.reviewer().id());
        for (int i = 0; i < 4; i++) {
            fixtures.eligible(manager, call, fixtures.organisation());
        }
        Map<String, Object> body = Map.of("mode", "AUTO", "reviewerUserIds", pool);
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var runs = java.util.stream.IntStream.range(0, 4).mapToObj(i -> executor.submit(
                    () -> manager.api().post("/api/v1/calls/" + call + "/assignments", body))).toList();
            int made = 0;
            for (var run : runs) {
                var response = run.get();
                assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
                made += response.body().path("assignments").size();
            }
            assertThat(made).as("the runs together made each assignment once").isEqualTo(8);
        }
        assertThat(assignmentsOf(call)).isEqualTo(8);
        assertThat(jdbc.queryForList("select count(*) from funding_assignment a join funding_application p "
                + "on p.id = a.application_id where p.call_id = ? group by a.application_id", Integer.class,
                UUID.fromString(call))).containsOnly(2);
    }
}
