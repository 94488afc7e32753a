package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.hami.platform.cluster.LocalGrid;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimitTest {

    private final AtomicLong millis = new AtomicLong(1_000_000);

    @Test
    void aKeyGetsItsBurstThenWaitsAndOtherKeysDoNot() {
        ApiRateLimit limit = new ApiRateLimit(new LocalGrid(), 5, millis::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limit.tryAcquire(7));
        }
        assertEquals(1, limit.tryAcquire(7));
        assertEquals(0, limit.tryAcquire(8));
        millis.addAndGet(200);
        assertEquals(0, limit.tryAcquire(7), "one token refilled in a fifth of a second");
        assertEquals(1, limit.tryAcquire(7));
    }

    @Test
    void twoNodesOnOneGridTakeFromOneBucket() {
        LocalGrid grid = new LocalGrid();
        ApiRateLimit one = new ApiRateLimit(grid, 4, millis::get);
        ApiRateLimit two = new ApiRateLimit(grid, 4, millis::get);
        assertEquals(0, one.tryAcquire(7));
        assertEquals(0, two.tryAcquire(7));
        assertEquals(0, one.tryAcquire(7));
        assertEquals(0, two.tryAcquire(7));
        assertEquals(1, one.tryAcquire(7), "the rate is counted once across both nodes");
        assertEquals(1, two.tryAcquire(7));
    }
}
