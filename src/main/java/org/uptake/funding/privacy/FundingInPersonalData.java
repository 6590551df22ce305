package org.uptake.funding.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uptake.identity.PersonalDataContributor;

/**
 * What funding stores about a person, in their data export: applications they started, uploads, status changes
 * they made, their reviewer assignments, scores and justifications, and their requests for evaluation review.
 * Nothing is deleted on erasure: decisions on public money must stay traceable (ERDF audit trail), and once the
 * account is anonymous these rows no longer name anyone.
 */
@Component
class FundingInPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    FundingInPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "funding";
    }

    @Override
    public Object export(UUID accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationsStarted", jdbc.queryForList("select id, call_id, title, status, created_at "
                + "from funding_application where created_by = ? order by created_at", accountId));
        data.put("uploads", jdbc.queryForList("select application_id, document_key, file_name, size_bytes, "
                + "uploaded_at from funding_document where uploaded_by = ? order by uploaded_at", accountId));
        data.put("statusChanges", jdbc.queryForList("select application_id, status, changed_at, note "
                + "from funding_status_change where changed_by = ? order by changed_at", accountId));
        data.put("reviewAssignments", jdbc.queryForList("select application_id, lead, state, assigned_at, "
                + "declared_at, decline_reason, submitted_at from funding_assignment where reviewer_id = ? "
                + "order by assigned_at", accountId));
        data.put("scores", jdbc.queryForList("select application_id, criterion_key, score, justification "
                + "from funding_score where reviewer_id = ? order by application_id, criterion_key", accountId));
        data.put("reviewRequests", jdbc.queryForList("select application_id, requested_at, reason, outcome, answer "
                + "from funding_review_request where requested_by = ? order by requested_at", accountId));
        return data;
    }
}
