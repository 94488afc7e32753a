package ir.hami.claims;

import ir.hami.membership.Cover;
import ir.hami.membership.CoverKind;
import ir.hami.membership.InsuranceContract;
import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessor's assessment through the {@link DeductionEngine}: a preview while the assessor itemises, and the
 * assessment itself, which computes again under the family's lock ({@link ClaimLedger#lockClaimAndFamily}) from
 * what the family has used at that moment, stores items and deductions with their Persian sentences, charges each
 * cover with what it pays, and tells the member.
 */
@Stateless
@RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
public class AssessmentDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    /** The engine's result on the lines as they stand, against what the family has used now (nothing is written). */
    public DeductionEngine.Result preview(ClaimViewer v, long claimId, List<AssessmentLine> lines) {
        Claim c = records.visible(v, claimId);
        return compute(c, lines);
    }

    /**
     * Assesses the claim: the engine's result, computed under the family's lock, becomes the claim's items,
     * deductions and amounts; each cover is charged with what it pays.
     */
    public Claim assess(ClaimViewer v, long claimId, long seenVersion, String assessorName, List<AssessmentLine> lines,
                        String remark) {
        ClaimLedger.lockClaimAndFamily(em, claimId);
        Claim c = records.forChange(v, claimId, seenVersion);
        DeductionEngine.Result r = compute(c, lines);
        Assessment a = toAssessment(r, lines, remark);
        Long mainCover = r.charged().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(c.getCoverId());
        ClaimEvent event = c.assess(v.username(), assessorName, a, mainCover,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ClaimLedger.storeItems(em, c, a);
        r.charged().forEach((cover, amount) -> ClaimLedger.charge(em, c, cover, amount));
        records.record(c, event, "claims.sms.assessed", c.getTrackingCode(), Rial.format(a.payable()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another assessor changed the claim between our read and our write: nothing of ours is kept
            throw new ValidationException(e, ClaimRecords.CONFLICT);
        }
        return c;
    }

    /** The tariff rows of the given codes (unknown or inactive codes are absent). */
    public Map<String, Tariff> tariffs(Collection<String> codes) {
        Map<String, Tariff> out = new HashMap<>();
        List<String> wanted = codes.stream().filter(x -> x != null && !x.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return out;
        }
        for (Tariff t : em.createQuery("select t from Tariff t where t.code in :c and t.active = true", Tariff.class)
                .setParameter("c", wanted).getResultList()) {
            out.put(t.getCode(), t);
        }
        return out;
    }

    /** The most tariff rows an autocomplete offers. */
    public static final int TARIFF_CHOICES = 15;

    /**
     * Active tariff rows whose code starts with, or whose title contains, the typed text (digits in any script), by
     * code; at most {@value #TARIFF_CHOICES}.
     */
    public List<Tariff> searchTariffs(String typed) {
        String t = typed == null ? "" : PersianText.normalizeDigits(typed).strip();
        if (t.isEmpty() || t.length() > Tariff.TITLE_LENGTH) {
            return List.of();
        }
        String like = t.replace("\\", "").replace("%", "").replace("_", "");
        return em.createQuery("select t from Tariff t where t.active = true and (t.code like :code or t.title like "
                        + ":title) order by t.code", Tariff.class)
                .setParameter("code", like + "%").setParameter("title", "%" + like + "%")
                .setMaxResults(TARIFF_CHOICES).getResultList();
    }

    /** Why an earlier claim of the family looks like this one. */
    public enum DuplicateKind {
        /** The member was warned at submission and sent it anyway, with a reason. */
        FLAGGED_AT_SUBMISSION,
        /** Same person, service, service date and amount. */
        SAME_SERVICE,
        /** One of its document images is byte for byte one of this claim's. */
        SAME_IMAGE;

        public String getKey() {
            return "claims.duplicate." + name();
        }
    }

    /** An earlier claim that looks like this one, with its link. */
    public record Duplicate(long claimId, String trackingCode, ClaimState state, DuplicateKind kind)
            implements java.io.Serializable {
        public long getClaimId() { return claimId; }
        public String getTrackingCode() { return trackingCode; }
        public ClaimState getState() { return state; }
        public DuplicateKind getKind() { return kind; }
    }

    /**
     * The desk's own duplicate check, at assessment: the claim the member was warned of, the family's claims of the
     * same person, service, day and amount ({@code ix_claim_family_day}), and the family's claims with an identical
     * document image ({@code ix_claim_document_hash}). Drafts are not counted.
     */
    public List<Duplicate> duplicates(ClaimViewer v, long claimId) {
        Claim c = records.visible(v, claimId);
        java.util.LinkedHashMap<Long, Duplicate> out = new java.util.LinkedHashMap<>();
        if (c.getDuplicateOf() != null) {
            em.createQuery("select d from Claim d where d.trackingCode = :t", Claim.class)
                    .setParameter("t", c.getDuplicateOf()).getResultStream().findFirst().ifPresent(d -> out.put(
                            d.getId(), new Duplicate(d.getId(), d.getTrackingCode(), d.getState(),
                                    DuplicateKind.FLAGGED_AT_SUBMISSION)));
        }
        for (Claim d : em.createQuery("select d from Claim d where d.mainPersonId = :m and d.serviceDate = :day "
                        + "and d.id <> :id and d.state <> :draft order by d.id", Claim.class)
                .setParameter("m", c.getMainPersonId()).setParameter("day", c.getServiceDate())
                .setParameter("id", c.getId()).setParameter("draft", ClaimState.DRAFT).setMaxResults(50)
                .getResultList()) {
            if (c.sameServiceAs(d)) {
                out.putIfAbsent(d.getId(), new Duplicate(d.getId(), d.getTrackingCode(), d.getState(),
                        DuplicateKind.SAME_SERVICE));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> same = em.createNativeQuery("select distinct o.claim_id, k.tracking_code, k.state "
                        + "from claim_document d join claim_document o on o.main_person_id = d.main_person_id "
                        + "and o.sha256 = d.sha256 and o.claim_id <> d.claim_id join claim k on k.id = o.claim_id "
                        + "where d.claim_id = ? and k.state <> 'DRAFT' order by o.claim_id")
                .setParameter(1, c.getId()).setMaxResults(50).getResultList();
        for (Object[] r : same) {
            long id = ((Number) r[0]).longValue();
            out.putIfAbsent(id, new Duplicate(id, (String) r[1], ClaimState.valueOf((String) r[2]),
                    DuplicateKind.SAME_IMAGE));
        }
        return List.copyOf(out.values());
    }

    private DeductionEngine.Result compute(Claim c, List<AssessmentLine> lines) {
        InsuranceContract k = em.find(InsuranceContract.class, c.getContractId());
        Integer letterFranchise = DirectBilling.letterFranchise(em, c);
        List<DeductionEngine.PlanCover> plan = new ArrayList<>();
        for (Cover cover : k.getCovers()) {
            plan.add(new DeductionEngine.PlanCover(cover.getId(), cover.getTitle(), cover.getKind(),
                    cover.getAnnualCeiling(), letterFranchise != null ? letterFranchise : cover.getFranchisePercent(),
                    cover.isFamilyCeiling()));
        }
        Map<String, Tariff> tariffs = tariffs(lines.stream().map(AssessmentLine::tariffCode).toList());
        CoverKind claimKind = catalog.serviceType(c.getServiceTypeId()).map(ServiceType::getCoverKind).orElse(null);
        List<DeductionEngine.Line> in = new ArrayList<>(lines.size());
        for (AssessmentLine l : lines) {
            Tariff t = l.tariffCode() == null ? null : tariffs.get(l.tariffCode());
            if (l.tariffCode() != null && !l.tariffCode().isBlank() && t == null) {
                throw new ValidationException("claims.assessment.unknownTariff", l.tariffCode());
            }
            CoverKind kind = t == null ? claimKind
                    : catalog.serviceType(t.getServiceTypeId()).map(ServiceType::getCoverKind).orElse(claimKind);
            in.add(new DeductionEngine.Line(l.kind(), l.title(), kind, l.quantity(), l.unitPrice(),
                    t == null ? null : t.getUnitPrice(), l.excluded()));
        }
        return DeductionEngine.compute(plan, in, ClaimLedger.used(em, c.getPersonId(), c.getMainPersonId(),
                c.getContractId()));
    }

    /** The engine's result as the claim stores it: each deduction with its Persian sentence. */
    static Assessment toAssessment(DeductionEngine.Result r, List<AssessmentLine> lines, String remark) {
        List<Assessment.Item> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            AssessmentLine l = lines.get(i);
            DeductionEngine.LineResult lr = r.lines().get(i);
            List<Assessment.Deduction> ds = new ArrayList<>();
            for (DeductionEngine.Deduction d : lr.deductions()) {
                ds.add(new Assessment.Deduction(d.kind(), d.amount(),
                        fit(d.explain(PersianText.PERSIAN), ClaimDeduction.EXPLANATION_LENGTH)));
            }
            items.add(new Assessment.Item(l.kind(), l.title(), l.physician(), l.councilCode(), l.prescribedOn(),
                    l.quantity(), lr.total(), ds, blankToNull(l.tariffCode()), l.unitPrice(),
                    lr.line().tariffPrice(), lr.coverId()));
        }
        return new Assessment(items, remark);
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
