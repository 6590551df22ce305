package org.uptake.makerspace.induction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.uptake.makerspace.EquipmentKind;

public interface InductionRepository extends JpaRepository<Induction, UUID> {

    List<Induction> findByAccountIdAndVenueIdAndKind(UUID accountId, UUID venueId, EquipmentKind kind);

    List<Induction> findByAccountIdOrderByPassedOnDesc(UUID accountId);

    List<Induction> findByVenueIdOrderByPassedOnDesc(UUID venueId);

    /** Inductions passed in a period (both days included), for usage figures. */
    List<Induction> findByVenueIdAndPassedOnBetween(UUID venueId, LocalDate from, LocalDate to);

    @Modifying
    @Query("delete from Induction i where i.accountId = :accountId")
    int deleteByAccount(UUID accountId);
}
