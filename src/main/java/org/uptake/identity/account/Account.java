package org.uptake.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.Role;
import org.uptake.identity.UptakeUser;

/** A person's account: e-mail, password hash, language and platform roles. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;
    private String email;
    private String displayName;
    private String passwordHash;
    private String locale;
    private boolean enabled;
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant erasedAt;
    /** Null until first saved, which tells Spring Data to insert without looking the row up first. */
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, String locale, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.email = Accounts.normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public UptakeUser toUser() {
        return new UptakeUser(id, email, displayName, passwordHash, roles, locale, enabled && erasedAt == null,
                lockedUntil);
    }

    public AccountView toView() {
        return new AccountView(id, email, displayName, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                locale, erasedAt != null);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeProfile(String displayName, String locale) {
        this.displayName = displayName.strip();
        this.locale = locale;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Counts a failed sign-in; the account locks for {@code lockout} once {@code maxFailures} are reached. */
    public boolean failedLogin(int maxFailures, Duration lockout, Instant now) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Anonymises the account: nothing personal is kept, the row stays so that authored content keeps an author. */
    public void erase(String unusableHash) {
        this.email = "erased-" + id + "@erased.invalid";
        this.displayName = "—";
        this.passwordHash = unusableHash;
        this.enabled = false;
        this.roles.clear();
        this.erasedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
