package ir.hami.notification;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SMS outbox worker's pulse, for {@code /health/live}: the worker beats at the start of every round. Kept apart
 * from {@link OutboxWorker} so that the health endpoint, which calls in on the server's own threads (even before the
 * application has started), never creates the worker itself.
 */
@ApplicationScoped
public class OutboxHeartbeat {

    private volatile boolean watched;
    private volatile boolean enabled = true;
    private volatile long limitNanos = 60_000_000_000L;
    private volatile long lastBeat = System.nanoTime();

    /** The worker has started: it beats every {@code pollMillis} when {@code enabled}. */
    void watch(boolean enabled, long pollMillis) {
        this.enabled = enabled;
        this.limitNanos = Math.max(60_000, 10 * Math.max(100, pollMillis)) * 1_000_000L;
        this.lastBeat = System.nanoTime();
        this.watched = true;
    }

    void beat() {
        lastBeat = System.nanoTime();
    }

    /**
     * Alive: the worker is disabled on purpose, not started yet, or began a round within ten poll intervals (at least
     * a minute). A round that fails (the database or the provider away) still beats: the worker will try again; only
     * a worker whose scheduler stopped is dead.
     */
    public boolean alive() {
        return !watched || !enabled || System.nanoTime() - lastBeat < limitNanos;
    }

    public boolean enabled() {
        return enabled;
    }
}
