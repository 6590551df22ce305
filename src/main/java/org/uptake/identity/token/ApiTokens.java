package org.uptake.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.AuditLog;
import org.uptake.identity.UptakeUser;
import org.uptake.identity.account.Account;
import org.uptake.identity.account.AccountRepository;

/** Issues, checks and revokes personal access tokens. */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "upt_";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Duration validity;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditLog audit,
            @Value("${uptake.security.api-token-validity}") Duration validity) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.validity = validity;
    }

    /** A new token and the secret, which is shown once and never stored. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issue(UUID accountId, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = tokens.save(new ApiToken(accountId, name == null || name.isBlank() ? "API" : name.strip(),
                hash(secret), Instant.now().plus(validity)));
        audit.recordAs(accountId, "API_TOKEN_ISSUED", "api_token", token.getId(), token.getName());
        return new Issued(token, secret);
    }

    /** The account behind a usable token; empty for unknown, expired or revoked tokens and for locked accounts. */
    @Transactional
    public Optional<UptakeUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(hash(secret)).filter(token -> token.isUsable(now)).flatMap(token -> {
            token.touch(now);
            return accounts.findById(token.getAccountId()).map(Account::toUser);
        }).filter(user -> user.isEnabled() && user.isAccountNonLocked());
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(UUID accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    /** Revokes one of the account's own tokens; false when it has no such token. */
    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        return tokens.findByIdAndAccountId(tokenId, accountId).map(token -> {
            token.revoke();
            audit.recordAs(accountId, "API_TOKEN_REVOKED", "api_token", tokenId, token.getName());
            return true;
        }).orElse(false);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
