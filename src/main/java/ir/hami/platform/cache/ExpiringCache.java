package ir.hami.platform.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache for a hot path: each value is kept for a fixed time after it was loaded, and the whole map
 * is emptied when it holds more than a maximum number of entries, so keys nobody asks for twice (made-up API keys,
 * say) cannot fill the memory. Two threads that miss the same key at once may both load it; the later one wins.
 * Thread-safe. Values must not be null (cache "nothing found" as an empty Optional).
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

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public ExpiringCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    ExpiringCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /** The value kept for {@code key}, or the loader's, which is then kept. */
    public <E extends Exception> V get(K key, Loader<? super K, ? extends V, E> loader) throws E {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAtNanos() - now > 0) {
            return entry.value();
        }
        V value = loader.load(key);
        if (entries.size() > maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + ttlNanos));
        return value;
    }

    /** Forgets everything (a revoked key, say). */
    public void clear() {
        entries.clear();
    }
}
