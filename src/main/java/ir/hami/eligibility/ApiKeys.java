package ir.hami.eligibility;

import ir.hami.platform.web.FormKey;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.audit.AuditLog;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Issues, revokes and looks up the centres' API keys. The API does not call this for every request:
 * {@link ApiKeyCheck} keeps the answers in memory for a few seconds and asks {@link #authenticate} only on a miss.
 * Revoking fires {@link Revoked}, so this node's cache forgets at once; other nodes' caches within seconds.
 */
@Stateless
public class ApiKeys {

    /** The CDI event of a revoked key. */
    public record Revoked(long keyId) {
    }

    @Inject
    Event<Revoked> revoked;

    static final String FORM_KIND = "api-key";

    @PersistenceContext
    EntityManager em;

    @Inject
    FormSubmissions submissions;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public IssuedKey issue(long centerId, String label, String admin) {
        return issue(centerId, ApiKeyFormat.generate(), label, admin);
    }

    /**
     * Issues a key from the administrators' form with its one-time key: the same form sent twice issues one key.
     * The repeat answers with that key's id and prefix but not the key itself, which is shown once only.
     *
     * @throws ir.hami.platform.ValidationException {@link FormSubmissions#REPEATED} when the form was sent twice at
     *                                              the same moment (then the first answer stands)
     */
    public IssuedKey issue(FormKey form, long centerId, String label, String admin) {
        Optional<ApiKey> earlier = submissions.earlier(form, FORM_KIND).map(id -> em.find(ApiKey.class, id));
        if (earlier.isPresent()) {
            return new IssuedKey(null, earlier.get().getId(), earlier.get().getPrefix());
        }
        IssuedKey issued = issue(centerId, ApiKeyFormat.generate(), label, admin);
        submissions.record(form, FORM_KIND, issued.keyId(), admin);
        return issued;
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
            revoked.fire(new Revoked(keyId));
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

    /**
     * The centre of a valid, unrevoked key; empty for an unknown or revoked one. An indexed read by hash;
     * {@code last_used_at} is written at most once a minute.
     */
    public Optional<ApiClient> authenticate(String key) {
        List<ApiKey> found = em.createQuery("select k from ApiKey k where k.hash = :h", ApiKey.class)
                .setParameter("h", ApiKeyFormat.hash(key)).getResultList();
        if (found.isEmpty() || found.get(0).isRevoked()) {
            return Optional.empty();
        }
        ApiKey k = found.get(0);
        Instant now = now();
        if (k.getLastUsedAt() == null || k.getLastUsedAt().isBefore(now.minusSeconds(60))) {
            k.used(now);
        }
        return Optional.of(new ApiClient(k.getId(), k.getCenterId(), k.getPrefix()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
