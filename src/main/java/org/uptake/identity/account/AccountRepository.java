package org.uptake.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.uptake.identity.Role;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.erasedAt is null")
    boolean existsWithRole(Role role);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.erasedAt is null")
    long countWithRole(Role role);

    @Query("select a from Account a join a.roles r where r = :role and a.erasedAt is null order by a.id")
    java.util.List<Account> findWithRole(Role role);

    @Query("""
            select a from Account a where a.erasedAt is null
            and (:q = '' or lower(a.email) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%'))
            order by a.displayName""")
    Page<Account> search(String q, Pageable pageable);
}
