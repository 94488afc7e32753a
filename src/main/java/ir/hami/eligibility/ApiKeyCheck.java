package ir.hami.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's key check on every request. A key's answer, under the key's hash, (its centre, or "not valid") is kept in memory for
 * {@value #CACHE_SECONDS} seconds, so a hospital sending a thousand requests a second costs one database read every
 * few seconds; only a miss asks {@link ApiKeys}. A key revoked on this node is forgotten at once
 * ({@link ApiKeys.Revoked}); on another node it stops working within {@value #CACHE_SECONDS} seconds. The map is
 * emptied when it holds more than {@value #MAX_ENTRIES} keys, so made-up keys cannot fill the memory.
 */
@ApplicationScoped
public class ApiKeyCheck {

    static final int CACHE_SECONDS = 10;
    static final int MAX_ENTRIES = 10_000;

    private record Cached(Optional<ApiClient> client, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    ApiKeys keys;

    /** The centre of a valid, unrevoked key (already {@link ApiKeyFormat#clean cleaned}); empty otherwise. */
    public Optional<ApiClient> authenticate(String key) {
        String hash = ApiKeyFormat.hash(key);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && cached.expiresAtNanos() - now > 0) {
            return cached.client();
        }
        Optional<ApiClient> client = keys.authenticate(key);
        if (cache.size() > MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(hash, new Cached(client, now + CACHE_SECONDS * 1_000_000_000L));
        return client;
    }

    void forget(@Observes ApiKeys.Revoked revoked) {
        cache.clear();
    }
}
