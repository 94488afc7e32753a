package ir.hami.referral;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.text.PersianText;
import ir.hami.network.TreatmentCenter;
import ir.hami.membership.FamilyService;
import ir.hami.membership.Person;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists of referral requests, a page at a time: the referral unit's queue (oldest first), a member's list per insured
 * person, a centre's list, and the public verification of a letter. Each list reads one index in its own order
 * ({@code ix_referral_awaiting}, {@code _status}, {@code _insurer}, {@code _center}, {@code _province},
 * {@code _person}, {@code _national}) and stops at the page, however many requests there are.
 */
@Stateless
public class ReferralQueue {

    private static final String ROW = "select new ir.hami.referral.ReferralRow(r.id, r.trackingCode, r.requestedAt, "
            + "r.admissionDate, r.physician, r.cause, r.status, r.patientName, r.nationalId, c.name, i.name, r.channel, "
            + "r.examRequired, r.letterNumber, r.version) from ReferralRequest r, TreatmentCenter c, Insurer i "
            + "where c.id = r.centerId and i.id = r.insurerId";
    private static final String COUNT = "select count(r) from ReferralRequest r where 1 = 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FamilyService family;

    // ---------------------------------------------------------------- the referral unit's queue

    /**
     * A page of the queue, oldest request first. Only the referral unit and administrators. The SQL is
     * {@link ReferralQueries#page}, the same text the benchmark measures; the page, both counts and the export all
     * take their conditions from the one {@link ReferralQueries#where}, so they cannot disagree.
     */
    public List<ReferralRow> queue(Viewer viewer, QueueFilter filter, int first, int pageSize) {
        requireUnit(viewer);
        ReferralQueries.Where w = ReferralQueries.where(filter);
        Query q = bind(em.createNativeQuery(ReferralQueries.page(w)), w.params());
        q.setParameter(w.params().size() + 1, Math.max(1, Math.min(pageSize, 100)));
        q.setParameter(w.params().size() + 2, Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ReferralQueries::row).toList();
    }

    /** How many requests match, exactly: the same where clause as {@link #queue} ({@link ReferralQueries#where}). */
    public long queueCount(Viewer viewer, QueueFilter filter) {
        requireUnit(viewer);
        ReferralQueries.Where w = ReferralQueries.where(filter);
        return ((Number) bind(em.createNativeQuery(ReferralQueries.count(w)), w.params()).getSingleResult())
                .longValue();
    }

