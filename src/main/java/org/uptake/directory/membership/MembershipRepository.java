package org.uptake.directory.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.uptake.directory.MembershipRole;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    List<Membership> findByAccountId(UUID accountId);

    List<Membership> findByOrganisationIdOrderByCreatedAt(UUID organisationId);

    Optional<Membership> findByOrganisationIdAndAccountId(UUID organisationId, UUID accountId);

    boolean existsByOrganisationIdAndAccountId(UUID organisationId, UUID accountId);

    long countByOrganisationIdAndRole(UUID organisationId, MembershipRole role);

    @Modifying
    @Query("delete from Membership m where m.accountId = :accountId")
    int deleteByAccount(UUID accountId);
}
