package org.uptake.offers.track;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackModuleRepository extends JpaRepository<TrackModule, UUID> {

    List<TrackModule> findByOfferIdOrderByPosition(UUID offerId);
}
