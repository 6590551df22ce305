package org.uptake.makerspace.equipment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EquipmentRepository extends JpaRepository<Equipment, UUID> {

    /** Locks the equipment until the transaction ends: quantity and status changes take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Equipment e where e.id = :id")
    Optional<Equipment> lockById(UUID id);

    List<Equipment> findByVenueIdOrderByKindAscCreatedAtAsc(UUID venueId);

    List<Equipment> findByVenueIdIn(java.util.Collection<UUID> venueIds);
}
