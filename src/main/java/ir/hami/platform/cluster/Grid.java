package ir.hami.platform.cluster;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The portal's shared state: maps of strings and invalidation topics, on Payara's data grid when there is one, in
 * this node's memory otherwise ({@link LocalGrid}). Inject it; {@link Grids} decides which.
 */
public interface Grid {

    /**
     * The map called {@code name} (the same name is the same map on every node).
     *
     * @param maxIdle    an entry nobody read or wrote for this long is dropped; {@link Duration#ZERO}: never
     * @param maxEntries at most about this many entries on each node, the least recently used going first; 0: no
     *                   limit. The first call for a name decides both.
     */
    SharedMap map(String name, Duration maxIdle, int maxEntries);

    /**
     * Sends {@code message} to the listeners of {@code topic} on every node, this one included (on the grid they run
     * a moment later, on another thread; in local memory at once, on this thread).
     */
    void publish(String topic, String message);

    /**
     * Calls {@code listener} with every message published on {@code topic}, by any node, until the grid closes with
     * the application (or the returned handle is run).
     */
    Runnable subscribe(String topic, Consumer<String> listener);

    /** True when the state is shared with other nodes (Payara's grid); false for this node's memory. */
    boolean shared();

    /** For the log: "local memory" or the grid and its members. */
    String describe();
}
