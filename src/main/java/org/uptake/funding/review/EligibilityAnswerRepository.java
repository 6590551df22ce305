package org.uptake.funding.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityAnswerRepository extends JpaRepository<EligibilityAnswer, EligibilityAnswer.Key> {

    List<EligibilityAnswer> findByApplicationId(UUID applicationId);
}
