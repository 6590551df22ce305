package org.uptake.funding.ranking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRequestRepository extends JpaRepository<ReviewRequest, UUID> {

    List<ReviewRequest> findByApplicationIdOrderByRequestedAt(UUID applicationId);

    boolean existsByApplicationIdAndOutcomeIsNull(UUID applicationId);

    @Query("select r from ReviewRequest r where r.applicationId in "
            + "(select a.id from Application a where a.callId = :callId) order by r.requestedAt")
    List<ReviewRequest> findByCall(UUID callId);

    /** True when a request about the decision taken at {@code decidedAt} was upheld (answered after it). */
    @Query("select count(r) > 0 from ReviewRequest r where r.applicationId = :applicationId "
            + "and r.outcome = 'UPHELD' and r.answeredAt > :decidedAt")
    boolean upheldSince(UUID applicationId, java.time.Instant decidedAt);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewRequest r where r.id = :id")
    Optional<ReviewRequest> findLocked(UUID id);
}