    /**
     * How many requests match, counting at most {@code cap + 1} ({@link ReferralQueries#countUpTo}): a result
     * above {@code cap} means "more than cap". What the work queue's paginator shows.
     */
    public long queueCountUpTo(Viewer viewer, QueueFilter filter, long cap) {
        requireUnit(viewer);
        ReferralQueries.Where w = ReferralQueries.where(filter);
        Query q = bind(em.createNativeQuery(ReferralQueries.countUpTo(w)), w.params());
        q.setParameter(w.params().size() + 1, cap + 1);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    // ---------------------------------------------------------------- a member's list

    /**
     * A page of the requests for one insured person (newest first) that the member may see: all of their own, and
     * of another person those made under a coverage whose main member was the viewer (never the requests a former
     * dependent makes under their new cover); optionally only those whose tracking code, physician or cause match
     * the search.
     *
     * @throws ValidationException {@code family.refused} for a person who never was in the member's family
     */
    public List<ReferralRow> ofPerson(Viewer viewer, long personId, String search, int first, int pageSize) {
        return newestFirst(personWhere(viewer, personId, search), first, pageSize);
    }

    public long ofPersonCount(Viewer viewer, long personId, String search) {
        return count(personWhere(viewer, personId, search));
    }

    private Where personWhere(Viewer viewer, long personId, String search) {
        if (!viewer.isMember()) {
            throw new ValidationException(ReferralDesk.REFUSED);
        }
        family.requireRecordsVisible(viewer.personId(), personId);
        Where w = new Where();
        w.add("r.personId = :person", "person", personId);
        if (personId != viewer.personId()) {
            // another person's requests: only those made under a coverage whose main member was the viewer
            w.add("r.mainPersonId = :main", "main", viewer.personId());
        }
        search(w, search);
        return w;
    }

    // ---------------------------------------------------------------- a centre's list

    /**
     * A page of the requests for the viewer's own centre (newest first): all, or of one status (ISSUED: the letters
     * issued to it).
     */
    public List<ReferralRow> ofCenter(Viewer viewer, ReferralStatus status, String search, int first, int pageSize) {
        return newestFirst(centerWhere(viewer, status, search), first, pageSize);
    }

    public long ofCenterCount(Viewer viewer, ReferralStatus status, String search) {
        return count(centerWhere(viewer, status, search));
    }

    private static Where centerWhere(Viewer viewer, ReferralStatus status, String search) {
        if (!viewer.isCenter()) {
            throw new ValidationException(ReferralDesk.REFUSED);
        }
        Where w = new Where();
        w.add("r.centerId = :center", "center", viewer.centerId());
        if (status != null) {
            w.add("r.status = :status", "status", status);
        }
        if (search != null && !search.isBlank()) {
            String s = PersianText.normalizeDigits(search).strip();
            if (NationalId.isValid(s)) {
                w.add("r.nationalId = :nid", "nid", s);
                return w;
            }
        }
        search(w, search);
        return w;
    }

    /** A page of the rows matching {@code w}, newest first (the person's and the centre's lists). */
    private List<ReferralRow> newestFirst(Where w, int first, int pageSize) {
        TypedQuery<ReferralRow> q = em.createQuery(ROW + w.jpql + " order by r.id desc", ReferralRow.class);
        return page(w.bind(q), first, pageSize).getResultList();
    }

    private long count(Where w) {
        return w.bind(em.createQuery(COUNT + w.jpql, Long.class)).getSingleResult();
    }

    private static void search(Where w, String search) {
        if (search == null || search.isBlank()) {
            return;
        }
        Optional<String> tracking = TrackingCodes.parse(search);
        if (tracking.isPresent()) {
            w.add("r.trackingCode = :tracking", "tracking", tracking.get());
            return;
        }
        String like = "%" + PersianText.normalize(search).replace("\\", "").replace("%", "").replace("_", "") + "%";
        w.add("(r.cause like :text or r.physician like :text or r.letterNumber like :text)", "text", like);
    }

    // ---------------------------------------------------------------- public verification

    /**
     * The public answer for a letter's verification code: empty when no issued letter has this code (a made-up,
     * mistyped or revoked code), else the letter's state today and initials only.
     */
    public Optional<Verification> verify(String code) {
        if (!LetterCodes.isVerificationCode(code)) {
            return Optional.empty();
        }
        Optional<ReferralRequest> found = em.createQuery("select r from ReferralRequest r "
                        + "where r.verificationCode = :c and r.status = :issued", ReferralRequest.class)
                .setParameter("c", code).setParameter("issued", ReferralStatus.ISSUED)
                .getResultStream().findFirst();
        return found.map(r -> {
            Person p = em.find(Person.class, r.getPersonId());
            TreatmentCenter c = em.find(TreatmentCenter.class, r.getCenterId());
            String insurer = em.createQuery("select i.name from Insurer i where i.id = :i", String.class)
                    .setParameter("i", r.getInsurerId()).getSingleResult();
            return new Verification(Verification.stateOn(r.getLetterValidFrom(), r.getLetterValidTo(),
                    LocalDate.now(clock)), r.getLetterNumber(), LetterCodes.initials(p.getFirstName(), p.getLastName()),
                    c.getName(), insurer, r.getLetterValidFrom(), r.getLetterValidTo());
        });
    }

    // ---------------------------------------------------------------- pieces

    private static void requireUnit(Viewer viewer) {
        if (!viewer.isReferralStaff()) {
            throw new ValidationException(ReferralDesk.REFUSED);
        }
    }

    private static <T> TypedQuery<T> page(TypedQuery<T> q, int first, int pageSize) {
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 100)));
    }

    /** Conditions and their parameters, appended to a query's where clause. */
    private static final class Where {
        private final StringBuilder jpql = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        void add(String condition) {
            jpql.append(" and ").append(condition);
        }

        void add(String condition, String name, Object value) {
            add(condition);
            params.put(name, value);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            params.forEach(q::setParameter);
            return q;
        }
    }
}
