package org.uptake.funding.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmittedVersionRepository extends JpaRepository<SubmittedVersion, SubmittedVersion.Key> {

    List<SubmittedVersion> findByApplicationIdOrderByVersionNumber(UUID applicationId);
}
