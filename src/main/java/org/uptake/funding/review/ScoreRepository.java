package org.uptake.funding.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Score.Key> {

    List<Score> findByApplicationId(UUID applicationId);

    List<Score> findByApplicationIdAndReviewerId(UUID applicationId, UUID reviewerId);
}
