package ir.hami.claims;

import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's medical file (پرونده پزشکی, seed 003), drawn from the items of the person's assessed claims (assessed,
 * sent to finance, paid or returned): prescriptions (the items of one claim by one physician on one day), drugs,
 * medical services (every other kind of item) and physicians (visits and the last date). Only claims the viewer may
 * see count: all of the person's for the person themself, for a main member those made under their coverage
 * ({@link ClaimViewer#maySee}). Read through {@code ix_claim_person} and {@code ix_claim_item_claim}: one person's
 * claims, a page at a time.
 */
@Stateless
@RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class MedicalFile {

    /** The states of a claim whose items the file shows: the assessment is done. */
    public static final List<ClaimState> ASSESSED = List.of(ClaimState.ASSESSED, ClaimState.SENT_TO_FINANCE,
            ClaimState.PAID, ClaimState.PAYMENT_RETURNED);

    private static final String ASSESSED_SQL = "('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED')";

    /** How many prescriptions (claim, physician, day) the person's visible assessed claims have. */
    public static final String PRESCRIPTION_COUNT_SQL = "select count(*) from (select i.claim_id from claim_item i "
            + "join claim c on c.id = i.claim_id where c.person_id = ? and c.state in " + ASSESSED_SQL
            + " and (? = 1 or c.main_person_id = ?) group by i.claim_id, i.physician, i.council_code, "
            + "i.prescribed_on) g";

    /** How many physicians (name, council code) the person's visible assessed claims name. */
    public static final String PHYSICIAN_COUNT_SQL = "select count(*) from (select i.physician from claim_item i "
            + "join claim c on c.id = i.claim_id where c.person_id = ? and c.state in " + ASSESSED_SQL
            + " and (? = 1 or c.main_person_id = ?) and i.physician is not null "
            + "group by i.physician, i.council_code) g";

    private static final String FROM = " from ClaimItem i, Claim c where c.id = i.claimId and c.personId = :p "
            + "and c.state in :states";

    @PersistenceContext
    EntityManager em;

    @Inject
    FamilyService family;

    /** The items of one claim by one physician on one day. */
    public record Prescription(long claimId, String trackingCode, String physician, String councilCode,
                               LocalDate prescribedOn, long items, long total, long payable) implements Serializable {
        public String getKey() { return claimId + "|" + physician + "|" + councilCode + "|" + prescribedOn; }
        public long getClaimId() { return claimId; }
        public String getTrackingCode() { return trackingCode; }
        public String getPhysician() { return physician; }
        public String getCouncilCode() { return councilCode; }
        public LocalDate getPrescribedOn() { return prescribedOn; }
        public long getItems() { return items; }
        public long getTotal() { return total; }
        public long getPayable() { return payable; }
    }

    /** One assessed item (a drug or a medical service). */
    public record Item(long id, long claimId, String trackingCode, ItemKind kind, String title, String physician,
                       String councilCode, LocalDate prescribedOn, int quantity, long total, long payable)
            implements Serializable {
        public long getId() { return id; }
        public long getClaimId() { return claimId; }
        public String getTrackingCode() { return trackingCode; }
        public ItemKind getKind() { return kind; }
        public String getTitle() { return title; }
        public String getPhysician() { return physician; }
        public String getCouncilCode() { return councilCode; }
        public LocalDate getPrescribedOn() { return prescribedOn; }
        public int getQuantity() { return quantity; }
        public long getTotal() { return total; }
        public long getPayable() { return payable; }
    }

    /** A physician the person's claims name: on how many claims, and the last date. */
    public record Physician(String name, String councilCode, long visits, LocalDate lastDate, long lastClaimId,
                            String lastTrackingCode) implements Serializable {
        public String getKey() { return name + "|" + councilCode; }
        public String getName() { return name; }
        public String getCouncilCode() { return councilCode; }
        public long getVisits() { return visits; }
        public LocalDate getLastDate() { return lastDate; }
        public long getLastClaimId() { return lastClaimId; }
        public String getLastTrackingCode() { return lastTrackingCode; }
    }

    // ---------------------------------------------------------------- prescriptions

    public long prescriptionCount(ClaimViewer viewer, long personId) {
        return nativeCount(PRESCRIPTION_COUNT_SQL, viewer, personId);
    }

    /** Newest first. */
    public List<Prescription> prescriptions(ClaimViewer viewer, long personId, int first, int size) {
        TypedQuery<Object[]> q = em.createQuery("select i.claimId, c.trackingCode, i.physician, i.councilCode, "
                + "i.prescribedOn, count(i), sum(i.totalAmount), sum(i.payableAmount)" + FROM + own(viewer, personId)
                + " group by i.claimId, c.trackingCode, i.physician, i.councilCode, i.prescribedOn "
                + "order by i.prescribedOn desc, i.claimId desc, i.physician", Object[].class);
        return page(bind(q, viewer, personId), first, size).stream()
                .map(r -> new Prescription((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (LocalDate) r[4], num(r[5]), num(r[6]), num(r[7])))
                .toList();
    }

    /** The items of one prescription (its claim must be visible to the viewer). */
    public List<Item> prescriptionItems(ClaimViewer viewer, long personId, Prescription p) {
        TypedQuery<ClaimItem> q = em.createQuery("select i" + FROM + own(viewer, personId)
                + " and i.claimId = :claim order by i.lineNo", ClaimItem.class);
        bind(q, viewer, personId).setParameter("claim", p.claimId());
        return q.setMaxResults(200).getResultList().stream()
                .filter(i -> same(i.getPhysician(), p.physician()) && same(i.getCouncilCode(), p.councilCode())
                        && same(i.getPrescribedOn(), p.prescribedOn()))
                .map(i -> item(i, p.trackingCode()))
                .toList();
    }

    // ---------------------------------------------------------------- drugs and services

    public long drugCount(ClaimViewer viewer, long personId) {
        return itemCount(viewer, personId, true);
    }

    public List<Item> drugs(ClaimViewer viewer, long personId, int first, int size) {
        return items(viewer, personId, true, first, size);
    }

    public long serviceCount(ClaimViewer viewer, long personId) {
        return itemCount(viewer, personId, false);
    }

    public List<Item> services(ClaimViewer viewer, long personId, int first, int size) {
        return items(viewer, personId, false, first, size);
    }

    private long itemCount(ClaimViewer viewer, long personId, boolean drugs) {
        TypedQuery<Long> q = em.createQuery("select count(i)" + FROM + own(viewer, personId) + kind(drugs),
                Long.class);
        return bind(q, viewer, personId).setParameter("drug", ItemKind.DRUG).getSingleResult();
    }

    private List<Item> items(ClaimViewer viewer, long personId, boolean drugs, int first, int size) {
        TypedQuery<Object[]> q = em.createQuery("select i, c.trackingCode" + FROM + own(viewer, personId)
                + kind(drugs) + " order by i.prescribedOn desc, i.claimId desc, i.lineNo", Object[].class);
        bind(q, viewer, personId).setParameter("drug", ItemKind.DRUG);
        return page(q, first, size).stream().map(r -> item((ClaimItem) r[0], (String) r[1])).toList();
    }

    private static String kind(boolean drugs) {
        return drugs ? " and i.kind = :drug" : " and i.kind <> :drug";
    }

    // ---------------------------------------------------------------- physicians

    public long physicianCount(ClaimViewer viewer, long personId) {
        return nativeCount(PHYSICIAN_COUNT_SQL, viewer, personId);
    }

    /** The physicians, the most recently seen first. */
    public List<Physician> physicians(ClaimViewer viewer, long personId, int first, int size) {
        TypedQuery<Object[]> q = em.createQuery("select i.physician, i.councilCode, count(distinct i.claimId), "
                + "max(i.prescribedOn), max(i.claimId) as lastClaim" + FROM + own(viewer, personId)
                + " and i.physician is not null group by i.physician, i.councilCode "
                + "order by lastClaim desc, i.physician", Object[].class);
        return page(bind(q, viewer, personId), first, size).stream()
                .map(r -> {
                    long lastClaim = num(r[4]);
                    Claim c = em.find(Claim.class, lastClaim);
                    return new Physician((String) r[0], (String) r[1], num(r[2]), (LocalDate) r[3], lastClaim,
                            c == null ? null : c.getTrackingCode());
                })
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    /** The claims of the person the viewer may see: all for the person (or staff), else the viewer's family's. */
    private String own(ClaimViewer viewer, long personId) {
        if (viewer.isClaimsStaff()) {
            return "";
        }
        if (!viewer.isMember()) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        family.requireRecordsVisible(viewer.personId(), personId);
        return viewer.personId() == personId ? "" : " and c.mainPersonId = :v";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, ClaimViewer viewer, long personId) {
        q.setParameter("p", personId).setParameter("states", ASSESSED);
        if (!viewer.isClaimsStaff() && viewer.personId() != personId) {
            q.setParameter("v", viewer.personId());
        }
        return q;
    }

    private long nativeCount(String sql, ClaimViewer viewer, long personId) {
        boolean all = own(viewer, personId).isEmpty();
        Query q = em.createNativeQuery(sql).setParameter(1, personId).setParameter(2, all ? 1 : 0)
                .setParameter(3, all ? -1L : viewer.personId());
        return num(q.getSingleResult());
    }

    private static <T> List<T> page(TypedQuery<T> q, int first, int size) {
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    private static Item item(ClaimItem i, String trackingCode) {
        return new Item(i.getId(), i.getClaimId(), trackingCode, i.getKind(), i.getTitle(), i.getPhysician(),
                i.getCouncilCode(), i.getPrescribedOn(), i.getQuantity(), i.getTotalAmount(), i.getPayableAmount());
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
