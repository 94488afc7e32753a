package ir.hami.messaging;

import ir.hami.platform.web.FormKey;
import ir.hami.membership.InsurerOption;
import ir.hami.membership.Insurers;
import ir.hami.notification.SmsSender;
import ir.hami.membership.ContactDetails;
import ir.hami.membership.Insurer;
import ir.hami.membership.Person;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.security.RateLimiter;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Messages;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The senders' side of «ارسال فایل / پیام» (seed 004): a member or a visitor of the public site sends a message with
 * attachments to a unit of an insurer and gets a tracking code on screen and by SMS; a member reads their own
 * threads and writes again while a thread is not closed. Every post is sent with its form's {@link FormKey}: the same
 * form sent twice answers with the first message. Public senders are limited per address
 * ({@code hami.messages.per-ip-per-hour}).
 */
@Stateless
public class MessageDesk {

    public static final String KEY_REQUIRED = "field.required";
    public static final String KEY_INSURER = "messages.insurer.required";
    public static final String KEY_UNIT = "messages.unit.required";
    public static final String KEY_SUBJECT = "messages.subject.required";
    public static final String KEY_SUBJECT_LONG = "messages.subject.tooLong";
    public static final String KEY_BODY = "messages.body.required";
    public static final String KEY_BODY_LONG = "messages.body.tooLong";
    public static final String KEY_NAME = "messages.name.required";
    public static final String KEY_NAME_LONG = "messages.name.tooLong";
    public static final String KEY_TOO_MANY = "messages.tooMany";
    public static final String KEY_NOT_FOUND = "messages.notFound";
    public static final String KEY_CONCURRENT = "messages.concurrent";
    public static final String KEY_REPEATED = "messages.repeated";

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_NAME = 200;
    private static final int MAX_POSTS = 500;
    static final String SMS_PURPOSE = "MESSAGE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageFiles files;

    @Inject
    Insurers insurers;

    @Inject
    RateLimiter limiter;

