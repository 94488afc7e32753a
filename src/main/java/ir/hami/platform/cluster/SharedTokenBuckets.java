package ir.hami.platform.cluster;

import java.util.function.LongSupplier;

/**
 * Token buckets kept in a {@link SharedMap}, one per key, so every node takes from the same bucket: {@code rate}
 * tokens a second, at most {@code burst} saved up. A bucket is the string {@code tokens/lastMillis}, updated by
 * compare-and-set; time is the wall clock in milliseconds (nodes on NTP agree to a few of them; a bucket never goes
 * back in time). A bucket nobody used for the map's idle time is dropped, which is the same as a full one.
 */
public final class SharedTokenBuckets {

    private final SharedMap buckets;
    private final double ratePerMilli;
    private final double burst;
    private final LongSupplier millis;

    public SharedTokenBuckets(SharedMap buckets, double ratePerSecond, double burst, LongSupplier millis) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.buckets = buckets;
        this.ratePerMilli = ratePerSecond / 1000.0;
        this.burst = burst;
        this.millis = millis;
    }

    /** @return 0 if a token was taken, otherwise the nanoseconds until one is available */
    public long tryTake(String key) {
        long[] wait = new long[1];
        buckets.update(key, current -> {
            long now = millis.getAsLong();
            double tokens = burst;
            long last = now;
            if (current != null) {
                int slash = current.indexOf('/');
                tokens = Double.parseDouble(current.substring(0, slash));
                last = Long.parseLong(current.substring(slash + 1));
                if (now > last) {
                    tokens = Math.min(burst, tokens + (now - last) * ratePerMilli);
                    last = now;
                }
            }
            if (tokens >= 1) {
                wait[0] = 0;
                return (tokens - 1) + "/" + last;
            }
            wait[0] = (long) Math.ceil((1 - tokens) / ratePerMilli * 1_000_000);
            return tokens + "/" + last;
        });
        return wait[0];
    }

    /** @return the whole seconds to wait for {@code nanos} (at least 1), as a Retry-After header says them */
    public static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
