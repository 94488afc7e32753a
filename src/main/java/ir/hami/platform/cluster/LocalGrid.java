package ir.hami.platform.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The grid of one node: maps in this JVM's memory with the grid's semantics (idle entries dropped, a size limit),
 * and topics whose listeners run at once on the publishing thread. What the portal uses without Payara's grid, and
 * what the unit tests use.
 */
public final class LocalGrid implements Grid {

    private static final Logger LOG = Logger.getLogger(LocalGrid.class.getName());

    private final Map<String, LocalMap> maps = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> topics = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public LocalGrid() {
        this(System::nanoTime);
    }

    /** @param nanoTime the clock of idle times (tests move it by hand) */
    public LocalGrid(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public SharedMap map(String name, Duration maxIdle, int maxEntries) {
        return maps.computeIfAbsent(name, n -> new LocalMap(maxIdle, maxEntries, nanoTime));
    }

    @Override
    public void publish(String topic, String message) {
        for (Consumer<String> listener : topics.getOrDefault(topic, List.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of " + topic + " failed", e);
            }
        }
    }

    @Override
    public Runnable subscribe(String topic, Consumer<String> listener) {
        List<Consumer<String>> listeners = topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public String describe() {
        return "local memory (this node only)";
    }
}
