package org.uptake.identity;

import java.util.UUID;

/**
 * Records security-relevant and administrative actions (who, when, what, subject). The actor is the person
 * signed in unless given.
 */
public interface AuditLog {

    void record(String action, String subjectType, Object subjectId, String details);

    void recordAs(UUID actorId, String action, String subjectType, Object subjectId, String details);
}
