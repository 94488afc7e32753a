package ir.hami.eligibility;

import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
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
 * it checks keys with {@link ApiKeyCheck} (plain JDBC on the API's pool, valid keys kept in memory for seconds).
 * Revoking fires {@link Revoked}, so this node's cache forgets at once; other nodes' caches within seconds.
 */
// Administrators only; the API checks keys through {@link ApiKeyCheck}, not here.
@RolesAllowed(Roles.ADMIN)
@Stateless
public class ApiKeys {

    /** The CDI event of a revoked key. */
    public record Revoked(long keyId) {
    }

    @Inject
    Event<Revoked> revoked;

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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
