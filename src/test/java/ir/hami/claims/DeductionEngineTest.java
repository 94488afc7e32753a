package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.DeductionEngine.Deduction;
import ir.hami.claims.DeductionEngine.Line;
import ir.hami.claims.DeductionEngine.LineResult;
import ir.hami.claims.DeductionEngine.PlanCover;
import ir.hami.claims.DeductionEngine.Result;
import ir.hami.claims.DeductionEngine.Used;
import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deduction engine by hand: each kind of deduction, ceilings across claims and across a family, several lines
 * sharing one ceiling, the catch-all cover, excluded lines, the one rounding, the sentences, and a table of cases
 * whose every figure was worked out on paper.
 */
class DeductionEngineTest {

    private static final Locale FA = PersianText.PERSIAN;
    private static final Locale EN = Locale.ENGLISH;

    /** A person's outpatient cover: 10,000,000 a year each, franchise 30%. */
    private static final PlanCover VISITS = new PlanCover(1, "سرپایی", CoverKind.OUTPATIENT, 10_000_000, 30, false);
    /** A family's hospital cover: 50,000,000 a year for the whole family, franchise 10%. */
    private static final PlanCover HOSPITAL = new PlanCover(2, "بستری", CoverKind.HOSPITAL, 50_000_000, 10, true);
    /** A person's drug cover: 2,000,000 a year each, franchise 20%. */
    private static final PlanCover DRUGS = new PlanCover(3, "دارو", CoverKind.DRUG, 2_000_000, 20, false);
    /** A catch-all cover (no kind): 4,000,000 a year each, franchise 50%. */
    private static final PlanCover OTHER = new PlanCover(4, "سایر", null, 4_000_000, 50, false);

    private static final List<PlanCover> PLAN = List.of(VISITS, HOSPITAL, DRUGS);

    private static Line line(CoverKind cover, int quantity, long unitPrice, Long tariff) {
        return new Line(ItemKind.SERVICE, "خدمت", cover, quantity, unitPrice, tariff, false);
    }

    private static Line visit(long price) {
        return new Line(ItemKind.VISIT, "ویزیت", CoverKind.OUTPATIENT, 1, price, null, false);
    }

    private static Line stay(long price) {
        return new Line(ItemKind.HOSPITAL, "بستری", CoverKind.HOSPITAL, 1, price, null, false);
    }

    private static Used used(Map<Long, Long> person, Map<Long, Long> family) {
        return new Used(person, family);
    }

    private static long amount(LineResult l, DeductionKind kind) {
        return l.deductions().stream().filter(d -> d.kind() == kind).mapToLong(Deduction::amount).sum();
    }

    private static Deduction only(LineResult l, DeductionKind kind) {
        List<Deduction> ds = l.deductions().stream().filter(d -> d.kind() == kind).toList();
        assertEquals(1, ds.size(), () -> "one " + kind + " in " + l.deductions());
        return ds.get(0);
    }

    // ---------------------------------------------------------------- each kind

