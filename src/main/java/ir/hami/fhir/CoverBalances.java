package ir.hami.fhir;

import ir.hami.claims.Ceilings;
import ir.hami.membership.Cover;
import ir.hami.membership.CoverKind;
import ir.hami.membership.Coverage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each cover's ceiling, use and franchise for a person covered under a contract, for the centre's eligibility
 * answer: the same sums as the member's remaining-ceilings page ({@link Ceilings#PERSON_USAGE_SQL},
 * {@link Ceilings#FAMILY_USAGE_SQL}), read without a member viewer (the centre's key was checked and the person found
 * covered by the eligibility service). Two indexed reads of one family's few rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CoverBalances {

    /** One cover: ceiling, used (the person's, or the family's for a family ceiling), franchise percent. */
    public record Balance(long coverId, String title, CoverKind kind, boolean familyCeiling, long ceiling, long used,
                          int franchisePercent) {
        public long remaining() {
            return Math.max(0, ceiling - used);
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The covers of the person's coverage under the contract of that number, in the plan's order (empty if none). */
    public List<Balance> of(String nationalId, String contractNumber) {
        List<Coverage> found = em.createQuery("select c from Coverage c where c.person.nationalId = :n "
                        + "and c.contract.number = :k", Coverage.class)
                .setParameter("n", nationalId).setParameter("k", contractNumber).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Coverage coverage = found.get(0);
        long contractId = coverage.getContract().getId();
        Map<Long, Long> own = sums(Ceilings.PERSON_USAGE_SQL, coverage.getPerson().getId(), contractId);
        Map<Long, Long> family = coverage.getContract().getCovers().stream().anyMatch(Cover::isFamilyCeiling)
                ? sums(Ceilings.FAMILY_USAGE_SQL, coverage.getMainPerson().getId(), contractId) : Map.of();
        List<Balance> out = new ArrayList<>();
        coverage.getContract().getCovers().stream()
                .sorted(Comparator.comparingInt(Cover::getSortOrder).thenComparing(Cover::getId))
                .forEach(c -> out.add(new Balance(c.getId(), c.getTitle(), c.getKind(), c.isFamilyCeiling(),
                        Math.max(0, c.getAnnualCeiling()),
                        Math.max(0, (c.isFamilyCeiling() ? family : own).getOrDefault(c.getId(), 0L)),
                        c.getFranchisePercent())));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> sums(String sql, long id, long contractId) {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, id).setParameter(2, contractId)
                .getResultList()) {
            out.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum);
        }
        return out;
    }
}
