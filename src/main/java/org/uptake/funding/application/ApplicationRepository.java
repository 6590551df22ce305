package org.uptake.funding.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByCallIdOrderByCreatedAt(UUID callId);

    List<Application> findByCallIdAndStatusIn(UUID callId, List<ApplicationStatus> statuses);

    /** The applications of consortia the organisations belong to (as lead or partner). */
    @Query("select distinct a from Application a join a.partners p where p.organisationId in :organisations "
            + "order by a.updatedAt desc")
    List<Application> findByConsortiumMember(List<UUID> organisations);

    /** The application, locked: submissions, eligibility and decisions on it run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> findLocked(UUID id);
}
