package ir.hami.claims;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Messages;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writing an assessment down: the family's lock, its items and deductions, and the ceilings it uses. Shared by the
 * engine's assessment ({@link AssessmentDesk}) and a hand-typed one ({@link ClaimOffice#assess}).
 *
 * <p>A ceiling is never overspent: before anything of a family's ceilings is read for an assessment, the claim's row
 * and then the family's main member's {@code person} row are locked ({@code select ... for update} by primary key,
 * {@link #lockClaimAndFamily}); every assessment of that family waits for the one before it to commit, and then reads
 * what it used. Both rows always exist, so the locks are record locks on primary keys: no gap locks on InnoDB, and
 * no deadlock between two families assessed at once (a {@code for update} on a missing {@code cover_usage} row
 * followed by its insert would take a gap lock two families can share, and then deadlock).
 *
 * <p>The locks come first, before any plain read of the transaction: on MySQL/MariaDB's default REPEATABLE READ the
 * transaction's snapshot is taken at its first plain read, so it then includes everything the assessment before it
 * committed. (A plain read of the claim before waiting for the lock would freeze a snapshot in which the family's
 * earlier assessment is not yet charged.) Every writer of {@code cover_usage} holds the family's lock, and each row
 * also has its own version.
 */
final class ClaimLedger {

    private ClaimLedger() {
    }

    /**
     * Locks the claim's row and its family (its main member's person row) until the transaction ends. Call it first
     * in the transaction, before the claim is read.
     */
    static void lockClaimAndFamily(EntityManager em, long claimId) {
        List<?> main = em.createNativeQuery("select main_person_id from claim where id = ? for update")
                .setParameter(1, claimId).getResultList();
        if (!main.isEmpty()) { // an unknown claim: the caller's visibility check refuses it
            em.createNativeQuery("select id from person where id = ? for update")
                    .setParameter(1, ((Number) main.get(0)).longValue()).getResultList();
        }
    }

    /**
     * What earlier assessed claims of the contract used, the person's own and the family's, by cover id. Call under
     * {@link #lockClaimAndFamily}.
     */
    static DeductionEngine.Used used(EntityManager em, long personId, long mainPersonId, long contractId) {
        return new DeductionEngine.Used(sums(em, Ceilings.PERSON_USAGE_SQL, personId, contractId),
                sums(em, Ceilings.FAMILY_USAGE_SQL, mainPersonId, contractId));
    }

    /** A usage query's rows (cover id, amount) as a map; absent covers used nothing. */
    static Map<Long, Long> sums(EntityManager em, String sql, long id, long contractId) {
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
                        : sentence(d.explanation());
                em.persist(new ClaimDeduction(c.getId(), row.getId(), d.kind(), d.amount(), why));
            }
        }
    }

    /**
     * A deduction's sentence as stored: letters normalised and its length checked, but its digits left as written.
     * A sentence is prose for the member, not a number to parse: the engine writes its figures with Persian digits
     * and grouping ("۲٬۰۰۰٬۰۰۰"), and turning only the digits to ASCII would show "2٬000٬000".
     */
    static String sentence(String text) {
        String s = PersianText.normalizeLetters(text.strip());
        return TextLimit.within(s, ClaimDeduction.EXPLANATION_LENGTH, "claims.deduction.tooLong");
    }

    /**
     * Adds {@code amount} to what the claim's person used of the cover. Call under {@link #lockClaimAndFamily}: the
     * family's lock already keeps every other writer out (the row's version is the second guard).
     */
    static void charge(EntityManager em, Claim c, long coverId, long amount) {
        CoverUsage usage = em.createQuery("select u from CoverUsage u where u.coverId = :c and u.personId = :p",
                        CoverUsage.class).setParameter("c", coverId).setParameter("p", c.getPersonId())
                .getResultStream().findFirst().orElse(null);
        if (usage == null) {
            usage = new CoverUsage(coverId, c.getContractId(), c.getPersonId(), c.getMainPersonId());
            em.persist(usage);
        }
        usage.charge(amount);
    }
}
