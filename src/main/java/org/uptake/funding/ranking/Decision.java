package org.uptake.funding.ranking;

import java.util.Locale;
import java.util.Optional;

import org.uptake.funding.application.ApplicationStatus;

/** What the programme decides on an application; each leads to the status of the same name. */
public enum Decision {
    APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, INELIGIBLE;

    public static Optional<Decision> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public ApplicationStatus status() {
        return ApplicationStatus.valueOf(name());
    }

    /** True when the project is funded (with conditions it is, once the revised version is approved). */
    public boolean funds() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
