package org.uptake.assessment.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which advisor organisations an organisation shares its assessments with. */
@Repository
public class Sharing {

    private final JdbcTemplate jdbc;

    Sharing(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<UUID> advisorsOf(UUID organisationId) {
        return jdbc.queryForList("select advisor_organisation_id from assessment_share where organisation_id = ? "
                + "order by granted_at", UUID.class, organisationId);
    }

    /** Organisations that share with any of the given advisor organisations. */
    public List<UUID> sharingWith(List<UUID> advisorOrganisations) {
        if (advisorOrganisations.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", advisorOrganisations.stream().map(id -> "?").toList());
        return jdbc.queryForList("select distinct organisation_id from assessment_share where advisor_organisation_id in ("
                + in + ")", UUID.class, advisorOrganisations.toArray());
    }

    public boolean shares(UUID organisationId, List<UUID> advisorOrganisations) {
        return sharingWith(advisorOrganisations).contains(organisationId);
    }

    /** Grants access; granting twice changes nothing. */
    public boolean grant(UUID organisationId, UUID advisorOrganisationId, UUID grantedBy) {
        if (advisorsOf(organisationId).contains(advisorOrganisationId)) {
            return false;
        }
        try {
            jdbc.update("insert into assessment_share (organisation_id, advisor_organisation_id, granted_by, granted_at) "
                    + "values (?, ?, ?, ?)", organisationId, advisorOrganisationId, grantedBy, Timestamp.from(Instant.now()));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException concurrent) {
            return false;
        }
    }

    public boolean revoke(UUID organisationId, UUID advisorOrganisationId) {
        return jdbc.update("delete from assessment_share where organisation_id = ? and advisor_organisation_id = ?",
                organisationId, advisorOrganisationId) > 0;
    }
}
