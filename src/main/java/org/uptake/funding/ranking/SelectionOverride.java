package org.uptake.funding.ranking;

import java.util.Locale;
import java.util.Optional;

/** A programme manager's manual decision on the selection, stronger than the rank order. */
public enum SelectionOverride {
    /** Selected whatever its rank (its grant still counts against the budget). */
    SELECT,
    /** Neither selected nor on the reserve list. */
    EXCLUDE;

    public static Optional<SelectionOverride> parse(String value) {
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
