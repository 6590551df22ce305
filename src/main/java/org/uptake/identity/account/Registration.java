package org.uptake.identity.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.uptake.identity.AccountView;
import org.uptake.identity.Accounts;
import org.uptake.identity.AuditLog;
import org.uptake.identity.Role;
import org.uptake.platform.Language;

/** Opens an account. The same rule serves self-registration, the first administrator and demo data. */
@Service
public class Registration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    Registration(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public sealed interface Result {
    }

    public record Registered(AccountView account) implements Result {
    }

    public record EmailTaken() implements Result {
    }

    public record PasswordRejected(String messageKey) implements Result {
    }

    public Result register(String email, String password, String displayName, String locale) {
        return register(email, password, displayName, locale, EnumSet.of(Role.SME_USER));
    }

    /**
     * Not transactional on purpose: the unique index on e-mail is the last word when two requests register the
     * same address at once, and its violation must be caught here rather than roll back a caller's transaction.
     */
    public Result register(String email, String password, String displayName, String locale, Set<Role> roles) {
        String normalized = Accounts.normalizeEmail(email);
        Optional<String> weak = PasswordPolicy.check(password, normalized);
        if (weak.isPresent()) {
            return new PasswordRejected(weak.get());
        }
        if (accounts.existsByEmail(normalized)) {
            return new EmailTaken();
        }
        String language = Language.fromTag(locale).orElse(Language.EN).tag();
        Account account = new Account(normalized, displayName, passwordEncoder.encode(password), language, roles);
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException duplicate) {
            return new EmailTaken();
        }
        audit.recordAs(account.getId(), "ACCOUNT_REGISTERED", "account", account.getId(), null);
        return new Registered(account.toView());
    }
}
