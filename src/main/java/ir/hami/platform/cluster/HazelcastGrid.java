package ir.hami.platform.cluster;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Grid} on Payara's Hazelcast member: an {@code IMap<String, String>} per map (one backup, the idle time and
 * size limit set through Hazelcast's dynamic configuration under the name {@code hami.<name>}) and an
 * {@code ITopic<String>} per topic. The only class that touches Hazelcast's: loaded only when the grid is there.
 * Listeners registered through it are removed when the application stops ({@link #close()}), so a redeployment
 * leaves none behind in the server's grid.
 */
final class HazelcastGrid implements Grid, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HazelcastGrid.class.getName());
    static final String PREFIX = "hami.";

    private final HazelcastInstance hazelcast;
    private final Map<String, SharedMap> maps = new ConcurrentHashMap<>();
    private final List<Runnable> registrations = new CopyOnWriteArrayList<>();

    private HazelcastGrid(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** The grid on {@code candidate} (what JNDI gave), or null when it is no running Hazelcast member. */
    static HazelcastGrid of(Object candidate) {
        if (candidate instanceof HazelcastInstance hz && hz.getLifecycleService().isRunning()) {
            return new HazelcastGrid(hz);
        }
        return null;
    }

    @Override
    public SharedMap map(String name, Duration maxIdle, int maxEntries) {
        return maps.computeIfAbsent(name, n -> {
            String full = PREFIX + n;
            MapConfig config = new MapConfig(full).setBackupCount(1)
                    .setMaxIdleSeconds((int) Math.min(Integer.MAX_VALUE, maxIdle.toSeconds()));
            if (maxEntries > 0) {
                config.setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(maxEntries));
            }
            try {
                hazelcast.getConfig().addMapConfig(config);
            } catch (RuntimeException e) {
                // another node (or an earlier deployment) configured it differently: its configuration stands
                LOG.log(Level.WARNING, "the grid map " + full + " keeps its earlier configuration: " + e);
            }
            return new Shared(hazelcast.getMap(full));
        });
    }

    private record Shared(IMap<String, String> map) implements SharedMap {

        @Override
        public String get(String key) {
            return map.get(key);
        }

        @Override
        public String putIfAbsent(String key, String value) {
            return map.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, String expected, String value) {
            return map.replace(key, expected, value);
        }

        @Override
        public boolean remove(String key, String expected) {
            return map.remove(key, expected);
        }

        @Override
        public void remove(String key) {
            map.delete(key);
        }
    }

    @Override
    public void publish(String topic, String message) {
        hazelcast.<String>getTopic(PREFIX + topic).publish(message);
    }

    @Override
    public Runnable subscribe(String topic, Consumer<String> listener) {
        ITopic<String> t = hazelcast.getTopic(PREFIX + topic);
        UUID id = t.addMessageListener(m -> {
            try {
                listener.accept(m.getMessageObject());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of " + topic + " failed", e);
            }
        });
        Runnable remove = () -> {
            try {
                t.removeMessageListener(id);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the grid is already closed", e);
            }
        };
        registrations.add(remove);
        return remove;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public String describe() {
        return "Payara's data grid, cluster " + hazelcast.getConfig().getClusterName() + ", "
                + hazelcast.getCluster().getMembers().size() + " member(s)";
    }

    @Override
    public void close() {
        registrations.forEach(Runnable::run);
        registrations.clear();
    }
}
