package ir.hami.platform.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Counts events per bucket ("login-fail:acct:0012345679", "sms:ip:127.0.0.1") in the database, so every portal
 * node sees the same counts. Each record is written in its own transaction: a refused request still counts.
 */
@Singleton
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class RateLimiter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String bucket, Duration window) {
        return em.createQuery("select count(e) from RateEvent e where e.bucket = :b and e.createdAt > :t", Long.class)
                .setParameter("b", bucket)
                .setParameter("t", now().minus(window))
                .getSingleResult();
    }

    public boolean exceeded(String bucket, int limit, Duration window) {
        return count(bucket, window) >= limit;
    }

    /** The moment the oldest event in the window leaves it, i.e. when the bucket has room again. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Instant oldestIn(String bucket, Duration window) {
        // the oldest event as an entity, so the instant converter reads the column: an aggregate or native query
        // gets a LocalDateTime from Connector/J instead
        return em.createQuery("select e from RateEvent e where e.bucket = :b and e.createdAt > :t "
                        + "order by e.createdAt, e.id", RateEvent.class)
                .setParameter("b", bucket)
                .setParameter("t", now().minus(window))
                .setMaxResults(1)
                .getResultStream().findFirst().map(RateEvent::getCreatedAt).orElse(null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String bucket) {
        em.persist(new RateEvent(bucket, now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String bucket) {
        em.createNativeQuery("delete from rate_event where bucket = ?").setParameter(1, bucket).executeUpdate();
    }

    /** Events older than a day are never counted: drop them every hour. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge() {
        em.createQuery("delete from RateEvent e where e.createdAt < :t")
                .setParameter("t", now().minus(Duration.ofDays(1)))
                .executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
