package ir.hami.platform.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link SharedMap} in this JVM: a concurrent map whose entries remember when they were last used. Compare-and-set
 * compares the stored entry object itself, so it is atomic; an entry idle for longer than {@code maxIdle} counts as
 * absent and is dropped when met; over {@code maxEntries} the idle ones go, then the least recently used, down to
 * nine tenths of the limit (so the sorting is paid once per many puts).
 */
final class LocalMap implements SharedMap {

    private static final class Entry {
        final String value;
        volatile long touched;

        Entry(String value, long touched) {
            this.value = value;
            this.touched = touched;
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long maxIdleNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    LocalMap(Duration maxIdle, int maxEntries, LongSupplier nanoTime) {
        if (maxIdle.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("maxIdle " + maxIdle + ", maxEntries " + maxEntries);
        }
        this.maxIdleNanos = maxIdle.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    private boolean idle(Entry e, long now) {
        return maxIdleNanos > 0 && now - e.touched >= maxIdleNanos;
    }

    /** The live entry of the key, touched; null (and a dead one dropped) otherwise. */
    private Entry live(String key, long now) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (idle(e, now)) {
            entries.remove(key, e);
            return null;
        }
        e.touched = now;
        return e;
    }

    @Override
    public String get(String key) {
        Entry e = live(key, nanoTime.getAsLong());
        return e == null ? null : e.value;
    }

    @Override
    public String putIfAbsent(String key, String value) {
        long now = nanoTime.getAsLong();
        Entry fresh = new Entry(value, now);
        while (true) {
            Entry there = entries.putIfAbsent(key, fresh);
            if (there == null) {
                trim(now);
                return null;
            }
            if (!idle(there, now)) {
                there.touched = now;
                return there.value;
            }
            if (entries.replace(key, there, fresh)) {
                return null;
            }
        }
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        long now = nanoTime.getAsLong();
        Entry e = live(key, now);
        return e != null && e.value.equals(expected) && entries.replace(key, e, new Entry(value, now));
    }

    @Override
    public boolean remove(String key, String expected) {
        Entry e = live(key, nanoTime.getAsLong());
        return e != null && e.value.equals(expected) && entries.remove(key, e);
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    /** The number of entries held, idle ones included until they are met or trimmed. */
    int size() {
        return entries.size();
    }

    private void trim(long now) {
        if (maxEntries == 0 || entries.size() <= maxEntries) {
            return;
        }
        synchronized (this) {
            if (entries.size() <= maxEntries) {
                return;
            }
            entries.entrySet().removeIf(e -> idle(e.getValue(), now));
            int keep = Math.max(1, maxEntries - maxEntries / 10);
            if (entries.size() > keep) {
                List<Map.Entry<String, Entry>> byUse = new ArrayList<>(entries.entrySet());
                byUse.sort(Comparator.comparingLong(e -> e.getValue().touched - now));
                for (Map.Entry<String, Entry> e : byUse.subList(0, byUse.size() - keep)) {
                    entries.remove(e.getKey(), e.getValue());
                }
            }
        }
    }
}
