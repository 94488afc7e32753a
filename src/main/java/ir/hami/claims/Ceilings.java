package ir.hami.claims;

import ir.hami.membership.Cover;
import ir.hami.membership.CoverKind;
import ir.hami.membership.Coverage;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What is left of each ceiling (seed 003): for a person and a contract the viewer may see, each cover of the plan with
 * its annual ceiling, what assessed claims used of it and what remains. A person's ceiling counts the person's own
 * {@code cover_usage} row; a family ceiling ({@link Cover#isFamilyCeiling()}) the sum of the rows of the same contract
 * whose main member is the person's main member there. Two indexed reads at most ({@code ix_cover_usage_person},
 * {@code ix_cover_usage_family}), each of one family's few rows, whatever the number of claims.
 */
@Stateless
@RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class Ceilings {

    /** A person's own use of each cover of a contract. Parameters: person id, contract id. */
    public static final String PERSON_USAGE_SQL =
            "select cover_id, used_amount from cover_usage where person_id = ? and contract_id = ?";

    /** A family's use of each cover of a contract. Parameters: the main member's person id, contract id. */
    public static final String FAMILY_USAGE_SQL =
            "select cover_id, sum(used_amount) from cover_usage where main_person_id = ? and contract_id = ? "
                    + "group by cover_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    FamilyService family;

    /** A cover of the plan as the arithmetic needs it. */
    record Plan(long coverId, String title, CoverKind kind, boolean familyCeiling, long ceiling, int sortOrder) {
    }

    /**
     * The plan's covers in their order, each with what is used and left.
     *
     * @throws ValidationException {@code family.refused} unless the viewer is the person or the main member of the
     *                             person's coverage under that contract (staff see everyone's)
     */
    public List<CeilingLine> of(ClaimViewer viewer, long personId, long contractId) {
        Coverage coverage = coverage(viewer, personId, contractId);
        List<Plan> plans = coverage.getContract().getCovers().stream()
                .map(c -> new Plan(c.getId(), c.getTitle(), c.getKind(), c.isFamilyCeiling(), c.getAnnualCeiling(),
                        c.getSortOrder()))
                .toList();
        Map<Long, Long> own = ClaimLedger.sums(em, PERSON_USAGE_SQL, personId, contractId);
        Map<Long, Long> families = plans.stream().anyMatch(Plan::familyCeiling)
                ? ClaimLedger.sums(em, FAMILY_USAGE_SQL, coverage.getMainPerson().getId(), contractId) : Map.of();
        return lines(plans, own, families);
    }

    /** The arithmetic: each cover's use from the person's or the family's sums (absent: nothing used). */
    static List<CeilingLine> lines(List<Plan> plans, Map<Long, Long> own, Map<Long, Long> families) {
        List<CeilingLine> out = new ArrayList<>();
        plans.stream().sorted(Comparator.comparingInt(Plan::sortOrder).thenComparingLong(Plan::coverId))
                .forEach(p -> {
                    long used = (p.familyCeiling() ? families : own).getOrDefault(p.coverId(), 0L);
                    out.add(new CeilingLine(p.coverId(), p.title(), p.kind(), p.familyCeiling(),
                            Math.max(0, p.ceiling()), Math.max(0, used)));
                });
        return out;
    }

    private Coverage coverage(ClaimViewer viewer, long personId, long contractId) {
        if (viewer.isMember()) {
            return family.coverageForRecord(viewer.personId(), personId, contractId);
        }
        if (!viewer.isClaimsStaff()) {
            throw new ValidationException(FamilyService.REFUSED);
        }
        return em.createQuery("select c from Coverage c where c.person.id = :p and c.contract.id = :k",
                        Coverage.class).setParameter("p", personId).setParameter("k", contractId)
                .getResultStream().findFirst().orElseThrow(() -> new ValidationException(FamilyService.REFUSED));
    }
}
