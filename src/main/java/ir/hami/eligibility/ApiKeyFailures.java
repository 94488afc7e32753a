package ir.hami.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed API keys per client address ({@code hami.api.key-failures-per-minute}, default 20, in a fixed one-minute
 * window): an address over the limit is answered 429 before its key is looked up, so guessing keys costs the
 * database nothing. Counted in memory on each node (two nodes allow twice as many), for at most
 * {@value #MAX_ADDRESSES} addresses: the least recently failing are forgotten first.
 */
@ApplicationScoped
public class ApiKeyFailures {

    static final int MAX_ADDRESSES = 100_000;
    static final long WINDOW_NANOS = 60_000_000_000L;

    @Inject
    @ConfigProperty(name = "hami.api.key-failures-per-minute", defaultValue = "20")
    int limit;

    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, long[]> windows = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public ApiKeyFailures() {
        this(System::nanoTime);
    }

    ApiKeyFailures(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    ApiKeyFailures(int limit, LongSupplier nanoTime) {
        this(nanoTime);
        this.limit = limit;
    }

    /** @return 0 when the address may try a key, otherwise the seconds until it may (at least 1) */
    public long retryAfter(String address) {
        long now = nanoTime.getAsLong();
        lock.lock();
        try {
            long[] window = windows.get(address);
            if (window == null || now - window[0] >= WINDOW_NANOS || window[1] < limit) {
                return 0;
            }
            return Math.max(1, (window[0] + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L);
        } finally {
            lock.unlock();
        }
    }

    /** Counts a missing, malformed, unknown or revoked key sent from the address. */
    public void failed(String address) {
        long now = nanoTime.getAsLong();
        lock.lock();
        try {
            long[] window = windows.get(address);
            if (window == null || now - window[0] >= WINDOW_NANOS) {
                windows.put(address, new long[] {now, 1});
            } else {
                window[1]++;
            }
        } finally {
            lock.unlock();
        }
    }
}
