package org.uptake.identity.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.identity.Role;
import org.uptake.identity.account.AccountRepository;
import org.uptake.identity.account.Registration;

/**
 * Makes sure an installation can get its first administrator without default accounts: from
 * {@code UPTAKE_ADMIN_EMAIL}/{@code UPTAKE_ADMIN_PASSWORD}, or through a one-time setup token printed in the log.
 */
@Service
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final SetupTokenRepository setupTokens;
    private final Registration registration;
    private final String adminEmail;
    private final String adminPassword;
    private final String baseUrl;

    FirstAdministrator(AccountRepository accounts, SetupTokenRepository setupTokens, Registration registration,
            @Value("${uptake.admin.email:}") String adminEmail, @Value("${uptake.admin.password:}") String adminPassword,
            @Value("${uptake.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.setupTokens = setupTokens;
        this.registration = registration;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureAdministrator() {
        if (hasAdministrator()) {
            setupTokens.deleteAll();
            return;
        }
        if (!adminEmail.isBlank()) {
            var result = registration.register(adminEmail, adminPassword, "Administrator", "en", EnumSet.of(Role.ADMIN));
            log.info("First administrator from UPTAKE_ADMIN_EMAIL: {}", result);
            if (result instanceof Registration.Registered) {
                return;
            }
        }
        String token = newToken();
        log.warn("""

                ==================================================================
                 No administrator yet. Open {}/setup and enter this one-time
                 setup token to create the first administrator account:

                     {}
                ==================================================================""", baseUrl, token);
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return accounts.existsWithRole(Role.ADMIN);
    }

    public boolean setupPending() {
        return !hasAdministrator() && setupTokens.existsById(SetupToken.SINGLETON);
    }

    @Transactional
    public String newToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        setupTokens.findById(SetupToken.SINGLETON).ifPresentOrElse(existing -> {
            existing.replace(hash(token));
            setupTokens.save(existing);
        }, () -> setupTokens.save(new SetupToken(hash(token))));
        return token;
    }

    /** Checks the token in constant time; a used token is gone. */
    @Transactional
    public boolean consume(String token) {
        return setupTokens.findById(SetupToken.SINGLETON).filter(stored -> MessageDigest.isEqual(
                stored.getTokenHash().getBytes(StandardCharsets.UTF_8),
                hash(token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8))).map(stored -> {
                    setupTokens.delete(stored);
                    return true;
                }).orElse(false);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
