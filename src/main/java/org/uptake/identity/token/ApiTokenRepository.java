package org.uptake.identity.token;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);

    void deleteByAccountId(UUID accountId);
}
