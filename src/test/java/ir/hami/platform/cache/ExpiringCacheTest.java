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
    void overTheMaximumEverythingIsForgottenAndClearForgetsAtOnce() {
        for (String key : new String[] {"a", "b", "c", "d"}) {
            cache.get(key, this::load);
        }
        cache.get("e", this::load); // four entries held: emptied before "e" is kept
        assertEquals("a#6", cache.get("a", this::load));
        assertEquals("e#5", cache.get("e", this::load));
        cache.clear();
        assertEquals("e#7", cache.get("e", this::load));
    }

    @Test
    void aFailedLoadKeepsNothing() {
        assertThrows(IOException.class, () -> cache.get("a", k -> {
            throw new IOException("down");
        }));
        assertEquals("a#1", cache.get("a", this::load));
    }
}
