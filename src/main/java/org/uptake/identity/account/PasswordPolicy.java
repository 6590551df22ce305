package org.uptake.identity.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The strong-password rule: at least 12 characters, letters and at least one digit or symbol, no long runs of
 * one character, not a well-known password and not the e-mail address. Answers with the message key of the
 * first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwertyuiop12",
            "passwort1234", "passord12345", "iloveyou1234", "welcome12345", "administrator", "letmein12345",
            "abcdefghijkl", "qwertzuiop12", "111111111111", "changeme1234", "uptake123456", "password123!");

    private PasswordPolicy() {
    }

    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean others = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letters || !others) {
            return Optional.of("password.tooSimple");
        }
        if (password.chars().distinct().count() < 5 || password.matches(".*(.)\\1{3,}.*")) {
            return Optional.of("password.repetitive");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower)) {
            return Optional.of("password.wellKnown");
        }
        if (email != null && !email.isBlank()) {
            String local = email.strip().toLowerCase(Locale.ROOT).split("@")[0];
            if (lower.equals(email.strip().toLowerCase(Locale.ROOT)) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("password.containsEmail");
            }
        }
        return Optional.empty();
    }
}
