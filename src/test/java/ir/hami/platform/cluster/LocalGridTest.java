package ir.hami.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalGridTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final LocalGrid grid = new LocalGrid(nanos::get);

    @Test
    void aNameIsOneMap() {
        assertSame(grid.map("a", Duration.ZERO, 0), grid.map("a", Duration.ofSeconds(5), 9));
    }

    @Test
    void compareAndSetReplacesOnlyTheExpectedValue() {
        SharedMap map = grid.map("cas", Duration.ZERO, 0);
        assertNull(map.putIfAbsent("k", "1"));
        assertEquals("1", map.putIfAbsent("k", "2"));
        assertFalse(map.replace("k", "2", "3"));
        assertTrue(map.replace("k", "1", "3"));
        assertFalse(map.remove("k", "1"));
        assertTrue(map.remove("k", "3"));
        assertNull(map.get("k"));
        assertFalse(map.replace("k", "3", "4"), "nothing to replace");
    }

    @Test
    void anIdleEntryIsGoneAndAUsedOneStays() {
        SharedMap map = grid.map("idle", Duration.ofSeconds(10), 0);
        map.putIfAbsent("used", "u");
        map.putIfAbsent("idle", "i");
        nanos.addAndGet(6_000_000_000L);
        assertEquals("u", map.get("used"));
        nanos.addAndGet(6_000_000_000L);
        assertEquals("u", map.get("used"));
        assertNull(map.get("idle"));
        assertNull(map.putIfAbsent("idle", "again"), "an idle entry counts as absent");
    }

    @Test
    void overItsLimitTheLeastRecentlyUsedGo() {
        LocalMap map = (LocalMap) grid.map("lru", Duration.ZERO, 10);
        for (int i = 0; i < 10; i++) {
            map.putIfAbsent("k" + i, "v");
            nanos.incrementAndGet();
        }
        map.get("k0");
        nanos.incrementAndGet();
        map.putIfAbsent("k10", "v");
        assertEquals(9, map.size());
        assertEquals("v", map.get("k0"), "read lately");
        assertEquals("v", map.get("k10"));
        assertNull(map.get("k1"));
        assertNull(map.get("k2"));
    }

    @Test
    void updatesFromManyThreadsAreNeverLost() throws InterruptedException {
        SharedMap map = new LocalGrid().map("count", Duration.ZERO, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4_000; i++) {
            pool.execute(() -> map.update("n", v -> v == null ? "1" : Long.toString(Long.parseLong(v) + 1)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals("4000", map.get("n"));
    }

    @Test
    void anUpdateToNullRemoves() {
        SharedMap map = grid.map("gone", Duration.ZERO, 0);
        map.putIfAbsent("k", "v");
        assertNull(map.update("k", v -> null));
        assertNull(map.get("k"));
    }

    @Test
    void everyListenerOfATopicHearsAtOnceUntilItLeaves() {
        List<String> heard = new ArrayList<>();
        Runnable leave = grid.subscribe("t", m -> heard.add("one " + m));
        grid.subscribe("t", m -> heard.add("two " + m));
        grid.subscribe("other", m -> heard.add("other " + m));
        grid.publish("t", "41");
        leave.run();
        grid.publish("t", "42");
        assertEquals(List.of("one 41", "two 41", "two 42"), heard);
    }
}
