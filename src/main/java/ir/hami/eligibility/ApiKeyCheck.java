package ir.hami.eligibility;

import ir.hami.platform.cache.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The API's key check on every request. A key's answer (its centre, or "not valid") is kept in memory under the
 * key's hash for {@value #CACHE_SECONDS} seconds, so a hospital sending a thousand requests a second costs one
 * database read every few seconds; only a miss asks {@link ApiKeys}. A key revoked on this node is forgotten at once
 * ({@link ApiKeys.Revoked}); on another node it stops working within {@value #CACHE_SECONDS} seconds. At most
 * {@value #MAX_ENTRIES} keys are kept, so made-up keys cannot fill the memory.
 */
@ApplicationScoped
public class ApiKeyCheck {

    static final int CACHE_SECONDS = 10;
    static final int MAX_ENTRIES = 10_000;

    private final ExpiringCache<String, Optional<ApiClient>> cache =
            new ExpiringCache<>(Duration.ofSeconds(CACHE_SECONDS), MAX_ENTRIES);

    @Inject
    ApiKeys keys;

    /** The centre of a valid, unrevoked key (already {@link ApiKeyFormat#clean cleaned}); empty otherwise. */
    public Optional<ApiClient> authenticate(String key) {
        return cache.get(ApiKeyFormat.hash(key), hash -> keys.authenticate(key));
    }

    void forget(@Observes ApiKeys.Revoked revoked) {
        cache.clear();
    }
}
