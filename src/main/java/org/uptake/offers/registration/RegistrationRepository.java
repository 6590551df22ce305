package org.uptake.offers.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, UUID> {

    Optional<Registration> findBySessionIdAndAccountId(UUID sessionId, UUID accountId);

    long countBySessionIdAndStatus(UUID sessionId, RegistrationStatus status);

    long countBySessionIdAndAttendance(UUID sessionId, Attendance attendance);

    List<Registration> findBySessionIdOrderByCreatedAt(UUID sessionId);

    List<Registration> findBySessionIdInAndStatus(Collection<UUID> sessionIds, RegistrationStatus status);

    List<Registration> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    Optional<Registration> findByCertificateCode(String code);

    /** The first on the waitlist, who moves up when a seat frees. */
    Optional<Registration> findFirstBySessionIdAndStatusOrderByWaitlistSeq(UUID sessionId, RegistrationStatus status);

    @Query("select count(r) from Registration r where r.sessionId = :sessionId and r.status = 'WAITLISTED' "
            + "and r.waitlistSeq <= :seq")
    long waitlistPosition(UUID sessionId, long seq);
}
