package ir.hami.claims;

import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.platform.web.Messages;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deduction engine (موتور کسورات): from a contract's plan, the claim's lines and what earlier assessed claims of
 * the same contract year used, it computes per line and per claim what is deducted and why, and what is paid. Pure:
 * no database, no clock, no state; the same input always gives the same output, in exact integer Rials.
 *
 * <p>Each line, in the order given:
 * <ol>
 *     <li><b>total</b> = quantity × unit price asked;</li>
 *     <li><b>out of tariff</b> = quantity × (unit price − tariff unit price) when a tariff is known and is lower;</li>
 *     <li>what is left is the <i>allowed</i> amount. When the line's kind of cover is not in the plan (no cover of
 *     that kind and no catch-all cover without a kind), or the assessor marked it excluded, all of it is
 *     <b>not covered</b> and the line ends here;</li>
 *     <li><b>franchise</b> = allowed × the cover's franchise percent / 100, <b>rounded down to the whole Rial</b> (the
 *     one rounding in the engine, in the member's favour);</li>
 *     <li>the insurer's share (allowed − franchise) is paid up to what is left of the cover's annual ceiling: the
 *     person's own, or the family's when the plan says the ceiling is the family's. What is left is the ceiling less
 *     what earlier claims used ({@link Used}) less what earlier lines of this claim took. The rest is <b>over
 *     ceiling</b>.</li>
 * </ol>
 * Commitment = total − out of tariff − not covered − over ceiling; payable = commitment − franchise (as in
 * {@link Assessment}). Every deduction carries a Persian (and English) sentence with its figures. Amounts too large
 * for a {@code long} (a line's total, the franchise's product, the claim's total) are refused with
 * {@link #KEY_TOO_LARGE}, never wrapped round.
 */
public final class DeductionEngine {

    public static final String KEY_OUT_OF_TARIFF = "claims.engine.outOfTariff";
    public static final String KEY_NOT_COVERED = "claims.engine.notCovered";
    public static final String KEY_EXCLUDED = "claims.engine.excluded";
    public static final String KEY_FRANCHISE = "claims.engine.franchise";
    public static final String KEY_OVER_CEILING_PERSON = "claims.engine.overCeiling.person";
    public static final String KEY_OVER_CEILING_FAMILY = "claims.engine.overCeiling.family";
    /** Message key: a line's or the claim's amount is beyond what a Rial amount can hold. */
    public static final String KEY_TOO_LARGE = "claims.engine.tooLarge";

    private DeductionEngine() {
    }

    /**
     * One cover of the contract's plan. A cover without a kind takes the lines no cover of their kind takes (of
     * several, the one with the largest ceiling), as {@link ClaimCatalog#coverFor} does.
     */
    public record PlanCover(long coverId, String title, CoverKind kind, long annualCeiling, int franchisePercent,
                            boolean familyCeiling) implements Serializable {
        public PlanCover {
            if (annualCeiling < 0 || franchisePercent < 0 || franchisePercent > 100) {
                throw new IllegalArgumentException("ceiling ≥ 0 and franchise 0..100%");
            }
        }
    }

    /**
     * One line of the claim as the assessor itemised it.
     *
     * @param coverKind   the kind of cover that pays the line's service (from the tariff or the claim's service type)
     * @param tariffPrice the tariff's unit price, or {@code null} when the service has no tariff
     * @param excluded    the assessor found the line outside the contract's commitments
     */
    public record Line(ItemKind kind, String title, CoverKind coverKind, int quantity, long unitPrice,
                       Long tariffPrice, boolean excluded) implements Serializable {
        public Line {
            if (quantity < 1 || unitPrice < 0 || (tariffPrice != null && tariffPrice < 0)) {
                throw new ValidationException(Assessment.KEY_NEGATIVE);
            }
        }
    }

    /** What earlier assessed claims of the contract year used, by cover id: the person's own and the family's. */
    public record Used(Map<Long, Long> person, Map<Long, Long> family) implements Serializable {
        public static final Used NOTHING = new Used(Map.of(), Map.of());

        public Used {
            person = Map.copyOf(person);
            family = Map.copyOf(family);
        }

        long of(PlanCover c) {
            return (c.familyCeiling() ? family : person).getOrDefault(c.coverId(), 0L);
        }
    }

    /** A Rial amount among a sentence's figures: written with the reader's digits and grouping. */
    public record Money(long amount) implements Serializable {
    }

    /** One deduction of a line, with the message key and figures of its explanation. */
    public record Deduction(DeductionKind kind, long amount, String key, List<Object> args) implements Serializable {
        public Deduction {
            args = List.copyOf(args);
        }

        /** The sentence for the reader's language. */
        public String explain(Locale locale) {
            Object[] shown = args.toArray();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof Money m) {
                    shown[i] = Rial.format(m.amount(), locale);
                }
            }
            return Messages.text(key, shown, locale);
        }
    }

    /** A line's outcome: the cover that pays it (null: none), its total and its deductions. */
    public record LineResult(Line line, Long coverId, long total, List<Deduction> deductions)
            implements Serializable {
        public LineResult {
            deductions = List.copyOf(deductions);
        }

        public long deducted() {
            long sum = 0;
            for (Deduction d : deductions) {
                sum += d.amount();
            }
            return sum;
        }

        public long payable() {
            return total - deducted();
        }
    }

    /** The claim's outcome: its lines and, by cover id, what the claim takes of each ceiling (its payable). */
    public record Result(List<LineResult> lines, Map<Long, Long> charged) implements Serializable {
        public Result {
            lines = List.copyOf(lines);
            charged = Map.copyOf(charged);
        }

        public long total() {
            return lines.stream().mapToLong(LineResult::total).sum();
        }

        public long deducted(DeductionKind kind) {
            long sum = 0;
            for (LineResult l : lines) {
                for (Deduction d : l.deductions()) {
                    if (d.kind() == kind) {
                        sum += d.amount();
                    }
                }
            }
            return sum;
        }

        public long commitment() {
            return total() - deducted(DeductionKind.OUT_OF_TARIFF) - deducted(DeductionKind.NOT_COVERED)
                    - deducted(DeductionKind.OVER_CEILING);
        }

        public long payable() {
            return commitment() - deducted(DeductionKind.FRANCHISE);
        }
    }

    /**
     * Computes the claim's deductions.
     *
     * @param plan  the contract's covers, in the plan's order
     * @param lines the claim's lines, in the assessor's order
     * @param used  what earlier assessed claims of the same contract used
     */
    public static Result compute(List<PlanCover> plan, List<Line> lines, Used used) {
        if (lines.isEmpty()) {
            throw new ValidationException(Assessment.KEY_NO_ITEMS);
        }
        try {
            return computeExact(plan, lines, used);
        } catch (ArithmeticException e) {
            throw new ValidationException(e, KEY_TOO_LARGE);
        }
    }

    private static Result computeExact(List<PlanCover> plan, List<Line> lines, Used used) {
        long claimTotal = 0;
        Map<Long, Long> charged = new LinkedHashMap<>();
        List<LineResult> out = new ArrayList<>(lines.size());
        Map<CoverKind, PlanCover> byKind = new HashMap<>();
        PlanCover catchAll = null;
        for (PlanCover c : plan) {
            if (c.kind() == null) {
                if (catchAll == null || c.annualCeiling() > catchAll.annualCeiling()) {
                    catchAll = c;
                }
            } else {
                byKind.putIfAbsent(c.kind(), c);
            }
        }
        for (Line line : lines) {
            List<Deduction> ds = new ArrayList<>(3);
            long total = Math.multiplyExact((long) line.quantity(), line.unitPrice());
            claimTotal = Math.addExact(claimTotal, total);
            long allowed = total;
            if (line.tariffPrice() != null && line.unitPrice() > line.tariffPrice()) {
                long over = Math.multiplyExact((long) line.quantity(), line.unitPrice() - line.tariffPrice());
                ds.add(new Deduction(DeductionKind.OUT_OF_TARIFF, over, KEY_OUT_OF_TARIFF,
                        List.of(new Money(line.unitPrice()), new Money(line.tariffPrice()), line.quantity(),
                                new Money(over))));
                allowed -= over;
            }
            PlanCover cover = line.coverKind() == null ? catchAll : byKind.getOrDefault(line.coverKind(), catchAll);
            if (line.excluded() || cover == null) {
                if (allowed > 0) {
                    ds.add(new Deduction(DeductionKind.NOT_COVERED, allowed,
                            line.excluded() ? KEY_EXCLUDED : KEY_NOT_COVERED, List.of(new Money(allowed))));
                }
                out.add(new LineResult(line, null, total, ds));
                continue;
            }
            long franchise = Math.multiplyExact(allowed, (long) cover.franchisePercent()) / 100;
            if (franchise > 0) {
                ds.add(new Deduction(DeductionKind.FRANCHISE, franchise, KEY_FRANCHISE,
                        List.of(cover.franchisePercent(), cover.title(), new Money(allowed), new Money(franchise))));
            }
            long share = allowed - franchise;
            long before = Math.addExact(used.of(cover), charged.getOrDefault(cover.coverId(), 0L));
            long left = Math.max(0, cover.annualCeiling() - before);
            long paid = Math.min(share, left);
            if (share > paid) {
                ds.add(new Deduction(DeductionKind.OVER_CEILING, share - paid,
                        cover.familyCeiling() ? KEY_OVER_CEILING_FAMILY : KEY_OVER_CEILING_PERSON,
                        List.of(cover.title(), new Money(cover.annualCeiling()), new Money(before), new Money(left),
                                new Money(share - paid))));
            }
            charged.merge(cover.coverId(), paid, Long::sum);
            out.add(new LineResult(line, cover.coverId(), total, ds));
        }
        return new Result(out, charged);
    }
}
