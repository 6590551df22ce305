package org.uptake.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.funding.FundingFixtures;
import org.uptake.funding.FundingFixtures.Person;
import org.uptake.funding.application.Application;
import org.uptake.funding.application.ApplicationRepository;
import org.uptake.funding.application.ApplicationStatus;
import org.uptake.funding.application.BudgetCategory;
import org.uptake.funding.application.BudgetLine;
import org.uptake.funding.application.Partner;
import org.uptake.funding.application.PartnerRole;

/**
 * Submitted applications made straight through the repository (the applicant side has its own tests), and the
 * review steps through the API.
 */
final class ReviewFixtures {

    static final LocalDateTime FAR_DEADLINE = LocalDateTime.of(2099, 2, 17, 23, 59, 59);

    final FundingFixtures funding;
    final JdbcTemplate jdbc;
    final ApplicationRepository applications;

    ReviewFixtures(int port, JdbcTemplate jdbc, ApplicationRepository applications) {
        this.funding = new FundingFixtures(port, jdbc);
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** A published call as the example, with the given number of reviewers per application. */
    String call(Person manager, int reviewersPerApplication) {
        Map<String, Object> body = FundingFixtures.callBody(FAR_DEADLINE);
        body.put("reviewersPerApplication", reviewersPerApplication);
        var created = manager.api().post("/api/v1/calls", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(manager.api().post("/api/v1/calls/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return id;
    }

    /** A submitted application of a consortium of the organisations (the first leads). */
    String submitted(String callId, String... organisationIds) {
        List<UUID> organisations = List.of(organisationIds).stream().map(UUID::fromString).toList();
        UUID lead = organisations.get(0);
        UUID by = UUID.randomUUID();
        Application application = new Application(UUID.fromString(callId), lead, by);
        List<Partner> partners = new ArrayList<>();
        List<BudgetLine> budget = new ArrayList<>();
        for (UUID organisation : organisations) {
            partners.add(new Partner(organisation, organisation.equals(lead) ? PartnerRole.LEAD : PartnerRole.PARTNER,
                    null));
            budget.add(new BudgetLine(organisation, BudgetCategory.STAFF, new BigDecimal("20000.00")));
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        application.edit("Smart Region pilot " + tag, "SRP" + tag.substring(0, 3), "A shared data hub for firms.",
                lead, partners, budget, Map.of("objectives", "Digitalise the workshops of the region."),
                new BigDecimal("30000.00"), new BigDecimal("10000.00"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31));
        application.submitted(1, "T-" + UUID.randomUUID(), Instant.now(), by, ApplicationStatus.SUBMITTED);
        return applications.save(application).getId().toString();
    }

    /** A submitted application found eligible by the manager through the API. */
    String eligible(Person manager, String callId, String... organisationIds) {
        String id = submitted(callId, organisationIds);
        var checked = manager.api().post("/api/v1/applications/" + id + "/eligibility", Map.of("eligible", true));
        assertThat(checked.status()).as(checked.body().toString()).isEqualTo(200);
        return id;
    }

    /** A fresh organisation in the Emscher-Lippe region. */
    String organisation() {
        return funding.applicant("SME", "DEA36").organisationId();
    }

    /** A reviewer who belongs to an organisation (they create it, so they are a member). */
    String organisationOf(Person person) {
        var organisation = person.api().post("/api/v1/organisations", Map.of("name", "Reviewer's firm "
                + UUID.randomUUID(), "type", "SME", "nutsCode", "DEA32", "naceCode", "62.01", "employees", 12));
        assertThat(organisation.status()).as(organisation.body().toString()).isEqualTo(201);
        return organisation.text("id");
    }

    void assign(Person manager, String callId, String applicationId, Person reviewer, boolean lead) {
        var made = manager.api().post("/api/v1/calls/" + callId + "/assignments", Map.of("assignments", List.of(
                Map.of("applicationId", applicationId, "reviewerUserId", reviewer.id(), "lead", lead))));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(200);
    }

    static Map<String, Object> score(String criterion, int score, String justification) {
        return Map.of("criterion", criterion, "score", score, "justification", justification);
    }

    /** A complete review of the example call's two criteria. */
    static Map<String, Object> review(int relevance, int quality) {
        return Map.of("conflictOfInterest", false, "scores", List.of(
                score("relevance", relevance, "Addresses the region's small firms directly."),
                score("quality", quality, "The work plan is realistic and has clear milestones.")));
    }

    int count(String table, String applicationId) {
        return jdbc.queryForObject("select count(*) from " + table + " where application_id = ?", Integer.class,
                UUID.fromString(applicationId));
    }

    String status(String applicationId) {
        return jdbc.queryForObject("select status from funding_application where id = ?", String.class,
                UUID.fromString(applicationId));
    }

    List<String> history(String applicationId) {
        return jdbc.queryForList("select status from funding_status_change where application_id = ? "
                + "order by changed_at", String.class, UUID.fromString(applicationId));
    }
}
