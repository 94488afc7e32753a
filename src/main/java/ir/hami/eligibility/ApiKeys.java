package ir.hami.eligibility;

import ir.hami.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, revokes and checks the centres' API keys. A key's check is an indexed read by hash, cached in memory for
 * {@value #CACHE_SECONDS} seconds so that 1,000 requests a second do not each read the key; revoking on this node
 * takes effect at once, on other nodes within that time. {@code last_used_at} is written at most once a minute.
 */
@Stateless
public class ApiKeys {

    static final int CACHE_SECONDS = 10;
    private static final ConcurrentHashMap<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(Optional<ApiClient> client, long expiresAtNanos) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public IssuedKey issue(long centerId, String label, String admin) {
        return issue(centerId, ApiKeyFormat.generate(), label, admin);
    }

    /** Issues a given key (the demo loader's fixed demo key). */
    public IssuedKey issue(long centerId, String key, String label, String admin) {
        ApiKey apiKey = new ApiKey(centerId, key, label == null || label.isBlank() ? "-" : label.trim(), now(), admin);
        em.persist(apiKey);
        em.flush();
        audit.record(admin, "API_KEY_ISSUED", "centre " + centerId + " key " + apiKey.getPrefix(), null);
        return new IssuedKey(key, apiKey.getId(), apiKey.getPrefix());
    }

    public void revoke(long keyId, String admin) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key != null && !key.isRevoked()) {
            key.revoke(now());
            CACHE.clear();
            audit.record(admin, "API_KEY_REVOKED", "centre " + key.getCenterId() + " key " + key.getPrefix(), null);
        }
    }

    public List<ApiKey> ofCenter(long centerId) {
        return em.createQuery("select k from ApiKey k where k.centerId = :c order by k.id desc", ApiKey.class)
                .setParameter("c", centerId).setMaxResults(200).getResultList();
    }

    public boolean exists(String key) {
        return !em.createQuery("select k.id from ApiKey k where k.hash = :h", Long.class)
                .setParameter("h", ApiKeyFormat.hash(key)).getResultList().isEmpty();
    }

    /** The centre of a valid, unrevoked key; empty for an unknown or revoked one. */
    public Optional<ApiClient> authenticate(String key) {
        String hash = ApiKeyFormat.hash(key);
        long nanos = System.nanoTime();
        Cached cached = CACHE.get(hash);
        if (cached != null && cached.expiresAtNanos() - nanos > 0) {
            return cached.client();
        }
        List<ApiKey> found = em.createQuery("select k from ApiKey k where k.hash = :h", ApiKey.class)
                .setParameter("h", hash).getResultList();
        Optional<ApiClient> client = Optional.empty();
        if (!found.isEmpty() && !found.get(0).isRevoked()) {
            ApiKey k = found.get(0);
            client = Optional.of(new ApiClient(k.getId(), k.getCenterId(), k.getPrefix()));
            Instant now = now();
            if (k.getLastUsedAt() == null || k.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                k.used(now);
            }
        }
        if (CACHE.size() > 10_000) {
            CACHE.clear();
        }
        CACHE.put(hash, new Cached(client, nanos + CACHE_SECONDS * 1_000_000_000L));
        return client;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
