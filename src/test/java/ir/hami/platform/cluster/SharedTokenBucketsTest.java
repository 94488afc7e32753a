package ir.hami.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedTokenBucketsTest {

    private final AtomicLong millis = new AtomicLong(50_000);
    private final SharedMap map = new LocalGrid().map("buckets", Duration.ofMinutes(5), 0);

    @Test
    void aBurstThenTheRateAndTheWaitUntilTheNextToken() {
        SharedTokenBuckets buckets = new SharedTokenBuckets(map, 10, 20, millis::get);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, buckets.tryTake("7"));
        }
        assertEquals(100_000_000L, buckets.tryTake("7"), "a tenth of a second");
        millis.addAndGet(40);
        assertEquals(60_000_000L, buckets.tryTake("7"));
        millis.addAndGet(60);
        assertEquals(0, buckets.tryTake("7"));
        assertEquals(0, buckets.tryTake("8"), "another key, another bucket");
        assertEquals(1, SharedTokenBuckets.seconds(100_000_000L));
    }

    @Test
    void twoNodesShareTheBucketAndAClockBehindDoesNotRefill() {
        SharedTokenBuckets one = new SharedTokenBuckets(map, 1, 2, millis::get);
        AtomicLong behind = new AtomicLong(millis.get() - 500);
        SharedTokenBuckets two = new SharedTokenBuckets(map, 1, 2, behind::get);
        assertEquals(0, one.tryTake("k"));
        assertEquals(0, two.tryTake("k"));
        assertEquals(1_000_000_000L, two.tryTake("k"));
        assertEquals(1_000_000_000L, one.tryTake("k"));
    }
}
