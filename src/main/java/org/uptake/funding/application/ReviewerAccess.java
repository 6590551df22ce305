package org.uptake.funding.application;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a reviewer may read an application: assigned to it and, having declared no conflict of interest, in state
 * ACCEPTED or SUBMITTED. The assignment belongs to the review feature; this reads its table only.
 */
@Component
class ReviewerAccess {

    private final JdbcTemplate jdbc;

    ReviewerAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean mayRead(UUID reviewerId, UUID applicationId) {
        Integer count = jdbc.queryForObject("select count(*) from funding_assignment where application_id = ? "
                + "and reviewer_id = ? and state in ('ACCEPTED', 'SUBMITTED')", Integer.class, applicationId,
                reviewerId);
        return count != null && count > 0;
    }
}
