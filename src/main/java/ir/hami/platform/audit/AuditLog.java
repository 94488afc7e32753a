package ir.hami.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/** Writes the security and action log; in its own transaction, so a refused action is logged too. */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("ir.hami.audit");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String action, String detail, String ip) {
        LOG.info(() -> action + " by " + actor + " from " + ip + (detail == null ? "" : ": " + detail));
        em.persist(new AuditEntry(clock.instant(), actor == null ? "-" : actor, action, detail, ip));
    }
}
