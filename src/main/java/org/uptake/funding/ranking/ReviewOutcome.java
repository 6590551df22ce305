package org.uptake.funding.ranking;

import java.util.Locale;
import java.util.Optional;

/** The answer to a request for evaluation review: the procedure was flawed (UPHELD) or it was not (DISMISSED). */
public enum ReviewOutcome {
    UPHELD, DISMISSED;

    public static Optional<ReviewOutcome> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
