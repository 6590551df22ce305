package org.uptake.identity;

import java.util.Set;
import java.util.UUID;

/** What other modules may know of an account. */
public record AccountView(UUID id, String email, String displayName, Set<Role> roles, String locale, boolean erased) {
}
