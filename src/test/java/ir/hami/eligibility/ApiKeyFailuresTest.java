package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiKeyFailuresTest {

    private final AtomicLong clock = new AtomicLong(5_000);
    private final ApiKeyFailures failures = new ApiKeyFailures(3, clock::get);

    @Test
    void anAddressOverTheLimitWaitsForItsWindowAndOthersDoNot() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, failures.retryAfter("203.0.113.9"));
            failures.failed("203.0.113.9");
        }
        assertEquals(60, failures.retryAfter("203.0.113.9"));
        assertEquals(0, failures.retryAfter("203.0.113.10"));
        clock.addAndGet(59_500_000_000L);
        assertEquals(1, failures.retryAfter("203.0.113.9"));
        clock.addAndGet(500_000_000L);
        assertEquals(0, failures.retryAfter("203.0.113.9"), "a new window");
        failures.failed("203.0.113.9");
        assertEquals(0, failures.retryAfter("203.0.113.9"));
    }
}
