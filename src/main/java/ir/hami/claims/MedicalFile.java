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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's medical file (پرونده پزشکی, seed 003): prescriptions (each submitted claim, with its state in the
 * seed's words, {@link PrescriptionState}, searched by tracking code, opened with its items, remarks and stages), and,
 * drawn from the items of the person's assessed claims (assessed, sent to finance, paid or returned), drugs, medical
 * services (every other kind of item) and physicians (visits and the last date), each with its details. Only claims the viewer may
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

    /**
     * A prescription (نسخه) as seed 003 shows it: one claim of the person, with its state in the seed's words, what
     * was asked (the free price), the insurer's share once assessed, how many items, and the physician of its items.
     */
    public record Prescription(long claimId, String trackingCode, LocalDate serviceDate, String centerName,
                               String physician, String councilCode, ClaimState claimState, long requested,
                               Long payable, long items) implements Serializable {
        public String getKey() { return String.valueOf(claimId); }
        public long getClaimId() { return claimId; }
        public String getTrackingCode() { return trackingCode; }
        public LocalDate getServiceDate() { return serviceDate; }
        public String getCenterName() { return centerName; }
        public String getPhysician() { return physician; }
        public String getCouncilCode() { return councilCode; }
        public ClaimState getClaimState() { return claimState; }
        public PrescriptionState getState() { return PrescriptionState.of(claimState); }
        public long getRequested() { return requested; }
        public Long getPayable() { return payable; }
        public long getItems() { return items; }
    }

    /** A prescription opened: its items, the assessor's and finance's remarks, and the stages with their dates. */
    public record PrescriptionDetails(Prescription prescription, List<Item> items, String assessor,
                                      String assessorRemark, String financeRemark, Instant registeredAt,
                                      Instant assessedAt, String originalsPlace, Instant originalsDeliveredAt,
                                      Instant sentToFinanceAt, String financeFileNumber, LocalDate depositedOn)
            implements Serializable {
        public Prescription getPrescription() { return prescription; }
        public List<Item> getItems() { return items; }
        public String getAssessor() { return assessor; }
        public String getAssessorRemark() { return assessorRemark; }
        public String getFinanceRemark() { return financeRemark; }
        public Instant getRegisteredAt() { return registeredAt; }
        public Instant getAssessedAt() { return assessedAt; }
        public String getOriginalsPlace() { return originalsPlace; }
        public Instant getOriginalsDeliveredAt() { return originalsDeliveredAt; }
        public Instant getSentToFinanceAt() { return sentToFinanceAt; }
        public String getFinanceFileNumber() { return financeFileNumber; }
        public LocalDate getDepositedOn() { return depositedOn; }
    }

    /** A deduction of an item, with the sentence that explains it. */
    public record Deduction(DeductionKind kind, long amount, String explanation) implements Serializable {
        public DeductionKind getKind() { return kind; }
        public long getAmount() { return amount; }
        public String getExplanation() { return explanation; }
    }

    /** A drug or a service opened: its prices, its deductions with their sentences, and its prescription. */
    public record ItemDetails(Item item, Long unitPrice, Long tariffPrice, List<Deduction> deductions,
                              Prescription prescription) implements Serializable {
        public Item getItem() { return item; }
        public Long getUnitPrice() { return unitPrice; }
        public Long getTariffPrice() { return tariffPrice; }
        public List<Deduction> getDeductions() { return deductions; }
        public Prescription getPrescription() { return prescription; }
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

    /** How many prescriptions (submitted claims) the person has, or those with this tracking code (its digits). */
    public long prescriptionCount(ClaimViewer viewer, long personId, String search) {
        TypedQuery<Long> q = em.createQuery("select count(c) from Claim c where c.personId = :p and c.state <> :draft"
                + own(viewer, personId) + tracking(search), Long.class);
        return bindClaims(q, viewer, personId, search).getSingleResult();
    }

    /** A page of the person's prescriptions, newest first ({@code ix_claim_person}). */
    public List<Prescription> prescriptions(ClaimViewer viewer, long personId, String search, int first, int size) {
        TypedQuery<Claim> q = em.createQuery("select c from Claim c where c.personId = :p and c.state <> :draft"
                + own(viewer, personId) + tracking(search) + " order by c.createdAt desc, c.id desc", Claim.class);
        List<Claim> claims = page(bindClaims(q, viewer, personId, search), first, size);
        return prescriptionsOf(claims);
    }

    /** One prescription with its items, remarks and stages (its claim must be the person's and visible). */
    public PrescriptionDetails prescription(ClaimViewer viewer, long personId, long claimId) {
        Claim c = visibleClaim(viewer, personId, claimId);
        Prescription p = prescriptionsOf(List.of(c)).get(0);
        List<Item> items = em.createQuery("select i from ClaimItem i where i.claimId = :c order by i.lineNo",
                        ClaimItem.class).setParameter("c", claimId).setMaxResults(200).getResultList().stream()
                .map(i -> item(i, c.getTrackingCode())).toList();
        return new PrescriptionDetails(p, items, c.getAssessor(), c.getAssessorRemark(), c.getFinanceRemark(),
                c.getRegisteredAt(), c.getAssessedAt(), c.getOriginalsPlace(), c.getOriginalsDeliveredAt(),
                c.getSentToFinanceAt(), c.getFinanceFileNumber(), c.getDepositedOn());
    }

    /** A drug's or a service's details: prices, deductions and the prescription it came with. */
    public ItemDetails item(ClaimViewer viewer, long personId, long itemId) {
        ClaimItem i = em.find(ClaimItem.class, itemId);
        if (i == null) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        Claim c = visibleClaim(viewer, personId, i.getClaimId());
        if (!ASSESSED.contains(c.getState())) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        List<Deduction> deductions = em.createQuery("select d from ClaimDeduction d where d.claimId = :c "
                        + "and d.itemId = :i order by d.id", ClaimDeduction.class)
                .setParameter("c", c.getId()).setParameter("i", itemId).getResultList().stream()
                .map(d -> new Deduction(d.getKind(), d.getAmount(), d.getExplanation())).toList();
        return new ItemDetails(item(i, c.getTrackingCode()), i.getUnitPrice(), i.getTariffPrice(), deductions,
                prescriptionsOf(List.of(c)).get(0));
    }

    /** The prescriptions whose assessed items name this physician, newest first (at most a page). */
    public List<Prescription> prescriptionsBy(ClaimViewer viewer, long personId, String physician,
                                              String councilCode, int max) {
        TypedQuery<Long> q = em.createQuery("select distinct i.claimId" + FROM + own(viewer, personId)
                + " and i.physician = :name" + (councilCode == null ? " and i.councilCode is null"
                : " and i.councilCode = :code") + " order by i.claimId desc", Long.class);
        bind(q, viewer, personId).setParameter("name", physician);
        if (councilCode != null) {
            q.setParameter("code", councilCode);
        }
        List<Long> ids = q.setMaxResults(Math.max(1, Math.min(max, 50))).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = em.createQuery("select c from Claim c where c.id in :ids order by c.id desc",
                Claim.class).setParameter("ids", ids).getResultList();
        return prescriptionsOf(claims);
    }

    private Claim visibleClaim(ClaimViewer viewer, long personId, long claimId) {
        String own = own(viewer, personId);
        Claim c = em.find(Claim.class, claimId);
        if (c == null || c.getPersonId() != personId || c.getState() == ClaimState.DRAFT
                || (!own.isEmpty() && c.getMainPersonId() != viewer.personId())) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        return c;
    }

    /** The claims as prescriptions: their items counted and the first physician named, in one query each. */
    private List<Prescription> prescriptionsOf(List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Long> ids = claims.stream().map(Claim::getId).toList();
        Map<Long, Object[]> items = new HashMap<>();
        for (Object[] r : em.createQuery("select i.claimId, count(i), min(i.physician) from ClaimItem i "
                + "where i.claimId in :ids group by i.claimId", Object[].class).setParameter("ids", ids)
                .getResultList()) {
            items.put(num(r[0]), r);
        }
        List<Long> centerIds = claims.stream().map(Claim::getCenterId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> centers = new HashMap<>();
        if (!centerIds.isEmpty()) {
            for (Object[] r : em.createQuery("select t.id, t.name from TreatmentCenter t where t.id in :ids",
                    Object[].class).setParameter("ids", centerIds).getResultList()) {
                centers.put(num(r[0]), (String) r[1]);
            }
        }
        List<Prescription> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Object[] it = items.get(c.getId());
            String center = c.getCenterId() == null ? c.getCenterName() : centers.get(c.getCenterId());
            out.add(new Prescription(c.getId(), c.getTrackingCode(), c.getServiceDate(), center,
                    it == null ? null : (String) it[2], c.getCouncilCode(), c.getState(),
                    c.getRequestedAmount() == null ? 0 : c.getRequestedAmount(),
                    c.getState().isAssessed() ? c.getPayableAmount() : null, it == null ? 0 : num(it[1])));
        }
        return out;
    }

    private static String tracking(String search) {
        return ClaimQueries.trackingCode(search) == null ? "" : " and c.trackingCode like :t";
    }

    private static <T> TypedQuery<T> bindClaims(TypedQuery<T> q, ClaimViewer viewer, long personId, String search) {
        q.setParameter("p", personId).setParameter("draft", ClaimState.DRAFT);
        if (!viewer.isClaimsStaff() && viewer.personId() != personId) {
            q.setParameter("v", viewer.personId());
        }
        String code = ClaimQueries.trackingCode(search);
        if (code != null) {
            q.setParameter("t", code + "%");
        }
        return q;
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

}
