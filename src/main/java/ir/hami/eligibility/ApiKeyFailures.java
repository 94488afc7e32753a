package ir.hami.eligibility;

import ir.hami.platform.cluster.Grid;
import ir.hami.platform.cluster.LocalGrid;
import ir.hami.platform.cluster.SharedMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed API keys per client address ({@code hami.api.key-failures-per-minute}, default 20, in a fixed one-minute
 * window): an address over the limit is answered 429 before its key is looked up, so guessing keys costs the
 * database nothing. Counted in the portal's {@link Grid} ({@code windowStartMillis/count} per address, updated by
 * compare-and-set), so every node counts the same failures once; for at most {@value #MAX_ADDRESSES} addresses a
 * node, the least recently failing forgotten first.
 */
@ApplicationScoped
public class ApiKeyFailures {

    static final int MAX_ADDRESSES = 100_000;
    static final long WINDOW_MILLIS = 60_000L;
    static final String MAP = "api-key-failures";

    @Inject
    @ConfigProperty(name = "hami.api.key-failures-per-minute", defaultValue = "20")
    int limit;

    @Inject
    Grid grid;

    private final LongSupplier millis;
    private SharedMap windows;

    public ApiKeyFailures() {
        this.millis = System::currentTimeMillis;
    }

    /** For tests: on {@code grid}, with a clock in milliseconds. */
    ApiKeyFailures(Grid grid, int limit, LongSupplier millis) {
        this.grid = grid;
        this.limit = limit;
        this.millis = millis;
        start();
    }

    ApiKeyFailures(int limit, LongSupplier millis) {
        this(new LocalGrid(), limit, millis);
    }

    @PostConstruct
    void start() {
        windows = grid.map(MAP, Duration.ofMillis(2 * WINDOW_MILLIS), MAX_ADDRESSES);
    }

    /** @return 0 when the address may try a key, otherwise the seconds until it may (at least 1) */
    public long retryAfter(String address) {
        String window = windows.get(address);
        if (window == null) {
            return 0;
        }
        long now = millis.getAsLong();
        int slash = window.indexOf('/');
        long start = Long.parseLong(window.substring(0, slash));
        long count = Long.parseLong(window.substring(slash + 1));
        if (now - start >= WINDOW_MILLIS || count < limit) {
            return 0;
        }
        return Math.max(1, (start + WINDOW_MILLIS - now + 999L) / 1000L);
    }

    /** Counts a missing, malformed, unknown or revoked key sent from the address. */
    public void failed(String address) {
        windows.update(address, window -> {
            long now = millis.getAsLong();
            if (window != null) {
                int slash = window.indexOf('/');
                long start = Long.parseLong(window.substring(0, slash));
                if (now - start < WINDOW_MILLIS) {
                    return start + "/" + (Long.parseLong(window.substring(slash + 1)) + 1);
                }
            }
            return now + "/1";
        });
    }
}
