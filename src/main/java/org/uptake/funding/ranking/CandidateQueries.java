package org.uptake.funding.ranking;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uptake.funding.application.ApplicationStatus;

/**
 * Reads a call's applications for ranking, set-based: one query for the applications, one for all their consensus
 * rows (the consensus table is written by the review feature; here it is only read). No entities are loaded, so a
 * call with thousands of applications costs two round trips.
 */
@Component
class CandidateQueries {

    private final JdbcTemplate jdbc;

    CandidateQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The submitted applications of the call (drafts left out) with their consensus scores. */
    List<Candidate> candidates(UUID callId) {
        Map<UUID, Map<String, Integer>> consensus = new HashMap<>();
        jdbc.query("select c.application_id, c.criterion_key, c.score from funding_consensus c "
                + "join funding_application a on a.id = c.application_id where a.call_id = ? and a.status <> 'DRAFT'",
                rs -> {
                    consensus.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                }, callId);
        List<Candidate> candidates = new ArrayList<>();
        jdbc.query("select id, title, acronym, receipt_number, status, requested_grant, submitted_at, selected, "
                + "reserve_rank, selection_override, override_reason, decision from funding_application "
                + "where call_id = ? and status <> 'DRAFT'", rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Timestamp submitted = rs.getTimestamp(7);
                    int reserve = rs.getInt(9);
                    Integer reserveRank = rs.wasNull() ? null : reserve;
                    candidates.add(new Candidate(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            ApplicationStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6),
                            submitted == null ? null : submitted.toInstant(), consensus.getOrDefault(id, Map.of()),
                            rs.getBoolean(8), reserveRank, rs.getString(10), rs.getString(11),
                            rs.getString(12)));
                }, callId);
        return candidates;
    }

    LocalDate decisionDate(UUID applicationId) {
        return jdbc.queryForObject("select decision_date from funding_application where id = ?", LocalDate.class,
                applicationId);
    }

    void decisionDate(UUID applicationId, LocalDate date) {
        jdbc.update("update funding_application set decision_date = ? where id = ?", date, applicationId);
    }

    /** How many submitted applications of the call, other than the one given, still wait for a decision. */
    int undecidedBesides(UUID callId, UUID applicationId) {
        return jdbc.queryForObject("select count(*) from funding_application where call_id = ? and id <> ? and status "
                + "in ('SUBMITTED', 'ELIGIBLE', 'IN_REVIEW', 'REVIEWED')", Integer.class,
                callId, applicationId);
    }

    /** The number of organisations per application of the call (the lead included). */
    Map<UUID, Integer> consortiumSizes(UUID callId) {
        Map<UUID, Integer> sizes = new HashMap<>();
        jdbc.query("select p.application_id, count(*) from funding_partner p join funding_application a "
                + "on a.id = p.application_id where a.call_id = ? group by p.application_id",
                rs -> {
                    sizes.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }, callId);
        return sizes;
    }

    /** The lead organisation of each application of the call. */
    Map<UUID, UUID> leads(UUID callId) {
        Map<UUID, UUID> leads = new HashMap<>();
        jdbc.query("select id, lead_organisation_id from funding_application where call_id = ?", rs -> {
            leads.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        }, callId);
        return leads;
    }
}
