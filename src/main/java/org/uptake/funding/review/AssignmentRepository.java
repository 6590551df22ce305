package org.uptake.funding.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Assignment.Key> {

    List<Assignment> findByApplicationIdOrderByAssignedAt(UUID applicationId);

    List<Assignment> findByApplicationIdIn(Collection<UUID> applicationIds);

    List<Assignment> findByReviewerIdOrderByAssignedAtDesc(UUID reviewerId);

    Optional<Assignment> findByApplicationIdAndReviewerId(UUID applicationId, UUID reviewerId);

    /** The assignment, locked: a declaration and a submission of the same reviewer run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assignment a where a.applicationId = :applicationId and a.reviewerId = :reviewerId")
    Optional<Assignment> findLocked(UUID applicationId, UUID reviewerId);

    /** How many applications each of the reviewers reviews now (declined ones do not count): [reviewerId, count]. */
    @Query("select a.reviewerId, count(a) from Assignment a where a.reviewerId in :reviewers "
            + "and a.state <> org.uptake.funding.review.AssignmentState.DECLINED group by a.reviewerId")
    List<Object[]> loads(Collection<UUID> reviewers);

    /** The ids of a call's applications in the statuses, in submission order: locked one by one afterwards. */
    @Query("select a.id from Application a where a.callId = :callId and a.status in :statuses "
            + "order by a.submittedAt, a.id")
    List<UUID> applicationIds(UUID callId, Collection<org.uptake.funding.application.ApplicationStatus> statuses);
}
