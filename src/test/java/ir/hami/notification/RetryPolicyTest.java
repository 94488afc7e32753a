package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox's backoff: growing pauses, capped, and an end. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theDefaultPausesGrowFourfoldFromFiveSecondsUpToTenMinutes() {
        RetryPolicy policy = RetryPolicy.defaults();
        assertEquals(Duration.ofSeconds(5), policy.pauseAfter(1));
        assertEquals(Duration.ofSeconds(20), policy.pauseAfter(2));
        assertEquals(Duration.ofSeconds(80), policy.pauseAfter(3));
        assertEquals(Duration.ofSeconds(320), policy.pauseAfter(4));
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(5));
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(9));
        assertEquals(Duration.ofMinutes(10), policy.pauseAfter(1_000), "no overflow however many attempts");
    }

    @Test
    void theNextAttemptIsThePauseAfterTheFailureUntilTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), 3, Duration.ofSeconds(30), 4);
        assertEquals(NOW.plusSeconds(2), policy.nextAttempt(1, NOW));
        assertEquals(NOW.plusSeconds(6), policy.nextAttempt(2, NOW));
        assertEquals(NOW.plusSeconds(18), policy.nextAttempt(3, NOW));
        assertNull(policy.nextAttempt(4, NOW), "the fourth attempt was the last");
        assertNull(policy.nextAttempt(5, NOW));
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        assertNull(new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1).nextAttempt(1, NOW));
    }

    @Test
    void aPolicyThatCouldNotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(10), 2, Duration.ofSeconds(5), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 0));
    }
}
