package ir.hami.claims;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writing an assessment down: the family's lock, its items and deductions, and the ceilings it uses. Shared by the
 * engine's assessment ({@link AssessmentDesk}) and a hand-typed one ({@link ClaimOffice#assess}).
 *
 * <p>A ceiling is never overspent: before anything of a family's ceilings is read for an assessment, the family's
 * main member's {@code person} row is locked ({@code select ... for update}); every assessment of that family waits
 * for the one before it to commit, and then reads what it used. The person row always exists, so the lock needs no
 * row made first (no gap locks on InnoDB).
 *
 * <p>What the family used is read with locking reads ({@code for update}): on MySQL/MariaDB's default REPEATABLE READ
 * a plain read would answer from the snapshot the transaction took at its first read (the claim's, before it waited
 * for the family's lock), and would not see what the assessment before it charged; a locking read sees the last
 * committed rows.
 */
final class ClaimLedger {

    private ClaimLedger() {
    }

    /** Locks the family (its main member's person row) until the transaction ends. */
    static void lockFamily(EntityManager em, long mainPersonId) {
        em.createNativeQuery("select id from person where id = ? for update").setParameter(1, mainPersonId)
                .getResultList();
    }

    /** What earlier assessed claims of the contract used, the person's own and the family's, by cover id. */
    static DeductionEngine.Used used(EntityManager em, long personId, long mainPersonId, long contractId) {
        return new DeductionEngine.Used(sums(em, PERSON_USAGE_LOCKED, personId, contractId),
                sums(em, FAMILY_USAGE_LOCKED, mainPersonId, contractId));
    }

    /** {@link Ceilings#PERSON_USAGE_SQL}, read as last committed (under the family's lock). */
    static final String PERSON_USAGE_LOCKED = Ceilings.PERSON_USAGE_SQL + " for update";

    /** The family's rows of {@link Ceilings#FAMILY_USAGE_SQL}, unsummed (no grouping with a locking read). */
    static final String FAMILY_USAGE_LOCKED =
            "select cover_id, used_amount from cover_usage where main_person_id = ? and contract_id = ? for update";

    private static Map<Long, Long> sums(EntityManager em, String sql, long id, long contractId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).setParameter(2, contractId)
                .getResultList();
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : rows) {
            out.merge(((Number) r[0]).longValue(), r[1] == null ? 0L : ((Number) r[1]).longValue(), Long::sum);
        }
        return out;
    }

    /** Persists the assessment's items and deductions (a deduction without a sentence gets its kind's). */
    static void storeItems(EntityManager em, Claim c, Assessment a) {
        int line = 1;
        for (Assessment.Item item : a.items()) {
            ClaimItem row = new ClaimItem(c.getId(), line++, item);
            em.persist(row);
            em.flush();
            for (Assessment.Deduction d : item.deductions()) {
                String why = d.explanation() == null || d.explanation().isBlank()
                        ? Messages.text(d.kind().explanationKey(), new Object[0], PersianText.PERSIAN)
                        : TextLimit.line(d.explanation(), ClaimDeduction.EXPLANATION_LENGTH,
                        "claims.deduction.tooLong");
                em.persist(new ClaimDeduction(c.getId(), row.getId(), d.kind(), d.amount(), why));
            }
        }
    }

    /** Adds {@code amount} to what the claim's person used of the cover. Call under {@link #lockFamily}. */
    static void charge(EntityManager em, Claim c, long coverId, long amount) {
        CoverUsage usage = em.createQuery("select u from CoverUsage u where u.coverId = :c and u.personId = :p",
                        CoverUsage.class).setParameter("c", coverId).setParameter("p", c.getPersonId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (usage == null) {
            usage = new CoverUsage(coverId, c.getContractId(), c.getPersonId(), c.getMainPersonId());
            em.persist(usage);
        }
        usage.charge(amount);
    }
}
