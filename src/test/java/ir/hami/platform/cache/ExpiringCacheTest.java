package ir.hami.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final ExpiringCache<String, String> cache =
            new ExpiringCache<>(Duration.ofSeconds(10), 3, clock::get);

    private String load(String key) {
        loads.incrementAndGet();
        return key + "#" + loads.get();
    }

    @Test
    void aValueIsKeptForItsTimeThenLoadedAgain() {
        assertEquals("a#1", cache.get("a", this::load));
        clock.addAndGet(Duration.ofSeconds(10).toNanos() - 1);
        assertEquals("a#1", cache.get("a", this::load));
        clock.addAndGet(1);
        assertEquals("a#2", cache.get("a", this::load));
        assertEquals(2, loads.get());
    }

    @Test
    void overTheMaximumTheLeastRecentlyUsedGoesAndTheOthersStay() {
        for (String key : new String[] {"a", "b", "c"}) {
            cache.get(key, this::load);
        }
        assertEquals("a#1", cache.get("a", this::load)); // "a" used again: "b" is now the least recent
        cache.get("d", this::load);
        assertEquals(3, cache.size());
        assertEquals("a#1", cache.get("a", this::load));
        assertEquals("c#3", cache.get("c", this::load));
        assertEquals("d#4", cache.get("d", this::load));
        assertEquals("b#5", cache.get("b", this::load)); // "b" was pushed out and is loaded again
        assertEquals(5, loads.get());
    }

    @Test
    void manyOneTimeKeysDoNotPushOutAKeyInUse() {
        ExpiringCache<String, String> big = new ExpiringCache<>(Duration.ofSeconds(10), 100, clock::get);
        assertEquals("good#1", big.get("good", this::load));
        for (int i = 0; i < 10_001; i++) {
            big.get("random" + i, this::load);
            if (i % 50 == 0) {
                assertEquals("good#1", big.get("good", this::load), "after " + i);
            }
        }
        assertEquals("good#1", big.get("good", this::load));
        assertEquals(100, big.size());
    }

    @Test
    void clearForgetsAtOnce() {
        cache.get("e", this::load);
        cache.clear();
        assertEquals(0, cache.size());
        assertEquals("e#2", cache.get("e", this::load));
    }

    @Test
    void parallelUseKeepsTheBound() throws Exception {
        ExpiringCache<Integer, Integer> shared = new ExpiringCache<>(Duration.ofSeconds(10), 64, clock::get);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int offset = t * 1_000;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    int key = offset + i % 200;
                    assertEquals(key, shared.get(key, k -> k));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(64, shared.size());
    }

    @Test
    void aFailedLoadKeepsNothing() {
        assertThrows(IOException.class, () -> cache.get("a", k -> {
            throw new IOException("down");
        }));
        assertEquals("a#1", cache.get("a", this::load));
    }
}
