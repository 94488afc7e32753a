package ir.hami.platform.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts events per bucket ("login-fail:acct:0012345679", "sms:ip:127.0.0.1") in the database, so every portal
 * node sees the same counts. Each record is written in its own transaction: a refused request still counts.
 * <p>
 * Checking and recording are one step ({@link #tryAcquire}, {@link #acquire}): the bucket's row in
 * {@code rate_lock} is locked (updated) first, so parallel requests on any node count one after the other and no
 * more than the limit pass. {@link #exceeded} and {@link #record} remain for reading and for what is only counted.
 */
@Singleton
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class RateLimiter {

    /** A bucket, its limit and its (sliding) window. */
    public record Limit(String bucket, int limit, Duration window) {
    }

    /** The events recorded by one {@link #acquire}, to {@link #release} when what they counted did not happen. */
    public record Permit(List<Long> events) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Records one event in the bucket if it holds fewer than {@code limit} events in the window; atomically, across
     * threads and nodes.
     *
     * @return whether the event was recorded (false: over the limit, nothing recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        return acquire(List.of(new Limit(bucket, limit, window))).isPresent();
    }

    /**
     * Records one event in each bucket if every bucket is under its limit, else none: all or nothing, atomically.
     * The buckets are locked in a fixed order, so two requests sharing buckets cannot deadlock.
     *
     * @return the recorded events, or empty when a bucket is full (nothing recorded)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Permit> acquire(List<Limit> limits) {
        TreeMap<String, Limit> byBucket = new TreeMap<>();
        for (Limit limit : limits) {
            byBucket.merge(key(limit.bucket()), limit,
                    (a, b) -> a.limit() <= b.limit() ? a : b);
        }
        Instant now = now();
        for (String bucket : byBucket.keySet()) {
            lock(bucket, now);
        }
        for (Limit limit : byBucket.values()) {
            if (count(limit.bucket(), limit.window()) >= limit.limit()) {
                return Optional.empty();
            }
        }
        List<Long> events = new ArrayList<>();
        for (String bucket : byBucket.keySet()) {
            RateEvent event = new RateEvent(bucket, now);
            em.persist(event);
            events.add(event.getId());
        }
        return Optional.of(new Permit(List.copyOf(events)));
    }

    /** Forgets the events of a permit (what they reserved room for did not count after all). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(Permit permit) {
        if (permit == null || permit.events().isEmpty()) {
            return;
        }
        em.createQuery("delete from RateEvent e where e.id in :ids").setParameter("ids", permit.events())
                .executeUpdate();
    }

    /** Locks the bucket's row until the transaction ends, creating it first if it is new. */
    private void lock(String bucket, Instant now) {
        // The row is made sure of first, in a transaction of its own: an UPDATE that finds no row would leave a
        // gap lock (InnoDB) that the creating transaction's INSERT then waits for until it times out.
        try {
            context.getBusinessObject(RateLimiter.class).createLock(bucket, now);
        } catch (EJBException e) {
            // another request created it meanwhile: the update below waits for it
        }
        if (touch(bucket, now) == 0) {
            throw new IllegalStateException("no rate_lock row for " + bucket);
        }
    }

    private int touch(String bucket, Instant now) {
        return em.createNativeQuery("update rate_lock set touched_at = ? where bucket = ?")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, bucket).executeUpdate();
    }

    /** Creates the bucket's lock row if it is missing, in its own transaction (a parallel duplicate fails alone). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createLock(String bucket, Instant now) {
        Number rows = (Number) em.createNativeQuery("select count(*) from rate_lock where bucket = ?")
                .setParameter(1, bucket).getSingleResult();
        if (rows.longValue() > 0) {
            return;
        }
        em.createNativeQuery("insert into rate_lock (bucket, touched_at) values (?, ?)")
                .setParameter(1, bucket).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
    }

    /** The bucket as stored: at most 120 characters. */
    static String key(String bucket) {
        return bucket.length() > 120 ? bucket.substring(0, 120) : bucket;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String bucket, Duration window) {
        return em.createQuery("select count(e) from RateEvent e where e.bucket = :b and e.createdAt > :t", Long.class)
                .setParameter("b", key(bucket))
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
                .setParameter("b", key(bucket))
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
        em.createNativeQuery("delete from rate_event where bucket = ?").setParameter(1, key(bucket)).executeUpdate();
    }

    /** Events older than a day are never counted, nor are buckets untouched for a day: drop them every hour. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge() {
        em.createQuery("delete from RateEvent e where e.createdAt < :t")
                .setParameter("t", now().minus(Duration.ofDays(1)))
                .executeUpdate();
        em.createNativeQuery("delete from rate_lock where touched_at < ?")
                .setParameter(1, java.sql.Timestamp.from(now().minus(Duration.ofDays(1))))
                .executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