    @Inject
    SmsSender sms;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "hami.messages.per-ip-per-hour", defaultValue = "10")
    int perIpPerHour;

    /** The insurers a message can go to. */
    public List<InsurerOption> insurers() {
        return insurers.options();
    }

    /** A member's own contact details, which a member's message carries. */
    public NewMessage senderOf(long personId) {
        Person p = person(personId);
        return new NewMessage(null, null, null, null, p.getFullName(), p.getMobile(), p.getEmail());
    }

    /**
     * Sends a new message with the files staged under its form.
     *
     * @param personId the logged-in member, or null for a visitor of the public site
     * @throws ValidationException a field's key (see the constants), {@code mobile.invalid},
     *                             {@code profile.email.invalid}, {@link #KEY_TOO_MANY}, or {@link #KEY_REPEATED} when
     *                             the same form was sent at the same moment (then {@link #sentWith} answers)
     */
    public Sent send(FormKey key, NewMessage message, Long personId, String ip) {
        Optional<Sent> earlier = sentWith(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String subject = required(PersianText.normalize(message.subject()), KEY_SUBJECT, MAX_SUBJECT,
                KEY_SUBJECT_LONG);
        String body = required(PersianText.normalizeParagraphs(message.body()), KEY_BODY, MAX_BODY, KEY_BODY_LONG);
        if (message.insurerId() == null) {
            throw new ValidationException(KEY_INSURER);
        }
        if (message.unit() == null) {
            throw new ValidationException(KEY_UNIT);
        }
        String name;
        String mobile;
        String email;
        if (personId != null) {
            Person p = person(personId);
            // a copy of the roster's name (first and last, 100 characters each, may come to 201): kept to the column
            name = cut(p.getFullName(), MAX_NAME);
            mobile = p.getMobile() != null && MobileNumber.isValid(p.getMobile())
                    ? MobileNumber.parse(p.getMobile()).value() : null;
            email = p.getEmail();
        } else {
            name = required(PersianText.normalize(message.name()), KEY_NAME, MAX_NAME, KEY_NAME_LONG);
            mobile = MobileNumber.parse(message.mobile()).value();
            email = ContactDetails.of(null, message.email(), null, null, null).email();
        }
        Insurer insurer = em.find(Insurer.class, message.insurerId());
        if (insurer == null) {
            throw new ValidationException(KEY_INSURER);
        }
        String bucket = "message:ip:" + ip;
        // counted before the thread is made, in one step with the check: parallel posts cannot pass together
        if (personId == null && !limiter.tryAcquire(bucket, perIpPerHour, Duration.ofHours(1))) {
            throw new ValidationException(KEY_TOO_MANY);
        }
        Instant now = now();
        MessageThread thread = new MessageThread(newTrackingCode(), insurer, message.unit(), subject, personId, name,
                mobile, email, now);
        MessagePost post = new MessagePost(thread, MessagePost.Author.SENDER, name, body, key, now);
        em.persist(thread);
        em.persist(post);
        flushOnce();
        files.attachStaged(key, post);
        audit.record(personId == null ? "public:" + mobile : "person:" + personId, "MESSAGE_SENT",
                "thread=" + thread.getId() + " code=" + thread.getTrackingCode(), ip);
        if (mobile != null) {
            sms.send(mobile, Messages.text("messages.sms.sent", new Object[] {thread.getTrackingCode()},
                    PersianText.PERSIAN), SMS_PURPOSE);
        }
        return new Sent(thread.getId(), thread.getTrackingCode(), false);
    }

    /** What a form sent already, if it did: the idempotency rule's lookup. */
    public Optional<Sent> sentWith(FormKey key) {
        return postWith(key).map(p -> new Sent(p.getThread().getId(), p.getThread().getTrackingCode(), true));
    }

    /**
     * The member writes again in one of their threads; it waits for staff again.
     *
     * @throws ValidationException {@link #KEY_NOT_FOUND} (not theirs), {@link MessageThread#KEY_CLOSED},
     *                             {@link #KEY_BODY}, {@link #KEY_CONCURRENT}
     */
    public ThreadView followUp(FormKey key, long threadId, long personId, String text, String ip) {
        MessageThread thread = memberThread(threadId, personId);
        if (postWith(key).isEmpty()) {
            String body = required(PersianText.normalizeParagraphs(text), KEY_BODY, MAX_BODY, KEY_BODY_LONG);
            thread.followedUp(now());
            MessagePost post = new MessagePost(thread, MessagePost.Author.SENDER, thread.getSenderName(), body, key,
                    now());
            em.persist(post);
            flushOnce();
            files.attachStaged(key, post);
            audit.record("person:" + personId, "MESSAGE_FOLLOW_UP", "thread=" + threadId, ip);
        }
        return view(thread);
    }

    /**
     * A thread followed by its tracking code and the sender's mobile (a visitor of the public site has no login).
     * Failed lookups count against the address like sends do, so codes cannot be tried in bulk.
     *
     * @throws ValidationException {@link TrackingCode#KEY_INVALID}, {@code mobile.invalid}, {@link #KEY_NOT_FOUND},
     *                             {@link #KEY_TOO_MANY}
     */
    public ThreadView tracked(String code, String mobile, String ip) {
        TrackingCode tracking = TrackingCode.parse(code);
        String number = MobileNumber.parse(mobile).value();
        String bucket = "message-track:ip:" + ip;
        // a failed look-up is counted; the slot is taken before looking, so parallel guesses cannot pass together
        RateLimiter.Permit permit = limiter.acquire(List.of(new RateLimiter.Limit(bucket, perIpPerHour,
                Duration.ofHours(1)))).orElseThrow(() -> new ValidationException(KEY_TOO_MANY));
        ThreadView found = em.createQuery(
                        "select t from MessageThread t where t.trackingCode = :c and t.senderMobile = :m",
                        MessageThread.class)
                .setParameter("c", tracking.value()).setParameter("m", number)
                .getResultStream().findFirst().map(this::view)
                .orElseThrow(() -> new ValidationException(KEY_NOT_FOUND));
        limiter.release(permit);
        return found;
    }

    public long countMine(long personId) {
        return em.createQuery("select count(t) from MessageThread t where t.senderPersonId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /** A member's own threads, the newest first. */
    public List<ThreadRow> mine(long personId, int first, int size) {
        return rows(em.createQuery("select t from MessageThread t join fetch t.insurer where t.senderPersonId = :p "
                        + "order by t.id desc", MessageThread.class)
                .setParameter("p", personId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList());
    }

    /** @throws ValidationException {@link #KEY_NOT_FOUND} unless the member wrote it */
    public ThreadView threadOf(long threadId, long personId) {
        return view(memberThread(threadId, personId));
    }

    /** The whole thread with its posts and their attachments, in order. */
    public ThreadView view(MessageThread t) {
        Map<Long, List<AttachmentView>> byPost = new LinkedHashMap<>();
        for (MessageAttachment a : files.ofThread(t.getId())) {
            byPost.computeIfAbsent(a.getPostId(), k -> new ArrayList<>()).add(AttachmentView.of(a));
        }
        List<PostView> posts = em.createQuery("select p from MessagePost p where p.thread = :t order by p.id",
                        MessagePost.class)
                .setParameter("t", t).setMaxResults(MAX_POSTS).getResultList().stream()
                .map(p -> new PostView(p.getId(), p.getAuthorKind(), p.getAuthor(), p.getBody(), p.getCreatedAt(),
                        List.copyOf(byPost.getOrDefault(p.getId(), List.of()))))
                .toList();
        return new ThreadView(t.getId(), t.getTrackingCode(), t.getInsurer().getName(), t.getUnit(), t.getSubject(),
                t.getStatus(), t.getSenderName(), t.getSenderMobile(), t.getSenderEmail(),
                t.getSenderPersonId() != null, t.getCreatedAt(), t.getAssignedTo(), t.getAssignedBy(),
                t.getAssignedAt(), t.getClosedBy(), t.getClosedAt(), t.getVersion(), posts);
    }

    static List<ThreadRow> rows(List<MessageThread> threads) {
        return threads.stream()
                .map(t -> new ThreadRow(t.getId(), t.getTrackingCode(), t.getInsurer().getName(), t.getUnit(),
                        t.getSubject(), t.getStatus(), t.getSenderName(), t.getCreatedAt(), t.getLastPostAt(),
                        t.getAssignedTo()))
                .toList();
    }

    public Optional<MessagePost> postWith(FormKey key) {
        return em.createQuery("select p from MessagePost p join fetch p.thread where p.clientKey = :k",
                        MessagePost.class)
                .setParameter("k", key.value()).getResultStream().findFirst();
    }

    /**
     * Writes now: a second submit of the same form that raced past {@link #sentWith} stops at the unique key of
     * its post ({@link #KEY_REPEATED}); a thread changed meanwhile by someone else stops at its version
     * ({@link #KEY_CONCURRENT}). Either way nothing of this call is kept.
     */
    public void flushOnce() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            context.setRollbackOnly();
            throw new ValidationException(e, KEY_CONCURRENT);
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            if (isRepeatedFormKey(e)) {
                throw new ValidationException(e, KEY_REPEATED);
            }
            throw e; // anything else is a fault: the 500 page, and the log
        }
    }

    /**
     * Whether a failed write is the unique key of the posts' form keys ({@code uq_post_client_key}): the same form
     * sent twice at the same moment. Read from the database's own error (SQLState class 23 and the constraint's
     * name, which H2 and MariaDB/MySQL both put in the message).
     */
    static boolean isRepeatedFormKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    String message = s.getMessage();
                    if (state != null && state.startsWith("23") && message != null
                            && message.toLowerCase(java.util.Locale.ROOT).contains("uq_post_client_key")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private MessageThread memberThread(long threadId, long personId) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || !thread.isSentBy(personId)) {
            throw new ValidationException(KEY_NOT_FOUND);
        }
        return thread;
    }

    private TrackingCode newTrackingCode() {
        while (true) {
            TrackingCode code = TrackingCode.random();
            if (em.createQuery("select count(t) from MessageThread t where t.trackingCode = :c", Long.class)
                    .setParameter("c", code.value()).getSingleResult() == 0) {
                return code;
            }
        }
    }

    private Person person(long personId) {
        Person p = em.find(Person.class, personId);
        if (p == null) {
            throw new ValidationException(KEY_NOT_FOUND);
        }
        return p;
    }

    private static String required(String value, String missingKey, int max, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(missingKey);
        }
        return TextLimit.within(value, max, tooLongKey);
    }

    /** A copy of a text stored elsewhere in full, to the length of its column here. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
