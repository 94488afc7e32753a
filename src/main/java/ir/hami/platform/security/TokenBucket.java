package ir.hami.platform.security;

/**
 * A token bucket in memory: {@code ratePerSecond} tokens a second, at most {@code burst} saved up. Thread safe.
 * Each portal node counts on its own, so N nodes allow up to N times the rate: the API's limits use
 * {@code ir.hami.platform.cluster.SharedTokenBuckets} instead, which every node shares through the grid.
 */
public final class TokenBucket {

    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, double burst, long nowNanos) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** @return 0 if a token was taken, otherwise the nanoseconds until one is available */
    public synchronized long tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerNano);
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - last;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * ratePerNano);
            last = nowNanos;
        }
    }
}
