package ir.hami.messaging;

import ir.hami.platform.web.FormKey;
import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import ir.hami.notification.SmsSender;
import ir.hami.platform.security.Role;
import ir.hami.access.UserAccount;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.web.Messages;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff side of the message channel: the inbox of each unit (filtered, paged, the oldest first), where a staff
 * member sees and acts on the threads of the units their role answers only ({@link Unit#answeredBy()};
 * administrators all), a thread with its posts, and what staff do to it: assign (to anyone of the unit, or to oneself),
 * reply (the sender is told by SMS), close. Every action names the version of the thread the staff member saw; if
 * another changed it meanwhile the action is refused with {@link MessageDesk#KEY_CONCURRENT} and nothing changes.
 * Who did what and when is kept on the thread and its posts, and in the audit log.
 */
// The answering units only (see {@link #ANSWERING}); checked here as well as by the page's URL.
@RolesAllowed({Roles.REFERRAL, Roles.ASSESSOR, Roles.ADMIN})
@Stateless
public class MessageInbox {

    public static final String KEY_ASSIGNEE = "messages.assignee.unknown";
    /** The roles whose members answer messages (and may be assigned one): each answers its units ({@link Unit}). */
    public static final List<Role> ANSWERING = List.of(Role.REFERRAL, Role.ASSESSOR, Role.ADMIN);

    private static final int MAX_STAFF = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageDesk desk;

    @Inject
    MessageFiles files;

    @Inject
    SmsSender sms;

    @Inject
    AuditLog audit;

    /** The number of threads matching the filter among those of the units the role answers. */
    public long count(Role role, InboxFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, Unit.answeredBy(role), params);
        if (where == null) {
            return 0;
        }
        return bind(em.createQuery("select count(t) from MessageThread t" + where, Long.class), params)
                .getSingleResult();
    }

    /** A page of the inbox, the oldest thread first (ids grow with time; timestamps may tie). */
    public List<ThreadRow> page(Role role, InboxFilter filter, int first, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, Unit.answeredBy(role), params);
        if (where == null) {
            return List.of();
        }
        return MessageDesk.rows(bind(em.createQuery("select t from MessageThread t join fetch t.insurer" + where
                        + " order by t.id", MessageThread.class), params)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList());
    }

    /**
     * A thread of a unit the role answers.
     *
     * @throws ValidationException {@link MessageDesk#KEY_NOT_FOUND}, also for another unit's thread
     */
    public ThreadView thread(Role role, long id) {
        return desk.view(find(role, id));
    }

    /** Who a thread of this unit can be assigned to: enabled accounts of the roles answering it, by name. */
    public List<StaffOption> staff(Unit unit) {
        return em.createQuery("select a from UserAccount a where a.role in :r and a.enabled = true "
                        + "order by a.displayName, a.username", UserAccount.class)
                .setParameter("r", List.of(unit.answeredBy(), Role.ADMIN)).setMaxResults(MAX_STAFF)
                .getResultList().stream()
                .map(a -> new StaffOption(a.getUsername(), a.getDisplayName()))
                .toList();
    }

    /**
     * @throws ValidationException {@link #KEY_ASSIGNEE}, {@link MessageThread#KEY_CLOSED},
     *                             {@link MessageDesk#KEY_CONCURRENT}
     */
    public ThreadView assign(Role role, long id, long expectedVersion, String assignee, String actor, String ip) {
        MessageThread thread = current(role, id, expectedVersion);
        if (assignee == null || assignee.isBlank()) {
            // «ارجاع نشده»: the thread goes back to the unit's common queue
            thread.unassign(actor, now());
            desk.flushOnce();
            audit.record(actor, "MESSAGE_UNASSIGNED", "thread=" + id, ip);
            return desk.view(thread);
        }
        boolean answering = em.createQuery("select count(a) from UserAccount a "
                        + "where a.username = :u and a.role in :r and a.enabled = true", Long.class)
                .setParameter("u", assignee).setParameter("r", List.of(thread.getUnit().answeredBy(), Role.ADMIN))
                .getSingleResult() > 0;
        if (!answering) {
            throw new ValidationException(KEY_ASSIGNEE);
        }
        thread.assign(assignee, actor, now());
        desk.flushOnce();
        audit.record(actor, "MESSAGE_ASSIGNED", "thread=" + id + " to=" + assignee, ip);
        return desk.view(thread);
    }

    /**
     * Answers the sender, with the files staged under the form; the sender gets an SMS. The same form sent twice
     * answers once.
     *
     * @throws ValidationException {@link MessageDesk#KEY_BODY}, {@link MessageThread#KEY_CLOSED},
     *                             {@link MessageDesk#KEY_CONCURRENT}, {@link MessageDesk#KEY_REPEATED}
     */
    public ThreadView reply(Role role, FormKey key, long id, long expectedVersion, String text, String actor,
                            String ip) {
        if (desk.postWith(key).isPresent()) {
            return desk.view(find(role, id));
        }
        MessageThread thread = current(role, id, expectedVersion);
        String body = PersianText.normalizeParagraphs(text);
        if (body == null || body.isEmpty()) {
            throw new ValidationException(MessageDesk.KEY_BODY);
        }
        TextLimit.within(body, MessageDesk.MAX_BODY, MessageDesk.KEY_BODY_LONG);
        Instant now = now();
        thread.answered(now);
        MessagePost post = new MessagePost(thread, MessagePost.Author.STAFF, actor, body, key, now);
        em.persist(post);
        desk.flushOnce();
        files.attachStaged(key, post);
        audit.record(actor, "MESSAGE_REPLIED", "thread=" + id, ip);
        if (thread.getSenderMobile() != null) {
            sms.send(thread.getSenderMobile(), Messages.text("messages.sms.replied",
                    new Object[] {thread.getTrackingCode()}, PersianText.PERSIAN), MessageDesk.SMS_PURPOSE);
        }
        return desk.view(thread);
    }

    /** @throws ValidationException {@link MessageThread#KEY_CLOSED}, {@link MessageDesk#KEY_CONCURRENT} */
    public ThreadView close(Role role, long id, long expectedVersion, String actor, String ip) {
        MessageThread thread = current(role, id, expectedVersion);
        thread.close(actor, now());
        desk.flushOnce();
        audit.record(actor, "MESSAGE_CLOSED", "thread=" + id, ip);
        return desk.view(thread);
    }

    private MessageThread current(Role role, long id, long expectedVersion) {
        MessageThread thread = find(role, id);
        if (thread.getVersion() != expectedVersion) {
            throw new ValidationException(MessageDesk.KEY_CONCURRENT);
        }
        return thread;
    }

    /** A thread of a unit the role answers; another unit's thread is as unknown as a missing one. */
    private MessageThread find(Role role, long id) {
        MessageThread thread = em.find(MessageThread.class, id);
        if (thread == null || !thread.getUnit().isAnsweredBy(role)) {
            throw new ValidationException(MessageDesk.KEY_NOT_FOUND);
        }
        return thread;
    }

    /** The where clause of a filter, only with the conditions it has (so the indexes serve); null: matches nothing. */
    static String where(InboxFilter f, java.util.Set<Unit> units, Map<String, Object> params) {
        if (units.isEmpty() || (f.unit() != null && !units.contains(f.unit()))) {
            return null;
        }
        List<String> conditions = new ArrayList<>();
        if (f.unit() == null && units.size() < Unit.values().length) {
            conditions.add("t.unit in :units");
            params.put("units", List.copyOf(units));
        }
        if (f.status() != null) {
            conditions.add("t.status = :status");
            params.put("status", f.status());
        }
        if (f.insurerId() != null) {
            conditions.add("t.insurer.id = :insurer");
            params.put("insurer", f.insurerId());
        }
        if (f.unit() != null) {
            conditions.add("t.unit = :unit");
            params.put("unit", f.unit());
        }
        if (f.assignedTo() != null && !f.assignedTo().isBlank()) {
            conditions.add("t.assignedTo = :assignee");
            params.put("assignee", f.assignedTo());
        }
        if (f.trackingCode() != null && !f.trackingCode().isBlank()) {
            try {
                params.put("code", TrackingCode.parse(f.trackingCode()).value());
            } catch (ValidationException malformed) {
                return null;
            }
            conditions.add("t.trackingCode = :code");
        }
        if (f.from() != null) {
            conditions.add("t.createdAt >= :from");
            params.put("from", f.from().atStartOfDay(ClockProducer.TEHRAN).toInstant());
        }
        if (f.to() != null) {
            conditions.add("t.createdAt < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(ClockProducer.TEHRAN).toInstant());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
