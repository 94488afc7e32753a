package ir.hami.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The outbox's bookkeeping, each step a short transaction of its own: claiming a due message for one worker (an
 * atomic {@code UPDATE ... WHERE status = 'PENDING'}, so two nodes never claim one row), and recording what became
 * of it. The provider itself is called by the {@link OutboxWorker} between these steps, outside any transaction.
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

    /** The ids of up to {@code max} messages due at {@code now}, the oldest first (a plain read: nothing is held). */
    public List<Long> due(Instant now, int max) {
        return ids("select id from sms_message where status = 'PENDING' and next_attempt_at <= ? order by id", at(now),
                Math.max(1, max));
    }

    /**
     * Claims one due message for the worker named {@code claim} until {@code leaseUntil}, in a transaction of one
     * statement: {@code UPDATE ... WHERE id = ? AND status = 'PENDING'}. Of two workers that try the same message one
     * updates it and the other updates nothing; no lock is held beyond that statement.
     *
     * @return the message, now held by this worker; null if another worker took it first (or it is not due)
     */
    public SmsMessage claim(long id, String claim, Instant now, Instant leaseUntil) {
        int claimed = em.createNativeQuery("update sms_message set status = 'SENDING', claimed_by = ?, claimed_until = ? "
                        + "where id = ? and status = 'PENDING' and next_attempt_at <= ?")
                .setParameter(1, claim).setParameter(2, at(leaseUntil)).setParameter(3, id).setParameter(4, at(now))
                .executeUpdate();
        return claimed == 1 ? em.find(SmsMessage.class, id) : null;
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
