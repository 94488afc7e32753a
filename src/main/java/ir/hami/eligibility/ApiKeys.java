package ir.hami.eligibility;

import ir.hami.platform.web.FormKey;
import ir.hami.platform.persistence.FormSubmissions;
import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.text.TextLimit;
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
 * Revoking fires {@link Revoked}: once committed, every node's cache forgets the keys ({@link ApiKeyCheck}).
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
        String name = TextLimit.line(label, ApiKey.LABEL_LENGTH, new TextLimit.Label("apiKeys.label"));
        ApiKey apiKey = new ApiKey(centerId, key, name == null ? "-" : name, now(), admin);
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

    /** The id of the centre with this code (trimmed), if there is one. */
    public Optional<Long> centerIdByCode(String code) {
        return em.createQuery("select c.id from TreatmentCenter c where c.code = :code", Long.class)
                .setParameter("code", code == null ? "" : code.trim()).setMaxResults(1).getResultList().stream()
                .findFirst();
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
