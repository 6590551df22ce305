package org.uptake.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;

import tools.jackson.databind.JsonNode;

@ApplicationTest
class AssessmentApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.uptake.assessment.questionnaire.QuestionnaireCatalog catalog;

    private static String pinTest(int version, int lowUpTo) {
        return """
                key: pin-test
                version: %d
                scoring: dimensions
                title: {en: "Pinning test"}
                levels:
                  - {id: LOW, max: %d, en: Low}
                  - {id: HIGH, max: 100, en: High}
                dimensions:
                  - {id: only, en: Only}
                questions:
                  - id: P1
                    dimension: only
                    kind: scale05
                    text: {en: "How far?"}
                    items:
                      - {id: P1.1, en: "This far"}
                """.formatted(version, lowUpTo);
    }

    /** A signed-in owner of a fresh SME in the given NUTS 3 region. */
    record Firm(ApiClient api, String organisationId) {
    }

    private Firm firm(String nuts) {
        ApiClient api = new ApiClient(port);
        api.signUp();
        String id = api.post("/api/v1/organisations", Map.of("name", "Firm " + UUID.randomUUID(), "type", "SME",
                "nutsCode", nuts, "naceCode", "43.22", "employees", 4)).text("id");
        return new Firm(api, id);
    }

    private String start(Firm firm, String stage) {
        var started = firm.api().post("/api/v1/organisations/" + firm.organisationId() + "/assessments",
                Map.of("questionnaire", "dma-sme", "stage", stage));
        assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
        return started.text("id");
    }

    /** Every required row answered at {@code level} (0..5) and every checkbox ticked or not. */
    private static Map<String, Object> complete(int level, boolean tick) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            answers.put("Q4." + i, level);
        }
        for (int i = 1; i <= 5; i++) {
            answers.put("Q9." + i, level);
            answers.put("Q11." + i, level >= 3 ? "yes" : level >= 1 ? "partially" : "no");
        }
        for (int i = 1; i <= 10; i++) {
            answers.put("Q2." + i, tick);
            answers.put("Q1." + i, Map.of("planned", tick, "invested", tick));
        }
        return answers;
    }

    private JsonNode submitWith(Firm firm, String stage, int level, boolean tick) {
        String id = start(firm, stage);
        assertThat(firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", complete(level, tick)))
                .status()).isEqualTo(200);
        var submitted = firm.api().post("/api/v1/assessments/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        return submitted.body();
    }

    @Test
    void listsQuestionnairesAndServesDefinitionsInTheReadersLanguage() {
        var list = new ApiClient(port).get("/api/v1/questionnaires").body();
        assertThat(list.findValuesAsString("key")).contains("dma-sme", "dii-v3");

        var definition = new ApiClient(port).language("nb").get("/api/v1/questionnaires/dma-sme").body();
        assertThat(definition.path("version").asInt()).isEqualTo(1);
        assertThat(definition.path("questions").size()).isEqualTo(11);
        assertThat(definition.path("dimensions").get(0).path("name").asString()).isEqualTo("Digital forretningsstrategi");
        assertThat(new ApiClient(port).get("/api/v1/questionnaires/nope").status()).isEqualTo(404);
    }

    @Test
    void savesDraftsBySubmissionAndScoresExactly() {
        Firm firm = firm("DEE04");
        String id = start(firm, "T0");

        Map<String, Object> first = complete(5, false);
        first.remove("Q11.5");
        firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", first));
        // A second device resumes the draft and adds the rest.
        var resumed = firm.api().get("/api/v1/assessments/" + id).body();
        assertThat(resumed.path("status").asString()).isEqualTo("DRAFT");
        assertThat(resumed.path("answers").path("Q4.1").asInt()).isEqualTo(5);

        var incomplete = firm.api().post("/api/v1/assessments/" + id + "/submit", Map.of());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.body().path("missing").toString()).isEqualTo("[\"Q11.5\"]");

        firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("Q11.5", "yes",
                "Q7.1", true, "Q7.3", true)));
        var scored = firm.api().post("/api/v1/assessments/" + id + "/submit", Map.of());

        // readiness: Q3 0, Q4 10 -> 50; automation Q9 10 -> 100; data: Q7 2 of 7 -> 2.857, Q8 0 -> 14.3;
        // green: Q10 0, Q11 10 -> 50; strategy and human 0 -> overall (0 + 50 + 0 + 14.2857 + 100 + 50) / 6 = 35.7
        assertThat(scored.status()).isEqualTo(200);
        assertThat(scored.body().path("overall").asDouble()).isEqualTo(35.7);
        assertThat(scored.body().path("level").asString()).isEqualTo("AVERAGE");
        assertThat(scored.body().path("dimensions").path("data").asDouble()).isEqualTo(14.3);
        assertThat(scored.body().path("questions").path("Q7").asDouble()).isEqualTo(2.9);
    }

    @Test
    void badAnswersNameEveryItemAndSaveNothing() {
        Firm firm = firm("DEE04");
        String id = start(firm, "T0");

        var rejected = firm.api().language("de").put("/api/v1/assessments/" + id + "/answers", Map.of("answers",
                Map.of("Q4.1", 7, "Q2.1", "ja", "Q99.9", true, "Q4.2", 3)));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("Q4.1", "Q2.1", "Q99.9");
        assertThat(rejected.body().path("errors").toString()).contains("ganzen Zahl von 0 bis 5");
        assertThat(firm.api().get("/api/v1/assessments/" + id).body().path("answers").size()).isZero();

        var exclusive = firm.api().put("/api/v1/assessments/" + id + "/answers",
                Map.of("answers", Map.of("Q7.2", true, "Q7.1", true)));
        assertThat(exclusive.status()).isEqualTo(400);
        assertThat(exclusive.body().path("errors").get(0).path("field").asString()).isEqualTo("Q7.2");
    }

    @Test
    void aSubmittedAssessmentIsFrozen() {
        Firm firm = firm("DEE04");
        submitWith(firm, "T0", 2, false);
        String id = firm.api().get("/api/v1/assessments/" + jdbc.queryForObject(
                "select id from assessment where organisation_id = ?", UUID.class, UUID.fromString(firm.organisationId())))
                .text("id");

        assertThat(firm.api().post("/api/v1/assessments/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("Q4.1", 0)))
                .status()).isEqualTo(409);
        assertThat(firm.api().get("/api/v1/assessments/" + id).body().path("answers").path("Q4.1").asInt()).isEqualTo(2);
        assertThat(firm.api().post("/api/v1/organisations/" + firm.organisationId() + "/assessments",
                Map.of("questionnaire", "dma-sme", "stage", "T0")).status()).isEqualTo(409);
        assertThat(firm.api().post("/api/v1/organisations/" + firm.organisationId() + "/assessments",
                Map.of("questionnaire", "dma-sme", "stage", "later")).status()).isEqualTo(400);
    }

    @Test
    void theNextStageStartsFromACopyAndThePreviousStaysAsItWas() {
        Firm firm = firm("DEE04");
        submitWith(firm, "T0", 2, false);
        UUID t0 = jdbc.queryForObject("select id from assessment where organisation_id = ?", UUID.class,
                UUID.fromString(firm.organisationId()));

        var t1 = firm.api().post("/api/v1/assessments/" + t0 + "/next-stage", Map.of("stage", "T1"));

        assertThat(t1.status()).isEqualTo(201);
        assertThat(t1.body().path("answers").path("Q4.1").asInt()).isEqualTo(2);
        firm.api().put("/api/v1/assessments/" + t1.text("id") + "/answers", Map.of("answers", Map.of("Q4.1", 5)));
        assertThat(firm.api().get("/api/v1/assessments/" + t0).body().path("answers").path("Q4.1").asInt()).isEqualTo(2);
    }

    @Test
    void onlyMembersAndAdvisorsItSharesWithSeeAnAssessment() {
        Firm firm = firm("DEE04");
        submitWith(firm, "T0", 3, true);
        UUID id = jdbc.queryForObject("select id from assessment where organisation_id = ?", UUID.class,
                UUID.fromString(firm.organisationId()));

        ApiClient stranger = new ApiClient(port);
        stranger.signUp();
        assertThat(stranger.get("/api/v1/assessments/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/assessments/" + id + "/submit", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of())).status())
                .isEqualTo(404);

        ApiClient advisor = new ApiClient(port);
        String advisorEmail = advisor.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, 'ADVISOR' from account where email = ?",
                advisorEmail);
        advisor.signIn(advisorEmail, ApiClient.PASSWORD);
        String chamber = advisor.post("/api/v1/organisations", Map.of("name", "Kammer " + UUID.randomUUID(),
                "type", "CHAMBER", "nutsCode", "DEE0D", "naceCode", "94.11", "employees", 40)).text("id");
        assertThat(advisor.get("/api/v1/assessments/" + id).status()).isEqualTo(404);

        assertThat(firm.api().put("/api/v1/organisations/" + firm.organisationId() + "/advisors/" + chamber, Map.of())
                .status()).isEqualTo(204);
        assertThat(advisor.get("/api/v1/assessments/" + id).status()).isEqualTo(200);
        assertThat(advisor.put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of())).status())
                .as("advisors read, they do not edit").isEqualTo(404);
        var firms = advisor.get("/api/v1/advisor/firms").body();
        assertThat(firms.findValuesAsString("organisationId")).containsExactly(firm.organisationId());

        firm.api().delete("/api/v1/organisations/" + firm.organisationId() + "/advisors/" + chamber);
        assertThat(advisor.get("/api/v1/assessments/" + id).status()).isEqualTo(404);
        assertThat(advisor.get("/api/v1/advisor/firms").body().size()).isZero();
    }

    @Test
    void benchmarksShowNoFiguresUntilFiveFirmsCompare() {
        String region = "FI1D1"; // Etelä-Savo: no other test uses it
        Firm first = firm(region);
        submitWith(first, "T0", 0, false);
        UUID id = jdbc.queryForObject("select id from assessment where organisation_id = ?", UUID.class,
                UUID.fromString(first.organisationId()));
        for (int level = 1; level <= 3; level++) {
            submitWith(firm(region), "T0", level, level % 2 == 0);
        }
        JsonNode four = group(first.api().get("/api/v1/assessments/" + id + "/benchmark").body(), "region:FI1D");
        assertThat(four.path("sufficient").asBoolean()).isFalse();
        assertThat(four.path("count").isNull()).isTrue();
        assertThat(four.path("median").isNull()).isTrue();

        submitWith(firm(region), "T0", 5, true);
        JsonNode five = group(first.api().get("/api/v1/assessments/" + id + "/benchmark").body(), "region:FI1D");

        assertThat(five.path("sufficient").asBoolean()).isTrue();
        assertThat(five.path("count").asInt()).isEqualTo(5);
        assertThat(five.path("percentile").asDouble()).isEqualTo(10.0);
        assertThat(five.path("dimensions").path("automation").path("median").asDouble()).isEqualTo(40.0);
    }

    @Test
    void aNewStageReplacesTheOldOneInTheBenchmark() {
        String region = "EL411";
        Firm firm = firm(region);
        submitWith(firm, "T0", 0, false);
        UUID t0 = jdbc.queryForObject("select id from assessment where organisation_id = ?", UUID.class,
                UUID.fromString(firm.organisationId()));
        String t1 = firm.api().post("/api/v1/assessments/" + t0 + "/next-stage", Map.of("stage", "T1")).text("id");
        firm.api().put("/api/v1/assessments/" + t1 + "/answers", Map.of("answers", complete(5, true)));
        firm.api().post("/api/v1/assessments/" + t1 + "/submit", Map.of());

        Integer counted = jdbc.queryForObject("select total from benchmark_distribution where questionnaire_key = 'dma-sme' "
                + "and peer_group = 'region:EL41' and metric = 'overall'", Integer.class);
        assertThat(counted).as("each firm counts once, with its latest assessment").isEqualTo(1);
    }

    @Test
    void concurrentSavesFromTwoTabsKeepEveryItem() throws Exception {
        Firm firm = firm("DEE04");
        String id = start(firm, "T0");
        List<Callable<Integer>> tabs = List.of(
                () -> firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("Q4.1", 1, "Q4.2", 2))).status(),
                () -> firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("Q4.3", 3, "Q2.1", true))).status(),
                () -> firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("Q9.1", 4))).status());
        try (var pool = Executors.newFixedThreadPool(3)) {
            for (var result : pool.invokeAll(tabs)) {
                assertThat(result.get()).isEqualTo(200);
            }
        }
        var answers = firm.api().get("/api/v1/assessments/" + id).body().path("answers");
        assertThat(answers.size()).isEqualTo(5);
        assertThat(answers.path("Q4.3").asInt()).isEqualTo(3);
    }

    private static JsonNode group(JsonNode benchmark, String key) {
        for (JsonNode group : benchmark) {
            if (group.path("group").asString().equals(key)) {
                return group;
            }
        }
        throw new AssertionError("no group " + key + " in " + benchmark);
    }

    @Test
    void theDigitalIntensityIndexAnswersWithScoreLevelAndEurostatFigures() {
        Firm firm = firm("NO060");
        var started = firm.api().post("/api/v1/organisations/" + firm.organisationId() + "/assessments",
                Map.of("questionnaire", "dii-v3", "stage", "T0"));
        String id = started.text("id");
        firm.api().put("/api/v1/assessments/" + id + "/answers", Map.of("answers", Map.of("staff_internet", true,
                "broadband_30", true, "cloud_any", true, "social_media_any", true, "erp", true, "crm", false)));

        var scored = firm.api().post("/api/v1/assessments/" + id + "/submit", Map.of()).body();

        assertThat(scored.path("score").asInt()).isEqualTo(5);
        assertThat(scored.path("level").asString()).isEqualTo("LOW");
        var eurostat = firm.api().get("/api/v1/assessments/" + id + "/eurostat").body();
        assertThat(eurostat.path("country").path("geo").asString()).isEqualTo("NO");
        assertThat(eurostat.path("eu").path("percent").asDouble()).isEqualTo(68.85);
        assertThat(eurostat.path("microComparedWithSmall").asBoolean()).isTrue();
    }

    @Test
    void anAssessmentKeepsScoringUnderTheVersionItWasStartedWith() {
        catalog.register(pinTest(1, 50));
        Firm firm = firm("DEE04");
        var started = firm.api().post("/api/v1/organisations/" + firm.organisationId() + "/assessments",
                Map.of("questionnaire", "pin-test", "stage", "T0"));
        firm.api().put("/api/v1/assessments/" + started.text("id") + "/answers", Map.of("answers", Map.of("P1.1", 3)));

        catalog.register(pinTest(2, 90));
        var scored = firm.api().post("/api/v1/assessments/" + started.text("id") + "/submit", Map.of()).body();

        assertThat(scored.path("overall").asDouble()).isEqualTo(60.0);
        assertThat(scored.path("level").asString()).as("version 1: LOW up to 50").isEqualTo("HIGH");
        var next = firm.api().post("/api/v1/assessments/" + started.text("id") + "/next-stage", Map.of("stage", "T1"));
        assertThat(next.body().path("version").asInt()).isEqualTo(2);
        firm.api().post("/api/v1/assessments/" + next.text("id") + "/submit", Map.of());
        assertThat(firm.api().get("/api/v1/assessments/" + next.text("id")).body().path("scores").path("level").asString())
                .as("version 2: LOW up to 90").isEqualTo("LOW");
        assertThat(firm.api().get("/api/v1/questionnaires/pin-test?version=1").body().path("version").asInt()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .as("a released version cannot change").isThrownBy(() -> catalog.register(pinTest(1, 40)));
    }
}
