package org.uptake.notification.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail again: after {@code firstWait}, then twice as long after every further failure (1, 2, 4, 8 ...
 * minutes by default), so a mail server that is down for hours is not hammered, yet a short outage costs little.
 */
record RetryPolicy(Duration firstWait, int maxAttempts) {

    /** @return the time of the next attempt after the {@code failedAttempts}-th failure, or empty to give up */
    Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        return Optional.of(now.plus(firstWait.multipliedBy(1L << doublings)));
    }
}
