package org.uptake.identity.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

    @Query("""
            select e from AuditEvent e
            where (:action = '' or e.action = :action)
            order by e.occurredAt desc""")
    Page<AuditEvent> search(String action, Pageable pageable);

    List<AuditEvent> findByActorIdOrderByOccurredAt(UUID actorId);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> actions();
}
