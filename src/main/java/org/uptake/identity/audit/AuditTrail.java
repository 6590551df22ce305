package org.uptake.identity.audit;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;

/** Writes audit lines in the caller's transaction, so an action and its record commit or fail together. */
@Service
class AuditTrail implements AuditLog {

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, Object subjectId, String details) {
        recordAs(currentActor(), action, subjectType, subjectId, details);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(UUID actorId, String action, String subjectType, Object subjectId, String details) {
        events.save(new AuditEvent(actorId, action, subjectType, subjectId == null ? null : subjectId.toString(),
                details));
    }

    private static UUID currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UptakeUser user ? user.id() : null;
    }
}
