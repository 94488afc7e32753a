package ir.hami.eligibility;

import ir.hami.platform.security.TokenBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's rate limit per key: a token bucket in memory ({@code hami.api.rate-per-second}, default 50, burst the
 * same). Not the database-backed {@code RateLimiter}: a write per request would be the API's bottleneck at 1,000
 * requests a second. Each portal node counts on its own, so two nodes allow twice the rate.
 */
@ApplicationScoped
public class ApiRateLimit {

    @Inject
    @ConfigProperty(name = "hami.api.rate-per-second", defaultValue = "50")
    int ratePerSecond;

    private final ConcurrentHashMap<Long, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when allowed, otherwise the seconds to wait (at least 1) */
    public long tryAcquire(long keyId) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(keyId, id -> new TokenBucket(ratePerSecond, ratePerSecond, now));
        long wait = bucket.tryTake(now);
        return wait == 0 ? 0 : Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }
}
