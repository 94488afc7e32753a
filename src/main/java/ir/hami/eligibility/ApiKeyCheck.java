package ir.hami.eligibility;

import ir.hami.platform.cache.ExpiringCache;
import ir.hami.platform.cluster.Grid;
import ir.hami.platform.persistence.HamiDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's key check on every request. A valid key's centre is kept in memory under the key's hash for
 * {@code hami.api.key-cache-seconds} (default {@value #CACHE_SECONDS}) seconds, so a hospital sending a thousand requests a second costs one database read every
 * few seconds. At most {@code hami.api.key-cache-max} (default 10,000) keys are kept, the least recently used
 * leaving first: made-up keys are not kept at all, so they cannot push out the keys in use (the addresses sending
 * them are limited by {@link ApiKeyFailures} instead). Keys are read with plain JDBC in autocommit on the API's own
 * pool ({@link HamiDataSource#DIRECT}), never in a container transaction on the pages' pool. A revoked key is
 * forgotten on every node at once: once the revocation is committed ({@link ApiKeys.Revoked}) this node forgets its
 * keys and tells the others on the {@link Grid}'s topic {@value #TOPIC} (without the grid there is no other node).
 */
@ApplicationScoped
public class ApiKeyCheck {

    static final int CACHE_SECONDS = 10;

    /** The grid's topic of changed keys: the message is the key's id; every node forgets its cached keys. */
    static final String TOPIC = "api-keys-changed";

    /** {@code last_used_at} is written at most this often per key. */
    static final int LAST_USED_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "hami.api.key-cache-max", defaultValue = "10000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "hami.api.key-cache-seconds", defaultValue = "" + CACHE_SECONDS)
    int cacheSeconds;

    @Resource(lookup = HamiDataSource.DIRECT)
    DataSource direct;

    @Inject
    Clock clock;

    @Inject
    Grid grid;

    private ExpiringCache<String, ApiClient> cache;
    private Runnable subscription;

    @PostConstruct
    void start() {
        cache = new ExpiringCache<>(Duration.ofSeconds(Math.max(1, cacheSeconds)), Math.max(1, maxEntries));
        subscription = grid.subscribe(TOPIC, keyId -> cache.clear());
    }

    @PreDestroy
    void stop() {
        subscription.run();
    }

    /**
     * The centre of a valid, unrevoked key (already {@link ApiKeyFormat#clean cleaned}); empty otherwise.
     *
     * @throws IllegalStateException when the database cannot be read
     */
    public Optional<ApiClient> authenticate(String key) {
        try {
            return Optional.ofNullable(cache.get(ApiKeyFormat.hash(key), hash -> {
                ApiClient found = read(hash);
                if (found == null) {
                    throw new Unknown();
                }
                return found;
            }));
        } catch (Unknown e) {
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("API keys cannot be read", e);
        }
    }

    /** A miss: nothing is kept. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private ApiClient read(String hash) throws SQLException {
        try (Connection c = direct.getConnection()) {
            long id;
            long center;
            String prefix;
            Timestamp lastUsed;
            try (PreparedStatement select = c.prepareStatement("select id, center_id, key_prefix, last_used_at "
                    + "from api_key where key_hash = ? and revoked_at is null")) {
                select.setString(1, hash);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    id = rs.getLong(1);
                    center = rs.getLong(2);
                    prefix = rs.getString(3);
                    lastUsed = rs.getTimestamp(4);
                }
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            if (lastUsed == null || lastUsed.toInstant().isBefore(now.minusSeconds(LAST_USED_SECONDS))) {
                try (PreparedStatement used = c.prepareStatement(
                        "update api_key set last_used_at = ? where id = ?")) {
                    used.setTimestamp(1, Timestamp.from(now));
                    used.setLong(2, id);
                    used.executeUpdate();
                }
            }
            return new ApiClient(id, center, prefix);
        }
    }

    /**
     * After the revocation's commit (before it, a check on another thread could read the key still valid and keep it):
     * forgets here at once, and on the other nodes through the grid.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeys.Revoked revoked) {
        cache.clear();
        grid.publish(TOPIC, Long.toString(revoked.keyId()));
    }
}
