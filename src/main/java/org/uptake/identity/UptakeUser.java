package org.uptake.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.uptake.platform.SignedInUser;

/** The person signed in, in pages and in API calls alike. Controllers receive it with {@code @AuthenticationPrincipal}. */
public final class UptakeUser implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final String locale;
    private final boolean enabled;
    private final Instant lockedUntil;
    private String passwordHash;

    public UptakeUser(UUID id, String email, String displayName, String passwordHash, Set<Role> roles, String locale,
            boolean enabled, Instant lockedUntil) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.locale = locale;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    /** A principal for work done on someone's behalf without a sign-in (demo data, imports). */
    public static UptakeUser of(AccountView account) {
        return new UptakeUser(account.id(), account.email(), account.displayName(), "", account.roles(),
                account.locale(), !account.erased(), null);
    }

    public UUID id() {
        return id;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String locale() {
        return locale;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UptakeUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "UptakeUser[" + id + "]";
    }
}
