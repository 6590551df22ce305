package org.uptake.funding.review;

import java.util.List;

import org.uptake.platform.Issue;

/**
 * What an eligibility check, an assignment, a declaration, a review or a consensus came to. Expected refusals are
 * results, not exceptions; each carries the message key that explains it to the person.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    /** Bad input, field by field (400); nothing was changed. */
    record Invalid<T>(List<Issue> issues) implements Outcome<T> {
    }

    record NotFound<T>(String messageKey) implements Outcome<T> {
    }

    /** The person may not do this (403), with the reason. */
    record Forbidden<T>(String messageKey) implements Outcome<T> {
    }

    /** Not now: the application or the assignment is in a state that does not allow it (409). */
    record Conflict<T>(String messageKey, Object... args) implements Outcome<T> {
    }

    static <T> Outcome<T> invalid(Issue... issues) {
        return new Invalid<>(List.of(issues));
    }
}
