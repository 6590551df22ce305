package org.uptake.funding.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.funding.FundingFixtures.Applicant;
import org.uptake.funding.FundingFixtures.Person;

import tools.jackson.databind.JsonNode;

/** Ranking, selection, overrides, decisions, review requests, export and open data through the API. */
@ApplicationTest
class RankingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static List<String> ids(JsonNode ranking) {
        return ranking.valueStream().map(r -> r.path("applicationId").asString()).toList();
    }

    static JsonNode entry(JsonNode ranking, UUID id) {
        return ranking.valueStream().filter(r -> r.path("applicationId").asString().equals(id.toString()))
                .findFirst().orElseThrow();
    }

    @Test
    void theRankingOrdersByWeightedScoreAndTheSelectionFillsTheBudgetInRankOrder() {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        UUID a = data.reviewed(call, lead, "Alpha", 30000, 5, 5, manager.id()); // 100 %
        UUID b = data.reviewed(call, lead, "Beta", 30000, 4, 4, manager.id()); // 12/15 = 80 %
        UUID c = data.reviewed(call, lead, "Gamma", 20000, 4, 3, manager.id()); // 11/15 = 73.33 %
        UUID d = data.reviewed(call, lead, "Delta", 5000, 2, 5, manager.id()); // relevance below 3
        UUID e = data.application(call, lead, "Epsilon", "SUBMITTED", 10000, Map.of(), manager.id());

        var ranking = manager.api().get("/api/v1/calls/" + call + "/ranking");
        assertThat(ranking.status()).as(ranking.body().toString()).isEqualTo(200);
        assertThat(ids(ranking.body())).containsExactly(a.toString(), b.toString(), c.toString(), d.toString());
        JsonNode gamma = entry(ranking.body(), c);
        assertThat(gamma.path("rank").asInt()).isEqualTo(3);
        assertThat(gamma.path("weightedScore").decimalValue()).isEqualByComparingTo("73.33");
        assertThat(gamma.path("passesThresholds").asBoolean()).isTrue();
        assertThat(gamma.path("requestedGrant").decimalValue()).isEqualByComparingTo("20000");
        assertThat(gamma.path("selected").asBoolean()).isFalse();
        assertThat(gamma.path("scores").path("relevance").asInt()).isEqualTo(4);
        assertThat(entry(ranking.body(), d).path("passesThresholds").asBoolean()).isFalse();
        assertThat(ids(ranking.body())).doesNotContain(e.toString());

        var selection = manager.api().post("/api/v1/calls/" + call + "/selection", Map.of());
        assertThat(selection.status()).as(selection.body().toString()).isEqualTo(200);
        JsonNode ranked = selection.body().path("ranking");
        assertThat(entry(ranked, a).path("selected").asBoolean()).isTrue();
        assertThat(entry(ranked, b).path("selected").asBoolean()).isTrue();
        assertThat(entry(ranked, c).path("selected").asBoolean()).isFalse();
        assertThat(entry(ranked, c).path("reserveRank").asInt()).isEqualTo(1);
        assertThat(entry(ranked, d).path("reserveRank").isNumber()).as("not on the reserve list").isFalse();
        assertThat(selection.body().path("budgetUsed").decimalValue()).isEqualByComparingTo("60000");
        assertThat(selection.body().path("budgetLeft").decimalValue()).isEqualByComparingTo("10000");
        assertThat(selection.body().path("notRanked").get(0).path("reason").asString())
                .isEqualTo("ELIGIBILITY_NOT_CHECKED");

        Long version = jdbc.queryForObject("select version from funding_application where id = ?", Long.class, a);
        var again = manager.api().post("/api/v1/calls/" + call + "/selection", Map.of());
        assertThat(again.body().path("ranking")).isEqualTo(ranked);
        assertThat(jdbc.queryForObject("select version from funding_application where id = ?", Long.class, a))
                .as("a second run changes nothing").isEqualTo(version);

        // an override needs a reason: refused in the caller's language, nothing changes
        var noReason = manager.api().language("de").post("/api/v1/applications/" + b + "/selection-override",
                Map.of("override", "EXCLUDE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().toString()).contains("Begründen Sie die Festlegung");
        var unknown = manager.api().post("/api/v1/applications/" + b + "/selection-override",
                Map.of("override", "MAYBE", "reason", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select selection_override from funding_application where id = ?",
                String.class, b)).isNull();

        var excluded = manager.api().post("/api/v1/applications/" + b + "/selection-override",
                Map.of("override", "EXCLUDE", "reason", "Double funding with an ongoing ERDF project."));
        assertThat(excluded.status()).as(excluded.body().toString()).isEqualTo(200);
        var rerun = manager.api().post("/api/v1/calls/" + call + "/selection", Map.of());
        JsonNode after = rerun.body().path("ranking");
        assertThat(entry(after, a).path("selected").asBoolean()).isTrue();
        assertThat(entry(after, b).path("selected").asBoolean()).isFalse();
        assertThat(entry(after, b).path("override").asString()).isEqualTo("EXCLUDE");
        assertThat(entry(after, c).path("selected").asBoolean()).as("Gamma moves up").isTrue();
        assertThat(rerun.body().path("budgetUsed").decimalValue()).isEqualByComparingTo("50000");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FUNDING_SELECTION_OVERRIDE' "
                + "and subject_id = ?", Integer.class, b.toString())).isEqualTo(1);

        assertThat(lead.api().get("/api/v1/calls/" + call + "/ranking").status()).isEqualTo(403);
        assertThat(lead.api().post("/api/v1/calls/" + call + "/selection", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void theSelectionWaitsForTheDeadline() {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String open = data.fixtures().publishedCall(manager, java.time.LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        var refused = manager.api().language("nb").post("/api/v1/calls/" + open + "/selection", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().toString()).contains("etter søknadsfristen");
    }

    @Test
    void decisionsAreCheckedRecordedMailedAndDecideTheCallWhichPublishesItsFundedProjects() {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        jdbc.update("update account set locale = 'de' where email = ?", lead.email());
        Applicant other = data.applicant();
        UUID a = data.reviewed(call, lead, "=HYPERLINK(\"http://evil\")", 30000, 5, 5, manager.id());
        UUID weak = data.reviewed(call, other, "Weak", 20000, 2, 2, manager.id());
        UUID late = data.application(call, other, "Late", "SUBMITTED", 10000, Map.of(), manager.id());

        var visitor = new ApiClient(port);
        assertThat(visitor.get("/api/v1/calls/" + call + "/funded-projects").status()).as("not decided yet")
                .isEqualTo(409);

        var byApplicant = lead.api().post("/api/v1/applications/" + a + "/decision",
                Map.of("decision", "APPROVED", "text", "Congratulations."));
        assertThat(byApplicant.status()).isEqualTo(403);
        var unknown = manager.api().language("de").post("/api/v1/applications/" + a + "/decision",
                Map.of("decision", "MAYBE", "text", "?"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("Unbekannte Entscheidung");
        var noText = manager.api().post("/api/v1/applications/" + a + "/decision", Map.of("decision", "APPROVED"));
        assertThat(noText.status()).isEqualTo(400);
        var belowThreshold = manager.api().post("/api/v1/applications/" + weak + "/decision",
                Map.of("decision", "APPROVED", "text", "Yes."));
        assertThat(belowThreshold.status()).isEqualTo(409);
        var notReviewed = manager.api().post("/api/v1/applications/" + late + "/decision",
                Map.of("decision", "REJECTED", "text", "No."));
        assertThat(notReviewed.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from funding_application where call_id = ? and decision "
                + "is not null", Integer.class, UUID.fromString(call))).as("nothing decided").isZero();

        var approved = manager.api().post("/api/v1/applications/" + a + "/decision",
                Map.of("decision", "APPROVED", "text", "Funded as requested.", "date", "2026-11-20"));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from funding_status_change where application_id = ? and "
                + "status = 'APPROVED'", Integer.class, a)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FUNDING_DECISION' and "
                + "subject_id = ?", Integer.class, a.toString())).isEqualTo(1);
        var mail = TestMailServer.awaitMailTo(lead.email(), "Bewilligt: =HYPERLINK(\"http://evil\")");
        assertThat(mail.text()).contains("Funded as requested.").contains("/applications/" + a);
        var twice = manager.api().post("/api/v1/applications/" + a + "/decision",
                Map.of("decision", "REJECTED", "text", "Changed my mind."));
        assertThat(twice.status()).isEqualTo(409);

        assertThat(manager.api().post("/api/v1/applications/" + weak + "/decision",
                Map.of("decision", "REJECTED", "text", "Below the thresholds.")).status()).isEqualTo(200);
        assertThat(manager.api().get("/api/v1/calls/" + call).text("status")).isEqualTo("CLOSED");
        assertThat(manager.api().post("/api/v1/applications/" + late + "/decision",
                Map.of("decision", "INELIGIBLE", "text", "The consortium is incomplete.")).status()).isEqualTo(200);
        assertThat(manager.api().get("/api/v1/calls/" + call).text("status")).as("all decided").isEqualTo("DECIDED");

        var funded = visitor.get("/api/v1/calls/" + call + "/funded-projects");
        assertThat(funded.status()).isEqualTo(200);
        assertThat(funded.body()).hasSize(1);
        JsonNode project = funded.body().get(0);
        assertThat(project.path("applicationId").asString()).isEqualTo(a.toString());
        assertThat(project.path("grant").decimalValue()).isEqualByComparingTo("30000");
        assertThat(project.path("totalBudget").decimalValue()).isEqualByComparingTo("37500");
        assertThat(project.path("nutsCode").asString()).isEqualTo("DEA36");
        assertThat(project.path("region").asString()).isNotBlank();
        assertThat(project.path("beneficiaries").get(0).path("lead").asBoolean()).isTrue();
        assertThat(project.path("decisionDate").asString()).isEqualTo("2026-11-20");
        var csv = visitor.getBytes("/api/v1/calls/" + call + "/funded-projects.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK(\"\"http://evil\"\")").contains("DEA36").contains("2026-11-20");
        assertThat(visitor.get("/api/v1/calls/" + UUID.randomUUID() + "/funded-projects").status()).isEqualTo(404);

        assertThat(manager.api().post("/api/v1/calls/" + call + "/selection", Map.of()).status())
                .as("a decided call keeps its selection").isEqualTo(409);
    }

    @Test
    void theLeadMayRequestAnEvaluationReviewWithin30DaysAndTheProgrammeAnswers() throws Exception {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        Applicant stranger = data.applicant();
        UUID rejected = data.reviewed(call, lead, "Rejected project", 30000, 3, 3, manager.id());
        UUID old = data.reviewed(call, lead, "Old project", 30000, 3, 2, manager.id());
        var early = lead.api().post("/api/v1/applications/" + rejected + "/review-requests",
                Map.of("reason", "One review was not done."));
        assertThat(early.status()).as("nothing decided yet").isEqualTo(409);
        for (UUID id : List.of(rejected, old)) {
            assertThat(manager.api().post("/api/v1/applications/" + id + "/decision",
                    Map.of("decision", "REJECTED", "text", "Not enough points.")).status()).isEqualTo(200);
        }
        jdbc.update("update funding_application set decided_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), old);

        var tooLate = lead.api().language("de").post("/api/v1/applications/" + old + "/review-requests",
                Map.of("reason", "Please check."));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body().toString()).contains("30 Tage");
        var byStranger = stranger.api().post("/api/v1/applications/" + rejected + "/review-requests",
                Map.of("reason", "Me too."));
        assertThat(byStranger.status()).isEqualTo(403);
        var empty = lead.api().post("/api/v1/applications/" + rejected + "/review-requests", Map.of("reason", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from funding_review_request where application_id in (?, ?)",
                Integer.class, rejected, old)).isZero();

        var requested = lead.api().post("/api/v1/applications/" + rejected + "/review-requests",
                Map.of("reason", "The second reviewer belongs to a competitor."));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String requestId = requested.text("id");
        assertThat(lead.api().post("/api/v1/applications/" + rejected + "/review-requests",
                Map.of("reason", "Again.")).status()).as("one open request at a time").isEqualTo(409);
        assertThat(lead.api().get("/api/v1/applications/" + rejected + "/review-requests").body()).hasSize(1);
        assertThat(stranger.api().get("/api/v1/applications/" + rejected + "/review-requests").status())
                .isEqualTo(403);
        assertThat(manager.api().get("/api/v1/calls/" + call + "/review-requests").body()).hasSize(1);

        var byLead = lead.api().post("/api/v1/review-requests/" + requestId + "/answer",
                Map.of("outcome", "UPHELD", "answer", "Sure."));
        assertThat(byLead.status()).isEqualTo(403);
        var answered = manager.api().post("/api/v1/review-requests/" + requestId + "/answer",
                Map.of("outcome", "DISMISSED", "answer", "The reviewer declared no conflict and none was found."));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
        assertThat(answered.text("outcome")).isEqualTo("DISMISSED");
        TestMailServer.awaitMailTo(lead.email(), "Your request for evaluation review: dismissed (Rejected project)");
        assertThat(manager.api().post("/api/v1/review-requests/" + requestId + "/answer",
                Map.of("outcome", "UPHELD", "answer", "Oops.")).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'FUNDING_REVIEW_REQUE%' "
                + "and subject_id = ?", Integer.class, rejected.toString())).isEqualTo(2);
    }

    @Test
    void managersExportTheApplicationsWithScoresAsXlsx() throws Exception {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        data.reviewed(call, lead, "@SUM(A1:A9)", 30000, 5, 4, manager.id());
        data.application(call, lead, "Waiting", "IN_REVIEW", 10000, Map.of("relevance", 3), manager.id());
        var file = manager.api().getBytes("/api/v1/calls/" + call + "/applications.xlsx");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).contains("spreadsheetml");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Receipt number");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'@SUM(A1:A9)");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).as("relevance").isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).as("weighted").isEqualTo(93.33);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Waiting");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(lead.api().getBytes("/api/v1/calls/" + call + "/applications.xlsx").status()).isEqualTo(403);
    }

    @Test
    void concurrentSelectionRunsTakeTurnsAndAgree() throws Exception {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        for (int i = 0; i < 12; i++) {
            data.reviewed(call, lead, "Project " + i, 10000 + 1000 * i, 3 + i % 3, 2 + i % 4, manager.id());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<ApiClient.Response>>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> manager.api().post("/api/v1/calls/" + call + "/selection", Map.of())));
            }
            JsonNode first = null;
            for (var run : runs) {
                ApiClient.Response response = run.get();
                assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
                first = first == null ? response.body() : first;
                assertThat(response.body().path("ranking")).isEqualTo(first.path("ranking"));
            }
        } finally {
            pool.shutdown();
        }
        java.math.BigDecimal used = jdbc.queryForObject("select coalesce(sum(requested_grant), 0) from "
                + "funding_application where call_id = ? and selected", java.math.BigDecimal.class,
                UUID.fromString(call));
        assertThat(used).isLessThanOrEqualTo(new java.math.BigDecimal("70000"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FUNDING_SELECTION_RUN' and "
                + "subject_id = ?", Integer.class, call)).isEqualTo(4);
    }

    @Test
    void theOverallThresholdOfACallIsAPercentage() {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        Map<String, Object> body = org.uptake.funding.FundingFixtures.callBody(
                java.time.LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        body.put("overallThreshold", 150);
        var refused = manager.api().post("/api/v1/calls", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("between 0 and 100");
    }

    @Test
    void withConditionsTheRevisedVersionIsApprovedAndTheCallIsDecidedMeanwhile() {
        RankingFixtures data = new RankingFixtures(port, jdbc);
        Person manager = data.fixtures().manager();
        String call = data.closedCall(manager);
        Applicant lead = data.applicant();
        UUID app = data.reviewed(call, lead, "Conditional project", 30000, 4, 4, manager.id());
        var conditional = manager.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "APPROVED_WITH_CONDITIONS", "text", "Reduce the equipment budget by 20 %."));
        assertThat(conditional.status()).as(conditional.body().toString()).isEqualTo(200);
        assertThat(manager.api().get("/api/v1/calls/" + call).text("status")).isEqualTo("DECIDED");
        TestMailServer.awaitMailTo(lead.email(), "Approved with conditions: Conditional project");
        assertThat(manager.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "APPROVED", "text", "Too early.")).status()).as("the revision comes first")
                .isEqualTo(409);
        // the applicant's revised version (built by the application feature) moves it on
        jdbc.update("update funding_application set status = 'REVISION_SUBMITTED' where id = ?", app);
        var approved = manager.api().post("/api/v1/applications/" + app + "/decision",
                Map.of("decision", "APPROVED", "text", "The conditions are met."));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        var funded = new ApiClient(port).get("/api/v1/calls/" + call + "/funded-projects");
        assertThat(funded.body()).hasSize(1);
    }
}
