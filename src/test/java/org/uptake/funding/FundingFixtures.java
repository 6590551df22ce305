package org.uptake.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;

/** Test data for the funding API, made through the API like a client would (each with unique names). */
public final class FundingFixtures {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final int port;
    private final JdbcTemplate jdbc;

    public FundingFixtures(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** A person signed in through the API, with their id. */
    public record Person(ApiClient api, String email, String id) {
    }

    /** An applicant: a person and the organisation they own. */
    public record Applicant(ApiClient api, String email, String id, String organisationId) {
    }

    /** A fresh person holding a platform role (PROGRAMME_MANAGER, REVIEWER, ...). */
    public Person withRole(String role) {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        jdbc.update("insert into account_role (account_id, role) select id, ? from account where email = ?", role,
                email);
        api.signIn(email, ApiClient.PASSWORD);
        return new Person(api, email, api.get("/api/v1/me").text("id"));
    }

    public Person manager() {
        return withRole("PROGRAMME_MANAGER");
    }

    public Person reviewer() {
        return withRole("REVIEWER");
    }

    /** A fresh person who owns a fresh organisation of the type in the region, such as DEA36 (Recklinghausen). */
    public Applicant applicant(String type, String nutsCode) {
        ApiClient api = new ApiClient(port);
        String email = api.signUp();
        var organisation = api.post("/api/v1/organisations", Map.of("name", type + " " + UUID.randomUUID(),
                "type", type, "nutsCode", nutsCode, "naceCode", "62.01", "employees", 25));
        assertThat(organisation.status()).as(organisation.body().toString()).isEqualTo(201);
        return new Applicant(api, email, api.get("/api/v1/me").text("id"), organisation.text("id"));
    }

    /** A call as the example, open from yesterday until the deadline, in Europe/Berlin. */
    public static Map<String, Object> callBody(LocalDateTime deadline) {
        Map<String, Object> call = new HashMap<>();
        call.put("title", Map.of("de", "Umbau 21 - Smart Region " + UUID.randomUUID().toString().substring(0, 6),
                "en", "Umbau 21 - Smart Region"));
        call.put("text", Map.of("de", "Kooperationsprojekte zur Digitalisierung in der Emscher-Lippe-Region.",
                "en", "Cooperation projects for digitalisation in the Emscher-Lippe region."));
        call.put("totalBudget", 70000);
        call.put("maxFundingRatePercent", 80);
        call.put("maxGrant", 60000);
        call.put("eligibleApplicantTypes", List.of("SME", "MUNICIPALITY", "UNIVERSITY"));
        call.put("eligibleRegions", List.of("DE"));
        call.put("minPartners", 2);
        call.put("opensAt", LocalDateTime.now(BERLIN).minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
        call.put("deadline", deadline.toString());
        call.put("timeZone", "Europe/Berlin");
        call.put("reviewersPerApplication", 2);
        call.put("criteria", List.of(
                Map.of("key", "relevance", "name", Map.of("en", "Relevance", "de", "Relevanz"), "maxScore", 5,
                        "weight", 2, "threshold", 3),
                Map.of("key", "quality", "name", Map.of("en", "Quality of the work plan", "de", "Qualität"),
                        "maxScore", 5, "weight", 1, "threshold", 2)));
        call.put("documents", List.of(Map.of("key", "letters", "name", Map.of("en", "Letters of intent"),
                "required", true, "formats", List.of("pdf"), "maxBytes", 2_000_000)));
        return call;
    }

    /** A published call whose deadline is the given local time in Berlin; returns its id. */
    public String publishedCall(Person manager, LocalDateTime deadline) {
        var created = manager.api().post("/api/v1/calls", callBody(deadline));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        var published = manager.api().post("/api/v1/calls/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
        return id;
    }
}
