package org.uptake.funding.call;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CallRepository extends JpaRepository<Call, UUID> {

    List<Call> findByStatusInOrderByDeadlineDesc(List<CallStatus> statuses);

    List<Call> findAllByOrderByCreatedAtDesc();

    @Query("select coalesce(max(c.number), 0) from Call c")
    int highestNumber();

    /** The call, locked against concurrent selection runs and decisions. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> findLocked(UUID id);
}
