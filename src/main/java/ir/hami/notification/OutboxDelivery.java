package ir.hami.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's bookkeeping, each step a short transaction of its own: claiming due messages for one worker (an
 * atomic {@code UPDATE ... WHERE status = 'PENDING'}, so two nodes never claim one row), and recording what became
 * of each. The provider itself is called by the {@link OutboxWorker} between these steps, outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @PersistenceContext
    EntityManager em;

    /**
     * Gives back to the queue the messages whose worker's lease ran out (a node that died or hung mid-send; the
     * message may or may not have left, so the attempt counts).
     *
     * @return how many were given back
     */
    public int recoverExpiredLeases(Instant now) {
        int recovered = 0;
        for (long id : ids("select id from sms_message where status = 'SENDING' and claimed_until < ? order by id",
                at(now), 100)) {
            recovered += em.createNativeQuery("update sms_message set status = 'PENDING', claimed_by = null, "
                            + "claimed_until = null, attempts = attempts + 1, next_attempt_at = ?, "
                            + "last_error = 'lease expired during sending' "
                            + "where id = ? and status = 'SENDING' and claimed_until < ?")
                    .setParameter(1, at(now)).setParameter(2, id).setParameter(3, at(now)).executeUpdate();
        }
        return recovered;
    }

    /**
     * Claims up to {@code max} due messages, the oldest first, for the worker named {@code claim} until
     * {@code leaseUntil}. Each row is taken by its own {@code UPDATE ... WHERE id = ? AND status = 'PENDING'}, in
     * ascending id order: a row another worker took meanwhile updates nothing, and two workers that wait for each
     * other's rows always lock them in the same order, so they cannot deadlock.
     *
     * @return the messages this worker now holds, oldest first
     */
    public List<SmsMessage> claim(String claim, int max, Instant now, Instant leaseUntil) {
        List<Long> claimed = new ArrayList<>();
        for (long id : ids("select id from sms_message where status = 'PENDING' and next_attempt_at <= ? order by id",
                at(now), Math.max(1, max))) {
            if (em.createNativeQuery("update sms_message set status = 'SENDING', claimed_by = ?, claimed_until = ? "
                            + "where id = ? and status = 'PENDING' and next_attempt_at <= ?")
                    .setParameter(1, claim).setParameter(2, at(leaseUntil)).setParameter(3, id)
                    .setParameter(4, at(now)).executeUpdate() == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from SmsMessage m where m.id in :ids and m.claimedBy = :c order by m.id",
                        SmsMessage.class)
                .setParameter("ids", claimed).setParameter("c", claim)
                .getResultList();
    }

    private List<Long> ids(String sql, Object parameter, int max) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, parameter).setMaxResults(max).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** The provider took the message. False if this worker no longer held it (its lease had run out). */
    public boolean sent(long id, String claim, String providerRef, Instant now) {
        String ref = providerRef == null ? null : providerRef.substring(0, Math.min(100, providerRef.length()));
        return em.createNativeQuery("update sms_message set status = 'SENT', provider_ref = ?, sent_at = ?, "
                        + "attempts = attempts + 1, claimed_by = null, claimed_until = null "
                        + "where id = ? and status = 'SENDING' and claimed_by = ?")
                .setParameter(1, ref).setParameter(2, at(now)).setParameter(3, id).setParameter(4, claim)
                .executeUpdate() == 1;
    }

    /** The message will not be sent: FAILED (refused, or tried too often) or EXPIRED (no longer worth sending). */
    public boolean finished(long id, String claim, SmsMessage.Status status, boolean attempted, String reason) {
        if (status != SmsMessage.Status.FAILED && status != SmsMessage.Status.EXPIRED) {
            throw new IllegalArgumentException(String.valueOf(status));
        }
        return em.createNativeQuery("update sms_message set status = ?, last_error = ?, attempts = attempts + ?, "
                        + "claimed_by = null, claimed_until = null where id = ? and status = 'SENDING' and claimed_by = ?")
                .setParameter(1, status.name()).setParameter(2, SmsMessage.reason(reason))
                .setParameter(3, attempted ? 1 : 0).setParameter(4, id).setParameter(5, claim)
                .executeUpdate() == 1;
    }

    /** The provider failed for now: the message waits until {@code next} (see {@link #holdQueue}). */
    public boolean retryLater(long id, String claim, String reason, Instant next) {
        int updated = em.createNativeQuery("update sms_message set status = 'PENDING', last_error = ?, "
                        + "attempts = attempts + 1, next_attempt_at = ?, claimed_by = null, claimed_until = null "
                        + "where id = ? and status = 'SENDING' and claimed_by = ?")
                .setParameter(1, SmsMessage.reason(reason)).setParameter(2, at(next)).setParameter(3, id)
                .setParameter(4, claim).executeUpdate();
        return updated == 1;
    }

    /**
     * The provider is failing: every pending message due before {@code next} waits until then too, so that the queue
     * is not burnt through message by message and catches up in its order once the provider answers.
     */
    public int holdQueue(Instant next) {
        return em.createNativeQuery("update sms_message set next_attempt_at = ? where status = 'PENDING' "
                        + "and next_attempt_at < ?")
                .setParameter(1, at(next)).setParameter(2, at(next)).executeUpdate();
    }

    /** Gives the messages this worker still holds back to the queue untried (it stopped before their turn). */
    public int release(String claim, List<Long> ids) {
        int released = 0;
        for (long id : ids.stream().sorted().toList()) {
            released += em.createNativeQuery("update sms_message set status = 'PENDING', claimed_by = null, "
                            + "claimed_until = null where id = ? and status = 'SENDING' and claimed_by = ?")
                    .setParameter(1, id).setParameter(2, claim).executeUpdate();
        }
        return released;
    }

    /** Queues a FAILED message again, due now, for one more attempt. False if it was not FAILED (any more). */
    public boolean requeue(long id, Instant now) {
        return em.createNativeQuery("update sms_message set status = 'PENDING', next_attempt_at = ? "
                        + "where id = ? and status = 'FAILED'")
                .setParameter(1, at(now)).setParameter(2, id).executeUpdate() == 1;
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
