package ir.hami.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRefusedThenRefilledAtTheRate() {
        TokenBucket bucket = new TokenBucket(10, 10, 0);
        for (int i = 0; i < 10; i++) {
            assertEquals(0, bucket.tryTake(0));
        }
        long wait = bucket.tryTake(0);
        assertTrue(wait > 0 && wait <= SECOND / 10, "wait " + wait);
        assertEquals(0, bucket.tryTake(SECOND / 10));
        assertTrue(bucket.tryTake(SECOND / 10) > 0);
        // a long pause saves up no more than the burst
        int taken = 0;
        while (bucket.tryTake(100 * SECOND) == 0) {
            taken++;
        }
        assertEquals(10, taken);
    }
}
