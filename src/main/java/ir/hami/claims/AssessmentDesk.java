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
 * assessment itself, which computes again under the family's lock ({@link ClaimLedger#lockFamily}) from what the
 * family has used at that moment, stores items and deductions with their Persian sentences, charges each cover with
 * what it pays, and tells the member.
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
        Claim c = records.forChange(v, claimId, seenVersion);
        ClaimLedger.lockFamily(em, c.getMainPersonId());
        DeductionEngine.Result r = compute(c, lines);
        Assessment a = toAssessment(r, lines, remark);
        Long mainCover = r.charged().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(c.getCoverId());
        ClaimEvent event = c.assess(v.username(), assessorName, a, mainCover,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ClaimLedger.storeItems(em, c, a);
        r.charged().forEach((cover, amount) -> ClaimLedger.charge(em, c, cover, amount));
        records.record(c, event, "claims.sms.assessed", c.getTrackingCode(), Rial.format(a.payable()));
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
