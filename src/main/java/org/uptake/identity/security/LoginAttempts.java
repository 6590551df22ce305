package org.uptake.identity.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.identity.account.AccountRepository;

/**
 * Locks an account for a while after repeated wrong passwords, in pages and API alike. The counter lives in the
 * database, so it holds across application nodes.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(AccountRepository accounts, AuditLog audit,
            @Value("${uptake.security.max-failed-logins}") int maxFailures,
            @Value("${uptake.security.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String email = Accounts.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        accounts.findByEmail(email).ifPresentOrElse(account -> {
            boolean locked = account.failedLogin(maxFailures, lockout, Instant.now());
            audit.recordAs(account.getId(), locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", "account", account.getId(), null);
        }, () -> audit.recordAs(null, "LOGIN_FAILED", "email", truncate(email), "unknown account"));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof UptakeUser user) {
            accounts.findById(user.id()).ifPresent(account -> {
                if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
                    account.succeededLogin();
                }
            });
            audit.recordAs(user.id(), "LOGIN", "account", user.id(), null);
        }
    }

    private static String truncate(String email) {
        return email == null || email.length() <= 100 ? email : email.substring(0, 100);
    }
}
