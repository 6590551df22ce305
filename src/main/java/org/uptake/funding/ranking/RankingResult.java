package org.uptake.funding.ranking;

import java.util.List;

import org.uptake.platform.Issue;

/** The outcome of a ranking, selection or decision use case; controllers map it to a page or a response. */
public sealed interface RankingResult {

    record Done<T>(T value) implements RankingResult {
    }

    record Invalid(List<Issue> issues) implements RankingResult {
    }

    record NotFound(String messageKey) implements RankingResult {
    }

    record Forbidden() implements RankingResult {
    }

    /** The request is understood but the state forbids it now (message key and arguments say why). */
    record Conflict(String messageKey, Object... args) implements RankingResult {
    }
}
