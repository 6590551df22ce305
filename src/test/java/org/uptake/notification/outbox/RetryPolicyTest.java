package org.uptake.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Failed mails wait 1, 2, 4 ... minutes and are given up after the last attempt. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 5);

    @Test
    void theWaitDoublesWithEveryFailure() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void theLastAttemptGivesUp() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
        assertThat(policy.nextAttempt(6, NOW)).isEmpty();
    }

    @Test
    void manyAttemptsDoNotOverflow() {
        RetryPolicy patient = new RetryPolicy(Duration.ofMinutes(1), 1000);
        assertThat(patient.nextAttempt(999, NOW)).contains(NOW.plus(Duration.ofMinutes(1L << 20)));
    }
}
