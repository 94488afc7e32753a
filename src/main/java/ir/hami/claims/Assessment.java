package ir.hami.claims;

import ir.hami.platform.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an assessor decided for a claim: its items, each with its total and deductions by kind. The claim's amounts
 * are the sums; the member's pages read them as stored, never recompute them.
 *
 * <ul>
 *     <li>total: what the items cost (the amount requested, as the assessor read the invoices);</li>
 *     <li>commitment (مبلغ تعهد): total less the deductions that are outside the plan (over ceiling, out of tariff,
 *     not covered);</li>
 *     <li>payable (مبلغ قابل پرداخت): commitment less the franchise (the member's share).</li>
 * </ul>
 */
public record Assessment(List<Item> items, String remark) implements Serializable {

    public static final String KEY_NO_ITEMS = "claims.assessment.noItems";
    public static final String KEY_NEGATIVE = "claims.assessment.negative";
    public static final String KEY_OVER_TOTAL = "claims.assessment.overTotal";

    public Assessment {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new ValidationException(KEY_NO_ITEMS);
        }
    }

    /** One deduction from an item: its kind, amount (Rials) and the sentence shown to the member. */
    public record Deduction(DeductionKind kind, long amount, String explanation) implements Serializable {
        public Deduction {
            if (amount < 0) {
                throw new ValidationException(KEY_NEGATIVE);
            }
        }
    }

    /**
     * One line of the claim: a visit, a drug, a service... with its total and what is deducted from it; and, when the
     * deduction engine made it, the tariff code, the unit price asked, the tariff's unit price and the cover that paid.
     */
    public record Item(ItemKind kind, String title, String physician, String councilCode, LocalDate prescribedOn,
                       int quantity, long total, List<Deduction> deductions, String tariffCode, Long unitPrice,
                       Long tariffPrice, Long coverId) implements Serializable {

        /** A line typed with its total and deductions by hand (no tariff, no engine). */
        public Item(ItemKind kind, String title, String physician, String councilCode, LocalDate prescribedOn,
                    int quantity, long total, List<Deduction> deductions) {
            this(kind, title, physician, councilCode, prescribedOn, quantity, total, deductions, null, null, null,
                    null);
        }

        public Item {
            deductions = List.copyOf(deductions);
            if (total < 0 || quantity < 1) {
                throw new ValidationException(KEY_NEGATIVE);
            }
            long deducted = 0;
            for (Deduction d : deductions) {
                deducted = Math.addExact(deducted, d.amount());
            }
            if (deducted > total) {
                throw new ValidationException(KEY_OVER_TOTAL, title);
            }
        }

        public long deducted() {
            return deductions.stream().mapToLong(Deduction::amount).sum();
        }

        public long payable() {
            return total - deducted();
        }
    }

    public long total() {
        return items.stream().mapToLong(Item::total).sum();
    }

    public long deducted(DeductionKind kind) {
        return items.stream().flatMap(i -> i.deductions().stream()).filter(d -> d.kind() == kind)
                .mapToLong(Deduction::amount).sum();
    }

    /** Total less what the plan does not take on (everything but the franchise). */
    public long commitment() {
        return total() - deducted(DeductionKind.OVER_CEILING) - deducted(DeductionKind.OUT_OF_TARIFF)
                - deducted(DeductionKind.NOT_COVERED);
    }

    public long payable() {
        return commitment() - deducted(DeductionKind.FRANCHISE);
    }
}
