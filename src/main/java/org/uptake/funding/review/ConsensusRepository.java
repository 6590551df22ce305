package org.uptake.funding.review;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsensusRepository extends JpaRepository<ConsensusScore, ConsensusScore.Key> {

    List<ConsensusScore> findByApplicationId(UUID applicationId);

    List<ConsensusScore> findByApplicationIdIn(Collection<UUID> applicationIds);
}