    @Test
    void aPriceAboveTheTariffLosesTheDifferenceOnEveryUnit() {
        // 3 × (900,000 − 700,000) = 600,000 out of tariff; allowed 2,100,000; franchise 30% = 630,000
        Result r = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 3, 900_000, 700_000L)),
                Used.NOTHING);
        LineResult l = r.lines().get(0);
        assertEquals(2_700_000, l.total());
        assertEquals(600_000, amount(l, DeductionKind.OUT_OF_TARIFF));
        assertEquals(630_000, amount(l, DeductionKind.FRANCHISE));
        assertEquals(2_100_000, r.commitment());
        assertEquals(1_470_000, r.payable());
        assertEquals(Map.of(1L, 1_470_000L), r.charged());
    }

    @Test
    void aPriceAtOrBelowTheTariffLosesNothingToIt() {
        Result at = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 2, 700_000, 700_000L)),
                Used.NOTHING);
        Result below = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 2, 500_000, 700_000L)),
                Used.NOTHING);
        assertEquals(0, at.deducted(DeductionKind.OUT_OF_TARIFF));
        assertEquals(0, below.deducted(DeductionKind.OUT_OF_TARIFF));
        assertEquals(1_000_000, below.commitment(), "the member's own lower price is what counts");
    }

    @Test
    void aServiceOutsideThePlansCoversIsNotCoveredAtAll() {
        Result r = DeductionEngine.compute(PLAN, List.of(line(CoverKind.DENTAL, 1, 5_000_000, null)), Used.NOTHING);
        LineResult l = r.lines().get(0);
        assertNull(l.coverId());
        assertEquals(5_000_000, amount(l, DeductionKind.NOT_COVERED));
        assertEquals(List.of(DeductionKind.NOT_COVERED), l.deductions().stream().map(Deduction::kind).toList());
        assertEquals(0, r.commitment());
        assertEquals(0, r.payable());
        assertEquals(Map.of(), r.charged(), "nothing is charged to any ceiling");
        assertEquals(DeductionEngine.KEY_NOT_COVERED, l.deductions().get(0).key());
    }

    @Test
    void notCoveredCountsOnlyWhatIsLeftAfterTheTariff() {
        // 2 × 800,000 = 1,600,000; tariff 500,000: 600,000 out of tariff, the other 1,000,000 not covered
        Result r = DeductionEngine.compute(PLAN, List.of(line(CoverKind.DENTAL, 2, 800_000, 500_000L)),
                Used.NOTHING);
        assertEquals(600_000, r.deducted(DeductionKind.OUT_OF_TARIFF));
        assertEquals(1_000_000, r.deducted(DeductionKind.NOT_COVERED));
        assertEquals(0, r.payable());
    }

    @Test
    void aLineTheAssessorExcludesIsNotCoveredWithItsOwnSentence() {
        Line excluded = new Line(ItemKind.VISIT, "ویزیت زیبایی", CoverKind.OUTPATIENT, 1, 2_000_000, null, true);
        Result r = DeductionEngine.compute(PLAN, List.of(excluded, visit(1_000_000)), Used.NOTHING);
        LineResult l = r.lines().get(0);
        assertNull(l.coverId());
        Deduction d = only(l, DeductionKind.NOT_COVERED);
        assertEquals(2_000_000, d.amount());
        assertEquals(DeductionEngine.KEY_EXCLUDED, d.key());
        // the second line is paid as usual and alone uses the ceiling: 1,000,000 − 30% = 700,000
        assertEquals(Map.of(1L, 700_000L), r.charged());
        assertEquals(700_000, r.payable());
    }

    @Test
    void theFranchiseIsTheMembersShareOfWhatIsAllowed() {
        Result r = DeductionEngine.compute(PLAN, List.of(stay(20_000_000)), Used.NOTHING);
        assertEquals(2_000_000, r.deducted(DeductionKind.FRANCHISE));
        assertEquals(20_000_000, r.commitment(), "the franchise is inside the commitment");
        assertEquals(18_000_000, r.payable());
    }

    @Test
    void aCoverWithoutFranchiseDeductsNothingAndSaysNothing() {
        PlanCover free = new PlanCover(9, "رایگان", CoverKind.OUTPATIENT, 10_000_000, 0, false);
        Result r = DeductionEngine.compute(List.of(free), List.of(visit(1_234_567)), Used.NOTHING);
        assertTrue(r.lines().get(0).deductions().isEmpty());
        assertEquals(1_234_567, r.payable());
    }

    @Test
    void aShareAboveWhatIsLeftOfThePersonsCeilingIsOverCeiling() {
        // ceiling 10,000,000, used 9,000,000: 1,000,000 left; 5,000,000 − 30% = 3,500,000 share; 2,500,000 over
        Result r = DeductionEngine.compute(PLAN, List.of(visit(5_000_000)),
                used(Map.of(1L, 9_000_000L), Map.of(1L, 9_500_000L)));
        LineResult l = r.lines().get(0);
        assertEquals(1_500_000, amount(l, DeductionKind.FRANCHISE));
        Deduction over = only(l, DeductionKind.OVER_CEILING);
        assertEquals(2_500_000, over.amount());
        assertEquals(DeductionEngine.KEY_OVER_CEILING_PERSON, over.key());
        assertEquals(2_500_000, r.commitment(), "5,000,000 − 2,500,000 over ceiling");
        assertEquals(1_000_000, r.payable(), "exactly what was left");
        assertEquals(Map.of(1L, 1_000_000L), r.charged());
    }

    @Test
    void anExhaustedCeilingPaysNothingAndNeverGoesNegative() {
        Result r = DeductionEngine.compute(PLAN, List.of(visit(1_000_000)),
                used(Map.of(1L, 12_000_000L), Map.of()));
        assertEquals(700_000, r.deducted(DeductionKind.OVER_CEILING));
        assertEquals(0, r.payable());
        assertEquals(Map.of(1L, 0L), r.charged());
    }

    // ---------------------------------------------------------------- ceilings across claims and family members

    @Test
    void aPersonsCeilingCountsOnlyThePersonsOwnEarlierClaims() {
        // the family used 9,900,000 of outpatient, but this person only 2,000,000: 8,000,000 left for the person
        Result r = DeductionEngine.compute(PLAN, List.of(visit(10_000_000)),
                used(Map.of(1L, 2_000_000L), Map.of(1L, 9_900_000L)));
        assertEquals(0, r.deducted(DeductionKind.OVER_CEILING), "7,000,000 share fits in 8,000,000");
        assertEquals(7_000_000, r.payable());
    }

    @Test
    void aFamilyCeilingCountsEveryFamilyMembersEarlierClaims() {
        // the person used nothing, but the family used 48,000,000 of 50,000,000: 2,000,000 left
        Result r = DeductionEngine.compute(PLAN, List.of(stay(10_000_000)),
                used(Map.of(), Map.of(2L, 48_000_000L)));
        Deduction over = only(r.lines().get(0), DeductionKind.OVER_CEILING);
        assertEquals(DeductionEngine.KEY_OVER_CEILING_FAMILY, over.key());
        assertEquals(7_000_000, over.amount(), "share 9,000,000 − 2,000,000 left");
        assertEquals(2_000_000, r.payable());
    }

    @Test
    void earlierClaimsOfOtherCoversDoNotCount() {
        Result r = DeductionEngine.compute(PLAN, List.of(visit(1_000_000)),
                used(Map.of(3L, 2_000_000L, 2L, 50_000_000L), Map.of(2L, 50_000_000L)));
        assertEquals(700_000, r.payable());
    }

    @Test
    void severalLinesOfOneClaimShareOneCeilingInTheirOrder() {
        // drug ceiling 2,000,000, franchise 20%. used 500,000: 1,500,000 left.
        // line 1: 1,000,000 → franchise 200,000, share 800,000, paid 800,000 (700,000 left)
        // line 2: 1,000,000 → franchise 200,000, share 800,000, paid 700,000, over 100,000 (0 left)
        // line 3:   500,000 → franchise 100,000, share 400,000, paid 0, over 400,000
        Line drug = line(CoverKind.DRUG, 1, 1_000_000, null);
        Result r = DeductionEngine.compute(PLAN, List.of(drug, drug, line(CoverKind.DRUG, 5, 100_000, null)),
                used(Map.of(3L, 500_000L), Map.of(3L, 700_000L)));
        assertEquals(800_000, r.lines().get(0).payable());
        assertEquals(0, amount(r.lines().get(0), DeductionKind.OVER_CEILING));
        assertEquals(700_000, r.lines().get(1).payable());
        assertEquals(100_000, amount(r.lines().get(1), DeductionKind.OVER_CEILING));
        assertEquals(0, r.lines().get(2).payable());
        assertEquals(400_000, amount(r.lines().get(2), DeductionKind.OVER_CEILING));
        assertEquals(1_500_000, r.payable());
        assertEquals(Map.of(3L, 1_500_000L), r.charged());
        // the third line's sentence says how much was used before it, the claim's own earlier lines included
        assertTrue(only(r.lines().get(2), DeductionKind.OVER_CEILING).explain(EN).contains("2,000,000 Rials of it "
                + "were used before and 0 Rials were left"), () -> r.lines().get(2).deductions().toString());
    }

    @Test
    void linesOfDifferentCoversEachChargeTheirOwnCover() {
        Result r = DeductionEngine.compute(PLAN, List.of(visit(1_000_000), stay(10_000_000),
                line(CoverKind.DRUG, 2, 250_000, null)), Used.NOTHING);
        assertEquals(Map.of(1L, 700_000L, 2L, 9_000_000L, 3L, 400_000L), r.charged());
        assertEquals(10_100_000, r.payable());
        assertEquals(List.of(1L, 2L, 3L), r.lines().stream().map(LineResult::coverId).toList());
    }

    // ---------------------------------------------------------------- the catch-all cover

    @Test
    void aCoverWithoutAKindTakesWhatNoCoverOfItsKindTakes() {
        List<PlanCover> plan = List.of(VISITS, OTHER);
        Result r = DeductionEngine.compute(plan, List.of(line(CoverKind.DENTAL, 1, 1_000_000, null),
                line(null, 1, 600_000, null), visit(1_000_000)), Used.NOTHING);
        assertEquals(List.of(4L, 4L, 1L), r.lines().stream().map(LineResult::coverId).toList());
        // 1,000,000 and 600,000 at 50%, 1,000,000 at 30%
        assertEquals(Map.of(4L, 800_000L, 1L, 700_000L), r.charged());
    }

    @Test
    void ofSeveralCatchAllCoversTheLargestCeilingPays() {
        PlanCover small = new PlanCover(5, "سایر کوچک", null, 1_000_000, 0, false);
        PlanCover large = new PlanCover(6, "سایر بزرگ", null, 9_000_000, 0, false);
        Result r = DeductionEngine.compute(List.of(small, large), List.of(line(CoverKind.OPTICS, 1, 100, null)),
                Used.NOTHING);
        assertEquals(6L, r.lines().get(0).coverId());
    }

    @Test
    void aCoverOfTheLinesKindWinsOverTheCatchAll() {
        Result r = DeductionEngine.compute(List.of(OTHER, DRUGS), List.of(line(CoverKind.DRUG, 1, 100_000, null)),
                Used.NOTHING);
        assertEquals(3L, r.lines().get(0).coverId());
    }

    // ---------------------------------------------------------------- rounding

    @Test
    void theFranchiseRoundsDownToTheWholeRialInTheMembersFavour() {
        // 30% of 1,234,567 = 370,370.1 → 370,370; 30% of 999 = 299.7 → 299 (never up)
        Result r = DeductionEngine.compute(PLAN, List.of(visit(1_234_567), visit(999)), Used.NOTHING);
        assertEquals(370_370, amount(r.lines().get(0), DeductionKind.FRANCHISE));
        assertEquals(299, amount(r.lines().get(1), DeductionKind.FRANCHISE));
        assertEquals(1_235_566 - 370_669, r.payable());
        assertEquals(r.total(), r.payable() + r.deducted(DeductionKind.FRANCHISE), "every Rial accounted for");
    }

    @Test
    void aFranchiseBelowOneRialIsNoDeduction() {
        // 30% of 3 = 0.9 → 0: no franchise line at all
        Result r = DeductionEngine.compute(PLAN, List.of(visit(3)), Used.NOTHING);
        assertTrue(r.lines().get(0).deductions().isEmpty());
        assertEquals(3, r.payable());
    }

    @Test
    void theRoundingIsTheOnlyOneAndEveryAmountIsAWholeRial() {
        // the rest is exact integer arithmetic: total = payable + all deductions, line by line
        Result r = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 7, 333_333, 111_111L),
                line(CoverKind.DRUG, 3, 777_777, null), stay(99_999_999)), used(Map.of(3L, 1_000_001L),
                Map.of(2L, 1L)));
        for (LineResult l : r.lines()) {
            assertEquals(l.total(), l.payable() + l.deducted());
        }
        assertEquals(r.total(), r.commitment() + r.deducted(DeductionKind.OUT_OF_TARIFF)
                + r.deducted(DeductionKind.NOT_COVERED) + r.deducted(DeductionKind.OVER_CEILING));
    }

    // ---------------------------------------------------------------- explanations

    @Test
    void everySentenceGivesItsFiguresInPersianAndInEnglish() {
        // 2 × 3,000,000 with a tariff of 2,500,000: 1,000,000 out of tariff; allowed 5,000,000; franchise 30%
        // 1,500,000; share 3,500,000, left 10,000,000 − 8,000,000 = 2,000,000; over 1,500,000
        Result r = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 2, 3_000_000, 2_500_000L)),
                used(Map.of(1L, 8_000_000L), Map.of()));
        LineResult l = r.lines().get(0);
        Deduction tariff = only(l, DeductionKind.OUT_OF_TARIFF);
        assertEquals("Each unit cost 3,000,000 Rials and the approved tariff is 2,500,000 Rials; the difference on 2 "
                + "units, 1,000,000 Rials, is not paid.", tariff.explain(EN));
        String fa = tariff.explain(FA);
        assertTrue(fa.contains("۳٬۰۰۰٬۰۰۰") && fa.contains("۲٬۵۰۰٬۰۰۰") && fa.contains("۱٬۰۰۰٬۰۰۰"), fa);
        assertTrue(fa.contains("تعرفه"), fa);

        Deduction franchise = only(l, DeductionKind.FRANCHISE);
        assertEquals("The franchise of the cover “سرپایی” is 30 percent: of 5,000,000 Rials allowed, 1,500,000 Rials "
                + "are your share.", franchise.explain(EN));
        String faFranchise = franchise.explain(FA);
        assertTrue(faFranchise.contains("۵٬۰۰۰٬۰۰۰") && faFranchise.contains("۱٬۵۰۰٬۰۰۰")
                && faFranchise.contains("فرانشیز") && faFranchise.contains("سرپایی"), faFranchise);

        Deduction over = only(l, DeductionKind.OVER_CEILING);
        assertEquals("The annual ceiling of the cover “سرپایی” is 10,000,000 Rials per person; 8,000,000 Rials of it "
                + "were used before and 2,000,000 Rials were left, so 1,500,000 Rials are over the ceiling and not "
                + "paid.", over.explain(EN));
        String faOver = over.explain(FA);
        assertTrue(faOver.contains("۱۰٬۰۰۰٬۰۰۰") && faOver.contains("۸٬۰۰۰٬۰۰۰") && faOver.contains("۲٬۰۰۰٬۰۰۰")
                && faOver.contains("۱٬۵۰۰٬۰۰۰") && faOver.contains("هر نفر"), faOver);
    }

    @Test
    void theFamilyAndNotCoveredSentencesSayWhoseCeilingAndWhy() {
        Result family = DeductionEngine.compute(PLAN, List.of(stay(10_000_000)),
                used(Map.of(), Map.of(2L, 49_000_000L)));
        String faFamily = only(family.lines().get(0), DeductionKind.OVER_CEILING).explain(FA);
        assertTrue(faFamily.contains("کل خانواده") && faFamily.contains("۴۹٬۰۰۰٬۰۰۰")
                && faFamily.contains("۸٬۰۰۰٬۰۰۰"), faFamily);
        assertTrue(only(family.lines().get(0), DeductionKind.OVER_CEILING).explain(EN).contains("for the whole family"));

        Result none = DeductionEngine.compute(PLAN, List.of(line(CoverKind.OPTICS, 1, 4_200_000, null)),
                Used.NOTHING);
        Deduction d = only(none.lines().get(0), DeductionKind.NOT_COVERED);
        assertEquals("This service is not among your contract’s covers; 4,200,000 Rials are not paid.",
                d.explain(EN));
        assertTrue(d.explain(FA).contains("۴٬۲۰۰٬۰۰۰"), d.explain(FA));
    }

    // ---------------------------------------------------------------- determinism and refusals

    @Test
    void theSameInputAlwaysGivesTheSameResult() {
        List<Line> lines = List.of(visit(1_234_567), stay(33_333_333), line(CoverKind.DRUG, 4, 600_000, 550_000L),
                line(CoverKind.DENTAL, 1, 9_000_000, null));
        Used used = used(Map.of(1L, 9_000_000L, 3L, 100L), Map.of(2L, 20_000_000L));
        Result first = DeductionEngine.compute(PLAN, lines, used);
        for (int i = 0; i < 100; i++) {
            assertEquals(first, DeductionEngine.compute(PLAN, new ArrayList<>(lines), used));
        }
    }

    @Test
    void theInputIsNotChanged() {
        Used used = used(Map.of(1L, 1_000L), Map.of());
        List<Line> lines = List.of(visit(1_000_000), visit(2_000_000));
        DeductionEngine.compute(PLAN, lines, used);
        assertEquals(Map.of(1L, 1_000L), used.person());
        assertEquals(2, lines.size());
    }

    @Test
    void aClaimWithoutLinesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> DeductionEngine.compute(PLAN, List.of(), Used.NOTHING));
        assertEquals(Assessment.KEY_NO_ITEMS, e.key());
    }

    @Test
    void negativeOrZeroQuantitiesAndNegativePricesAreRefused() {
        assertEquals(Assessment.KEY_NEGATIVE, assertThrows(ValidationException.class,
                () -> line(CoverKind.DRUG, 0, 100, null)).key());
        assertEquals(Assessment.KEY_NEGATIVE, assertThrows(ValidationException.class,
                () -> line(CoverKind.DRUG, 1, -1, null)).key());
        assertEquals(Assessment.KEY_NEGATIVE, assertThrows(ValidationException.class,
                () -> line(CoverKind.DRUG, 1, 1, -5L)).key());
        assertThrows(IllegalArgumentException.class, () -> new PlanCover(1, "x", null, 100, 101, false));
        assertThrows(IllegalArgumentException.class, () -> new PlanCover(1, "x", null, -1, 10, false));
    }

    @Test
    void amountsTooLargeForARialAreRefusedNotWrappedRound() {
        // quantity × price beyond 9.2 × 10^18
        assertEquals(DeductionEngine.KEY_TOO_LARGE, assertThrows(ValidationException.class,
                () -> DeductionEngine.compute(PLAN, List.of(line(CoverKind.OUTPATIENT, 1_000, Long.MAX_VALUE / 100,
                        null)), Used.NOTHING)).key());
        // two lines that fit alone but not together
        Line huge = line(CoverKind.DENTAL, 1, Long.MAX_VALUE / 2 + 1, null);
        assertEquals(DeductionEngine.KEY_TOO_LARGE, assertThrows(ValidationException.class,
                () -> DeductionEngine.compute(PLAN, List.of(huge, huge), Used.NOTHING)).key());
        // the franchise's product (allowed × percent)
        assertEquals(DeductionEngine.KEY_TOO_LARGE, assertThrows(ValidationException.class,
                () -> DeductionEngine.compute(PLAN, List.of(visit(Long.MAX_VALUE / 10)), Used.NOTHING)).key());
    }

    // ---------------------------------------------------------------- hand-calculated cases

    /**
     * One line of one kind against a plan of one cover. Columns: quantity, unit price, tariff (blank: none), kind
     * covered (false: the plan has no cover of the line's kind), franchise %, annual ceiling, used before; then the
     * expected out of tariff, not covered, franchise, over ceiling, commitment, payable.
     */
    @ParameterizedTest(name = "{index}: {0} × {1} (tariff {2})")
    @CsvSource(nullValues = "", value = {
            // 1 × 1,000,000, no tariff, 30%: franchise 300,000; commitment 1,000,000; payable 700,000
            "1, 1000000,        , true,  30, 10000000,        0,       0,       0,  300000,       0, 1000000,  700000",
            // 2 × 1,500,000 = 3,000,000, tariff 1,200,000: out 2 × 300,000 = 600,000; allowed 2,400,000;
            // franchise 10% = 240,000; share 2,160,000 ≤ 50,000,000; commitment 2,400,000; payable 2,160,000
            "2, 1500000, 1200000, true,  10, 50000000,        0,  600000,       0,  240000,       0, 2400000, 2160000",
            // 1 × 5,000,000, 20%: franchise 1,000,000; share 4,000,000; left 3,000,000 − 1,000,000 = 2,000,000;
            // over 2,000,000; commitment 5,000,000 − 2,000,000 = 3,000,000; payable 2,000,000
            "1, 5000000,        , true,  20,  3000000,  1000000,       0,       0, 1000000, 2000000, 3000000, 2000000",
            // ceiling already spent: share 700,000 all over; commitment 300,000 (the franchise); payable 0
            "1, 1000000,        , true,  30,  2000000,  2000000,       0,       0,  300000,  700000,  300000,       0",
            // used beyond the ceiling (a ceiling lowered later): left is 0, not negative
            "1, 1000000,        , true,  30,  2000000,  2500000,       0,       0,  300000,  700000,  300000,       0",
            // kind not in the plan: 4 × 250,000 = 1,000,000 all not covered
            "4,  250000,        , false, 30, 10000000,        0,       0, 1000000,       0,       0,       0,       0",
            // not covered after the tariff: 1 × 900,000, tariff 600,000: 300,000 out, 600,000 not covered
            "1,  900000,  600000, false, 30, 10000000,        0,  300000,  600000,       0,       0,       0,       0",
            // 3 × 333,333 = 999,999 at 15%: 149,999.85 → 149,999 (down); payable 850,000
            "3,  333333,        , true,  15, 10000000,        0,       0,       0,  149999,       0,  999999,  850000",
            // 7 × 1,111 = 7,777, tariff 1,000: out 777; allowed 7,000 at 33%: 2,310; payable 4,690
            "7,    1111,    1000, true,  33, 10000000,        0,     777,       0,    2310,       0,    7000,    4690",
            // 100% franchise: the member pays all; nothing charged, nothing over
            "1, 2000000,        , true, 100,  1000000,        0,       0,       0, 2000000,       0, 2000000,       0",
            // 0% franchise, share 2,000,000, left 1,500,000: over 500,000; commitment = payable = 1,500,000
            "1, 2000000,        , true,   0,  5000000,  3500000,       0,       0,       0,  500000, 1500000, 1500000",
            // a free line (price 0): nothing at all
            "1,       0,    5000, true,  30, 10000000,        0,       0,       0,       0,       0,       0,       0",
            // zero ceiling: 1 × 400,000 at 25%: franchise 100,000, share 300,000 all over; payable 0
            "1,  400000,        , true,  25,        0,        0,       0,       0,  100000,  300000,  100000,       0",
            // 12 × 45,000 = 540,000, tariff 35,000: out 12 × 10,000 = 120,000; allowed 420,000 at 30% = 126,000;
            // share 294,000, left 200,000: over 94,000; commitment 540,000 − 120,000 − 94,000 = 326,000; payable 200,000
            "12,  45000,   35000, true,  30,  2000000,  1800000,  120000,       0,  126000,   94000,  326000,  200000",
    })
    void handCalculatedCases(int quantity, long unitPrice, Long tariff, boolean covered, int franchisePercent,
                             long ceiling, long usedBefore, long outOfTariff, long notCovered, long franchise,
                             long overCeiling, long commitment, long payable) {
        PlanCover cover = new PlanCover(7, "پوشش", covered ? CoverKind.OUTPATIENT : CoverKind.HOSPITAL, ceiling,
                franchisePercent, false);
        Result r = DeductionEngine.compute(List.of(cover), List.of(line(CoverKind.OUTPATIENT, quantity, unitPrice,
                tariff)), used(Map.of(7L, usedBefore), Map.of()));
        assertEquals((long) quantity * unitPrice, r.total(), "total");
        assertEquals(outOfTariff, r.deducted(DeductionKind.OUT_OF_TARIFF), "out of tariff");
        assertEquals(notCovered, r.deducted(DeductionKind.NOT_COVERED), "not covered");
        assertEquals(franchise, r.deducted(DeductionKind.FRANCHISE), "franchise");
        assertEquals(overCeiling, r.deducted(DeductionKind.OVER_CEILING), "over ceiling");
        assertEquals(commitment, r.commitment(), "commitment");
        assertEquals(payable, r.payable(), "payable");
        assertEquals(covered ? Map.of(7L, payable) : Map.of(), r.charged(), "what the ceiling is charged");
    }

    /**
     * A family's hospital ceiling shared by two claims of two of its members, computed one after the other as the
     * assessment desk does (the second sees what the first charged). Columns: first claim, second claim, family used
     * before; expected payable of each.
     */
    @ParameterizedTest(name = "{index}: {0} then {1} after {2}")
    @CsvSource({
            // ceiling 50,000,000, franchise 10%. 10,000,000 → 9,000,000; 20,000,000 → 18,000,000; both fit
            "10000000, 20000000,        0,  9000000, 18000000",
            // used 45,000,000: 5,000,000 left. first share 9,000,000 → paid 5,000,000; second: 0 left → 0
            "10000000, 20000000, 45000000,  5000000,        0",
            // used 30,000,000: 20,000,000 left. first 9,000,000 (11,000,000 left); second share 18,000,000 → 11,000,000
            "10000000, 20000000, 30000000,  9000000, 11000000",
    })
    void aFamilyCeilingIsSharedAcrossClaimsOfItsMembers(long first, long second, long familyUsed, long paidFirst,
                                                        long paidSecond) {
        Result a = DeductionEngine.compute(PLAN, List.of(stay(first)), used(Map.of(), Map.of(2L, familyUsed)));
        long after = familyUsed + a.charged().get(2L);
        Result b = DeductionEngine.compute(PLAN, List.of(stay(second)), used(Map.of(), Map.of(2L, after)));
        assertEquals(paidFirst, a.payable());
        assertEquals(paidSecond, b.payable());
        assertTrue(familyUsed + a.payable() + b.payable() <= Math.max(familyUsed, HOSPITAL.annualCeiling()),
                "never beyond the ceiling");
    }
}
