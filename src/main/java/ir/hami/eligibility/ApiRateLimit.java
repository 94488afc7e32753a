package ir.hami.eligibility;

import ir.hami.platform.cluster.Grid;
import ir.hami.platform.cluster.SharedTokenBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's rate limit per key: a token bucket per key ({@code hami.api.rate-per-second}, default 50, burst the
 * same) in the portal's {@link Grid}, so every node takes from the same bucket and two nodes allow the rate once,
 * not twice. Not the database-backed {@code RateLimiter}: a write per request would be the API's bottleneck at 1,000
 * requests a second; the grid costs a read and a compare-and-set, in this node's memory without the grid.
 */
@ApplicationScoped
public class ApiRateLimit {

    static final String MAP = "api-rate";

    @Inject
    @ConfigProperty(name = "hami.api.rate-per-second", defaultValue = "50")
    int ratePerSecond;

    @Inject
    Grid grid;

    private SharedTokenBuckets buckets;

    public ApiRateLimit() {
    }

    ApiRateLimit(Grid grid, int ratePerSecond, LongSupplier millis) {
        this.grid = grid;
        this.ratePerSecond = ratePerSecond;
        start(millis);
    }

    @PostConstruct
    void start() {
        start(System::currentTimeMillis);
    }

    private void start(LongSupplier millis) {
        buckets = new SharedTokenBuckets(grid.map(MAP, Duration.ofMinutes(5), 100_000), ratePerSecond, ratePerSecond,
                millis);
    }

    /** @return 0 when allowed, otherwise the seconds to wait (at least 1) */
    public long tryAcquire(long keyId) {
        long wait = buckets.tryTake(Long.toString(keyId));
        return wait == 0 ? 0 : SharedTokenBuckets.seconds(wait);
    }
}
