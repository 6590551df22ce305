package org.uptake.assessment.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    /** Locks the assessment for the rest of the transaction: saves and submission of one assessment take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assessment a where a.id = :id")
    Optional<Assessment> lockById(UUID id);

    List<Assessment> findByOrganisationIdOrderByCreatedAtDesc(UUID organisationId);

    boolean existsByOrganisationIdAndQuestionnaireKeyAndStage(UUID organisationId, String questionnaireKey, String stage);

    /** The organisation's most recently submitted assessment of a questionnaire, other than {@code except}. */
    @Query("""
            select a from Assessment a
            where a.organisationId = :organisationId and a.questionnaireKey = :key and a.status = 'SUBMITTED'
              and a.id <> :except
            order by a.submittedAt desc limit 1""")
    Optional<Assessment> latestSubmittedExcept(UUID organisationId, String key, UUID except);

    @Query("""
            select a from Assessment a
            where a.organisationId in :organisations and a.status = 'SUBMITTED'
            order by a.submittedAt desc""")
    List<Assessment> submittedOf(Collection<UUID> organisations);
}
