package org.uptake.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;

/** Writing, publishing and reading calls through the API contract. */
@ApplicationTest
class CallApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerWritesAndPublishesACallThatVisitorsThenSee() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        Person manager = fixtures.manager();
        Map<String, Object> body = FundingFixtures.callBody(LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        var created = manager.api().post("/api/v1/calls", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.body().path("deadline").asString()).isEqualTo("2099-02-17T23:59:59");
        // 23:59:59 in Berlin in winter is 22:59:59 UTC
        assertThat(created.text("deadlineInstant")).isEqualTo("2099-02-17T22:59:59Z");
        assertThat(created.body().path("criteria").get(0).path("weight").asInt()).isEqualTo(2);
        assertThat(created.body().path("sections")).as("the standard sections").hasSize(4);
        assertThat(created.body().path("sections").get(0).path("title").path("nb").asString())
                .isEqualTo("Mål og digital utfordring");

        ApiClient visitor = new ApiClient(port);
        assertThat(visitor.get("/api/v1/calls/" + id).status()).as("a draft is not public").isEqualTo(404);

        var published = manager.api().post("/api/v1/calls/" + id + "/publish", Map.of());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");

        var seen = visitor.get("/api/v1/calls/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().path("title").path("de").asString()).startsWith("Umbau 21");
        var list = visitor.get("/api/v1/calls?status=PUBLISHED");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().valueStream().map(c -> c.path("id").asString()).toList()).contains(id);

        var again = manager.api().put("/api/v1/calls/" + id, body);
        assertThat(again.status()).as("a published call keeps its rules").isEqualTo(409);
    }

    @Test
    void badCallsAreRefusedFieldByFieldInTheCallersLanguage() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        Person manager = fixtures.manager();
        Map<String, Object> body = FundingFixtures.callBody(LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        body.put("maxFundingRatePercent", 120);
        body.put("maxGrant", 80000);
        body.put("eligibleApplicantTypes", List.of("SME", "PIRATE"));
        body.put("eligibleRegions", List.of("XX9"));
        body.put("timeZone", "Mars/Olympus");
        body.put("criteria", List.of(Map.of("key", "relevance", "name", Map.of("en", "Relevance"), "maxScore", 5,
                "weight", 2, "threshold", 7)));
        int calls = jdbc.queryForObject("select count(*) from funding_call", Integer.class);
        var refused = manager.api().language("de").post("/api/v1/calls", body);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = refused.body().path("errors").valueStream().map(e -> e.path("field").asString())
                .toList();
        assertThat(fields).contains("maxFundingRatePercent", "maxGrant", "eligibleApplicantTypes", "timeZone",
                "criteria[0].threshold");
        assertThat(refused.body().toString()).contains("Förderquote");
        assertThat(jdbc.queryForObject("select count(*) from funding_call", Integer.class)).isEqualTo(calls);

        body = FundingFixtures.callBody(LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        body.put("eligibleRegions", List.of("XX9"));
        var unknownRegion = manager.api().post("/api/v1/calls", body);
        assertThat(unknownRegion.status()).isEqualTo(400);
        assertThat(unknownRegion.body().toString()).contains("XX9");
    }

    @Test
    void onlyProgrammeManagersWriteCalls() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        var applicant = fixtures.applicant("SME", "DEA36");
        var refused = applicant.api().post("/api/v1/calls",
                FundingFixtures.callBody(LocalDateTime.of(2099, 2, 17, 23, 59, 59)));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Autowired
    ApplicationRepository applications;

    @Test
    void applicationsAPersonStartedAreInTheirPersonalData() {
        FundingFixtures fixtures = new FundingFixtures(port, jdbc);
        String callId = fixtures.publishedCall(fixtures.manager(), LocalDateTime.of(2099, 1, 1, 12, 0));
        var applicant = fixtures.applicant("SME", "DEA36");
        Application application = applications.save(new Application(UUID.fromString(callId),
                UUID.fromString(applicant.organisationId()), UUID.fromString(applicant.id())));
        var data = applicant.api().get("/api/v1/me/data").body().path("funding");
        assertThat(data.path("applicationsStarted").get(0).path("id").asString())
                .isEqualTo(application.getId().toString());
        assertThat(data.path("statusChanges").get(0).path("status").asString()).isEqualTo("DRAFT");
        assertThat(fixtures.manager().api().get("/api/v1/me/data").body().path("funding").path("applicationsStarted"))
                .isEmpty();
    }
}
