package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.hami.platform.cluster.LocalGrid;
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
        clock.addAndGet(59_500L);
        assertEquals(1, failures.retryAfter("203.0.113.9"));
        clock.addAndGet(500L);
        assertEquals(0, failures.retryAfter("203.0.113.9"), "a new window");
        failures.failed("203.0.113.9");
        assertEquals(0, failures.retryAfter("203.0.113.9"));
    }

    @Test
    void twoNodesOnOneGridCountOneAddressOnce() {
        LocalGrid grid = new LocalGrid();
        ApiKeyFailures one = new ApiKeyFailures(grid, 3, clock::get);
        ApiKeyFailures two = new ApiKeyFailures(grid, 3, clock::get);
        one.failed("203.0.113.9");
        two.failed("203.0.113.9");
        assertEquals(0, two.retryAfter("203.0.113.9"));
        one.failed("203.0.113.9");
        assertEquals(60, two.retryAfter("203.0.113.9"), "the third failure, counted on the other node");
        assertEquals(60, one.retryAfter("203.0.113.9"));
    }
}
