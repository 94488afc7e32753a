package ir.hami.home;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.security.RolesAllowed;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import ir.hami.membership.Insurer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Announcements (اعلانات): the latest ones a member sees on the home page, and their administration. An edit or a
 * delete names the version the administrator saw; if someone else changed the announcement meanwhile it is
 * refused with {@code announcements.concurrent} and nothing changes.
 */
// Writes and the admin list are for administrators; {@link #latestFor} is read by every home page.
@RolesAllowed(Roles.ADMIN)
@Stateless
public class AnnouncementService {

    public static final String KEY_CONCURRENT = "announcements.concurrent";
    public static final String KEY_EXPIRES_BEFORE = "announcements.expiresBeforePublished";
    public static final String KEY_REQUIRED = "field.required";
    public static final String KEY_TITLE_LONG = "announcements.title.tooLong";
    public static final String KEY_BODY_LONG = "announcements.body.tooLong";
    public static final String KEY_UNKNOWN_INSURER = "announcements.insurer.unknown";

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    static final String FORM_KIND = "announcement";

    @Inject
    FormSubmissions submissions;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /**
     * The newest announcements visible today to the members of an insurer: active, published on or before today,
     * not past their last day, and meant for that insurer or for all. Without an insurer, only those for all.
     */
    @PermitAll
    public List<AnnouncementView> latestFor(Long insurerId, int max) {
        LocalDate today = LocalDate.now(clock);
        // an outer join: "a.insurer.id" alone would make it an inner one and lose the announcements for all
        String forWhom = insurerId == null ? "ins is null" : "(ins is null or ins.id = :i)";
        var query = em.createQuery("select a from Announcement a left join a.insurer ins where a.active = true "
                        + "and a.publishedOn <= :d and (a.expiresOn is null or a.expiresOn >= :d) and " + forWhom
                        + " order by a.publishedOn desc, a.id desc", Announcement.class)
                .setParameter("d", today);
        if (insurerId != null) {
            query.setParameter("i", insurerId);
        }
        return query.setMaxResults(Math.max(1, max)).getResultList().stream()
                .filter(a -> a.isVisibleOn(today))
                .map(AnnouncementView::of)
                .toList();
    }

    public long count() {
        return em.createQuery("select count(a) from Announcement a", Long.class).getSingleResult();
    }

    /** A page of all announcements, the newest publication first. */
    public List<AnnouncementView> page(int first, int pageSize) {
        return em.createQuery("select a from Announcement a left join fetch a.insurer "
                        + "order by a.publishedOn desc, a.id desc", Announcement.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 100)))
                .getResultList().stream()
                .map(AnnouncementView::of)
                .toList();
    }

    /** @throws ValidationException {@link #KEY_CONCURRENT} if it was deleted meanwhile */
    public AnnouncementView find(long id) {
        Announcement a = em.find(Announcement.class, id);
        if (a == null) {
            throw new ValidationException(KEY_CONCURRENT);
        }
        return AnnouncementView.of(a);
    }

    /** The insurers an announcement can be meant for, by name. */

    /**
     * Creates ({@code id} null) or edits an announcement, all or nothing.
     *
     * @param expectedVersion for an edit, the version the administrator saw
     * @param insurerId       null: for the members of every insurer
     * @throws ValidationException a broken rule, or {@link #KEY_CONCURRENT}
     */
    public AnnouncementView save(Long id, long expectedVersion, String title, String body, Long insurerId,
                                 LocalDate publishedOn, LocalDate expiresOn, boolean active, String actor,
                                 String ip) {
        return save(null, id, expectedVersion, title, body, insurerId, publishedOn, expiresOn, active, actor, ip);
    }

    /**
     * As {@link #save(Long, long, String, String, Long, LocalDate, LocalDate, boolean, String, String)}, for a form
     * with its one-time key: a new announcement's form sent twice creates one ({@link FormSubmissions}).
     */
    public AnnouncementView save(FormKey form, Long id, long expectedVersion, String title, String body,
                                 Long insurerId, LocalDate publishedOn, LocalDate expiresOn, boolean active,
                                 String actor, String ip) {
        if (id == null) {
            Optional<Announcement> earlier = submissions.earlier(form, FORM_KIND)
                    .map(k -> em.find(Announcement.class, k));
            if (earlier.isPresent()) {
                return AnnouncementView.of(earlier.get());
            }
        }
        String t = PersianText.normalize(title);
        String b = PersianText.normalizeParagraphs(body);
        if (t == null || t.isEmpty() || b == null || b.isEmpty() || publishedOn == null) {
            throw new ValidationException(KEY_REQUIRED);
        }
        TextLimit.within(t, MAX_TITLE, KEY_TITLE_LONG);
        TextLimit.within(b, MAX_BODY, KEY_BODY_LONG);
        if (expiresOn != null && expiresOn.isBefore(publishedOn)) {
            throw new ValidationException(KEY_EXPIRES_BEFORE);
        }
        Insurer insurer = null;
        if (insurerId != null) {
            insurer = em.find(Insurer.class, insurerId);
            if (insurer == null) {
                throw new ValidationException(KEY_UNKNOWN_INSURER);
            }
        }
        Announcement a;
        if (id == null) {
            a = new Announcement(t, b, insurer, publishedOn, expiresOn, actor, clock.instant());
            a.setActive(active);
            em.persist(a);
        } else {
            a = em.find(Announcement.class, id);
            if (a == null || a.getVersion() != expectedVersion) {
                throw new ValidationException(KEY_CONCURRENT);
            }
            a.setTitle(t);
            a.setBody(b);
            a.setInsurer(insurer);
            a.setPublishedOn(publishedOn);
            a.setExpiresOn(expiresOn);
            a.setActive(active);
        }
        flush();
        if (id == null) {
            submissions.record(form, FORM_KIND, a.getId(), actor);
        }
        audit.record(actor, id == null ? "ANNOUNCEMENT_CREATED" : "ANNOUNCEMENT_CHANGED", "id=" + a.getId(), ip);
        return AnnouncementView.of(a);
    }

    /** @throws ValidationException {@link #KEY_CONCURRENT} if it was changed or deleted meanwhile */
    public void delete(long id, long expectedVersion, String actor, String ip) {
        Announcement a = em.find(Announcement.class, id);
        if (a == null || a.getVersion() != expectedVersion) {
            throw new ValidationException(KEY_CONCURRENT);
        }
        em.remove(a);
        flush();
        audit.record(actor, "ANNOUNCEMENT_DELETED", "id=" + id, ip);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            context.setRollbackOnly();
            throw new ValidationException(e, KEY_CONCURRENT);
        }
    }

    /** Persian letters and digits line by line; the lines themselves are kept. */
}
