package ir.hami.notification;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Messages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Tells a member that something changed: a portal notification and an SMS with the same Persian text (to the
 * person's mobile on the roster, if any). Both are rows written in the caller's transaction: the notification shows
 * and the SMS is delivered (by the {@link OutboxWorker}) only if that transaction commits. The SMS never fails the
 * caller (see {@link SmsSender}).
 */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SmsSender sms;

    /**
     * @param personId the member to tell (for a family: the main member)
     * @param key      message key of the text, rendered in Persian with Persian digits
     * @param link     a portal path the notification opens, or null
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
    public Notification notify(long personId, String purpose, String link, String key, Object... args) {
        String text = PersianText.toPersianDigits(Messages.text(key, args, PersianText.PERSIAN));
        Notification n = new Notification(personId, clock.instant().truncatedTo(ChronoUnit.SECONDS), text, link);
        em.persist(n);
        List<String> mobiles = em.createQuery("select p.mobile from Person p where p.id = :p", String.class)
                .setParameter("p", personId).getResultList();
        if (!mobiles.isEmpty() && mobiles.get(0) != null && !mobiles.get(0).isBlank()) {
            sms.send(mobiles.get(0), text, purpose);
        }
        return n;
    }

    /** A member's latest notifications, newest first. */
    public List<Notification> latest(long personId, int max) {
        return em.createQuery("select n from Notification n where n.personId = :p order by n.id desc",
                        Notification.class)
                .setParameter("p", personId)
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    public long unreadCount(long personId) {
        return em.createQuery("select count(n) from Notification n where n.personId = :p and n.readAt is null",
                        Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /** Marks the member's notifications read (only theirs; the newest 500 unread at a time). */
    public void markAllRead(long personId) {
        java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        em.createQuery("select n from Notification n where n.personId = :p and n.readAt is null", Notification.class)
                .setParameter("p", personId)
                .setMaxResults(500)
                .getResultList()
                .forEach(n -> n.markRead(now));
    }

    /** A page of a member's notifications, newest first (the members' API). */
    public List<Notification> page(long personId, int first, int size) {
        return em.createQuery("select n from Notification n where n.personId = :p order by n.id desc",
                        Notification.class)
                .setParameter("p", personId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList();
    }

    public long count(long personId) {
        return em.createQuery("select count(n) from Notification n where n.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /**
     * Marks one notification of this member read.
     *
     * @return false when there is no such notification of this member (another's is not touched)
     */
    public boolean markRead(long personId, long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || n.getPersonId() != personId) {
            return false;
        }
        if (!n.isRead()) {
            n.markRead(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
        return true;
    }
}
