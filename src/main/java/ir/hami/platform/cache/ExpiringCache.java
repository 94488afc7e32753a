package ir.hami.platform.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache for a hot path: each value is kept for a fixed time after it was loaded, and at most a
 * maximum number of entries are kept: over it, the least recently used entry goes (never all of them), so keys
 * nobody asks for twice (made-up API keys, say) push out only one another and the keys in use stay. Two threads
 * that miss the same key at once may both load it; the later one wins. Thread-safe: a map in access order under one
 * lock, held only to read or put an entry (never while loading). Values must not be null (cache "nothing found" as
 * an empty Optional).
 *
 * @param <K> key
 * @param <V> value
 */
public final class ExpiringCache<K, V> {

    /** Loads a value on a miss; may throw what the loading throws (SQLException, say). */
    @FunctionalInterface
    public interface Loader<K, V, E extends Exception> {
        V load(K key) throws E;
    }

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<K, Entry<V>> entries;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public ExpiringCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > ExpiringCache.this.maxEntries;
            }
        };
    }

    /** The value kept for {@code key}, or the loader's, which is then kept. */
    public <E extends Exception> V get(K key, Loader<? super K, ? extends V, E> loader) throws E {
        long now = nanoTime.getAsLong();
        Entry<V> entry;
        lock.lock();
        try {
            entry = entries.get(key);
        } finally {
            lock.unlock();
        }
        if (entry != null && entry.expiresAtNanos() - now > 0) {
            return entry.value();
        }
        V value = loader.load(key);
        lock.lock();
        try {
            entries.put(key, new Entry<>(value, now + ttlNanos));
        } finally {
            lock.unlock();
        }
        return value;
    }

    /** The number of entries kept (expired ones included until they are pushed out or loaded again). */
    public int size() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets everything (a revoked key, say). */
    public void clear() {
        lock.lock();
        try {
            entries.clear();
        } finally {
            lock.unlock();
        }
    }
}
