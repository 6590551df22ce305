package org.uptake.identity.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AccountErased;
import org.uptake.identity.AuditLog;
import org.uptake.identity.PersonalDataContributor;
import org.uptake.identity.account.Account;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.audit.AuditEventRepository;
import org.uptake.identity.token.ApiTokenRepository;

/** Everything stored about a person, for download, and the erasure of their account. */
@Service
public class PersonalData {

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final AuditEventRepository auditEvents;
    private final List<PersonalDataContributor> contributors;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    PersonalData(AccountRepository accounts, ApiTokenRepository tokens, AuditEventRepository auditEvents,
            List<PersonalDataContributor> contributors, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.auditEvents = auditEvents;
        this.contributors = contributors;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now());
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", account.getId());
        profile.put("email", account.getEmail());
        profile.put("displayName", account.getDisplayName());
        profile.put("locale", account.getLocale());
        profile.put("roles", account.getRoles().stream().map(Enum::name).sorted().toList());
        profile.put("createdAt", account.getCreatedAt());
        data.put("account", profile);
        data.put("apiTokens", tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(token -> Map.of(
                "name", token.getName(), "createdAt", token.getCreatedAt(), "expiresAt", token.getExpiresAt(),
                "status", token.getStatus())).toList());
        data.put("activity", auditEvents.findByActorIdOrderByOccurredAt(accountId).stream().map(event -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", event.getOccurredAt());
            line.put("action", event.getAction());
            line.put("subject", event.getSubjectType() + ":" + event.getSubjectId());
            return line;
        }).toList());
        for (PersonalDataContributor contributor : contributors) {
            data.put(contributor.section(), contributor.export(accountId));
        }
        return data;
    }

    /** Erases the account after the password is confirmed; false when the password is wrong. */
    @Transactional
    public boolean erase(UUID accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            return false;
        }
        tokens.deleteByAccountId(accountId);
        account.erase(passwordEncoder.encode(UUID.randomUUID().toString()));
        events.publishEvent(new AccountErased(accountId));
        audit.recordAs(accountId, "ACCOUNT_ERASED", "account", accountId, null);
        return true;
    }
}
