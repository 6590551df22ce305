package org.uptake.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Looks up accounts for other modules. */
public interface Accounts {

    Optional<AccountView> findById(UUID id);

    /** Finds an account by e-mail, compared after normalisation (trimmed, lower case). */
    Optional<AccountView> findByEmail(String email);

    Map<UUID, AccountView> findAll(Collection<UUID> ids);

    /** The accounts (not erased) holding a platform role, in a stable order (by id). */
    java.util.List<AccountView> withRole(Role role);

    /** The e-mail form in which accounts are stored and compared. */
    static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
