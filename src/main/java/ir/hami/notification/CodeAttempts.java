package ir.hami.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The atomic steps of checking an SMS code, each one conditional UPDATE: taking an attempt (only while attempts are
 * left) and spending the code (only once). The database decides, so parallel posts on any node cannot both win.
 */
@Stateless
public class CodeAttempts {

    @PersistenceContext
    EntityManager em;

    /**
     * Counts one attempt, in its own transaction (a refusal that rolls the caller back still counts).
     *
     * @return the number of this attempt (1 for the first), or 0 when none was left, the code was spent or expired
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int take(long codeId, int maxAttempts) {
        int hit = em.createQuery("update VerificationCode c set c.attempts = c.attempts + 1 where c.id = :id "
                        + "and c.attempts < :max and c.consumed = false")
                .setParameter("id", codeId).setParameter("max", maxAttempts)
                .executeUpdate();
        if (hit == 0) {
            return 0;
        }
        // the row is locked by the update until this transaction ends: the count read is this attempt's
        return em.createQuery("select c.attempts from VerificationCode c where c.id = :id", Integer.class)
                .setParameter("id", codeId).getSingleResult();
    }

    /** Why no attempt was taken, read afresh. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public VerificationCode.Check refusal(long codeId, Instant now, int maxAttempts) {
        VerificationCode code = em.find(VerificationCode.class, codeId);
        VerificationCode.Check check = code == null ? VerificationCode.Check.USED : code.refusal(now, maxAttempts);
        return check == null ? VerificationCode.Check.TOO_MANY_ATTEMPTS : check;
    }

    /** Spends a right code in the caller's transaction; false when a parallel check spent it first. */
    public boolean consume(long codeId) {
        return em.createQuery("update VerificationCode c set c.consumed = true where c.id = :id and c.consumed = false")
                .setParameter("id", codeId).executeUpdate() == 1;
    }
}
