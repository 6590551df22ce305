package org.uptake.funding.ranking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.funding.FundingFixtures;
import org.uptake.funding.FundingFixtures.Applicant;
import org.uptake.funding.FundingFixtures.Person;

/**
 * Applications with their consensus, written straight into the tables: the applicant and review features are built
 * beside this one, and the ranking only needs what they store. The call is the fixtures' call (relevance max 5,
 * weight 2, threshold 3; quality max 5, weight 1, threshold 2; budget 70,000), closed an hour ago.
 */
final class RankingFixtures {

    private final FundingFixtures fixtures;
    private final JdbcTemplate jdbc;
    private int receipts;

    RankingFixtures(int port, JdbcTemplate jdbc) {
        this.fixtures = new FundingFixtures(port, jdbc);
        this.jdbc = jdbc;
    }

    FundingFixtures fixtures() {
        return fixtures;
    }

    /** A published call whose deadline passed an hour ago. */
    String closedCall(Person manager) {
        String id = fixtures.publishedCall(manager, LocalDateTime.of(2099, 2, 17, 23, 59, 59));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update funding_call set opens_at = ?, deadline = ? where id = ?",
                Timestamp.from(now.minus(10, ChronoUnit.DAYS)), Timestamp.from(now.minus(1, ChronoUnit.HOURS)),
                UUID.fromString(id));
        return id;
    }

    /** A submitted application of the applicant's organisation (lead) in the status, with the consensus scores. */
    UUID application(String callId, Applicant lead, String title, String status, int grant,
            Map<String, Integer> consensus, String setBy) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String receipt = "FC-T" + Long.toString(System.nanoTime(), 36) + "-" + String.format("%04d", ++receipts);
        jdbc.update("insert into funding_application (id, call_id, title, acronym, lead_organisation_id, "
                + "requested_grant, own_contribution, project_start, project_end, status, receipt_number, submitted_at, "
                + "current_version, eligible, selected, created_by, created_at, updated_at, version) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, false, ?, ?, ?, 0)", id, UUID.fromString(callId), title,
                title.length() > 10 ? title.substring(0, 10) : title, UUID.fromString(lead.organisationId()),
                BigDecimal.valueOf(grant), BigDecimal.valueOf(grant / 4), LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31), status, receipt, Timestamp.from(now.minus(2, ChronoUnit.DAYS)),
                !status.equals("SUBMITTED") && !status.equals("INELIGIBLE") ? Boolean.TRUE
                        : status.equals("INELIGIBLE") ? Boolean.FALSE : null,
                UUID.fromString(lead.id()), Timestamp.from(now), Timestamp.from(now));
        jdbc.update("insert into funding_partner (application_id, organisation_id, position, role, work_share) "
                + "values (?, ?, 0, 'LEAD', 60)", id, UUID.fromString(lead.organisationId()));
        jdbc.update("insert into funding_budget_line (application_id, organisation_id, category, amount) "
                + "values (?, ?, 'STAFF', ?)", id, UUID.fromString(lead.organisationId()),
                BigDecimal.valueOf(grant + grant / 4));
        jdbc.update("insert into funding_status_change (id, application_id, status, changed_at, changed_by, note) "
                + "values (?, ?, ?, ?, ?, null)", UUID.randomUUID(), id, status, Timestamp.from(now),
                UUID.fromString(lead.id()));
        consensus.forEach((criterion, score) -> jdbc.update("insert into funding_consensus (application_id, "
                + "criterion_key, score, justification, set_by, set_at) values (?, ?, ?, 'Agreed.', ?, ?)", id,
                criterion, score, UUID.fromString(setBy), Timestamp.from(now)));
        return id;
    }

    UUID reviewed(String callId, Applicant lead, String title, int grant, int relevance, int quality, String setBy) {
        return application(callId, lead, title, "REVIEWED", grant, Map.of("relevance", relevance, "quality", quality),
                setBy);
    }

    Applicant applicant() {
        return fixtures.applicant("SME", "DEA36");
    }
}
