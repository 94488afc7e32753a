package ir.hami.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * When a message that could not be delivered is tried again: the first retry after {@code first}, each later one
 * {@code factor} times as long, never longer than {@code max}, and no attempt after the {@code maxAttempts}-th
 * (5 s, 20 s, 80 s, 320 s, then every 10 minutes, 10 attempts in all, by default: about an hour).
 *
 * @param first       the pause after the first failed attempt
 * @param factor      how much each pause grows (at least 1)
 * @param max         the longest pause
 * @param maxAttempts attempts in all, the first one included (at least 1)
 */
public record RetryPolicy(Duration first, double factor, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (first.isNegative() || max.compareTo(first) < 0 || factor < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("bad retry policy: " + first + ", x" + factor + ", " + max + ", "
                    + maxAttempts);
        }
    }

    /** The defaults of {@code hami.sms.retry-*}. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), 4, Duration.ofMinutes(10), 10);
    }

    /** The pause after the {@code failedAttempts}-th failed attempt (1 for the first failure). */
    public Duration pauseAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        double millis = first.toMillis() * Math.pow(factor, failedAttempts - 1);
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }

    /**
     * When to try again after the {@code failedAttempts}-th failed attempt, failing at {@code now}; null when that
     * was the last attempt allowed.
     */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? null : now.plus(pauseAfter(failedAttempts));
    }
}
