package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.CoverKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is left of each ceiling: the person's own use, the family's sum for a family ceiling, never below zero. */
class CeilingsTest {

    private static final Ceilings.Plan HOSPITAL =
            new Ceilings.Plan(10, "بستری", CoverKind.HOSPITAL, true, 50_000_000, 1);
    private static final Ceilings.Plan DRUG = new Ceilings.Plan(11, "دارو", CoverKind.DRUG, false, 5_000_000, 2);
    private static final Ceilings.Plan DENTAL = new Ceilings.Plan(12, "دندان", CoverKind.DENTAL, false, 3_000_000, 3);

    @Test
    void aPersonalCeilingCountsOnlyThePersonsOwnUse() {
        List<CeilingLine> lines = Ceilings.lines(List.of(DRUG), Map.of(11L, 1_200_000L), Map.of(11L, 4_000_000L));
        CeilingLine drug = lines.get(0);
        assertFalse(drug.familyCeiling());
        assertEquals(1_200_000, drug.used());
        assertEquals(3_800_000, drug.remaining());
        assertEquals(24, drug.percentUsed());
        assertEquals(0, drug.overUsed());
    }

    @Test
    void aFamilyCeilingCountsTheWholeFamilysUse() {
        List<CeilingLine> lines = Ceilings.lines(List.of(HOSPITAL), Map.of(10L, 2_000_000L),
                Map.of(10L, 12_000_000L));
        CeilingLine hospital = lines.get(0);
        assertTrue(hospital.familyCeiling());
        assertEquals(12_000_000, hospital.used());
        assertEquals(38_000_000, hospital.remaining());
        assertEquals(24, hospital.percentUsed());
    }

    @Test
    void overUseLeavesNothingAndNeverANegativeRemainder() {
        CeilingLine dental = Ceilings.lines(List.of(DENTAL), Map.of(12L, 3_500_000L), Map.of()).get(0);
        assertEquals(0, dental.remaining());
        assertEquals(500_000, dental.overUsed());
        assertEquals(100, dental.percentUsed());
        assertEquals(0, dental.percentRemaining());
    }

    @Test
    void nothingUsedIsAFullCeiling() {
        List<CeilingLine> lines = Ceilings.lines(List.of(DENTAL, DRUG, HOSPITAL), Map.of(), Map.of());
        assertEquals(List.of(10L, 11L, 12L), lines.stream().map(CeilingLine::coverId).toList(), "the plan's order");
        lines.forEach(l -> {
            assertEquals(0, l.used());
            assertEquals(l.ceiling(), l.remaining());
            assertEquals(0, l.percentUsed());
        });
    }

    @Test
    void aBarIsNotFullWhileSomethingRemains() {
        CeilingLine almost = new CeilingLine(1, "x", CoverKind.OTHER, false, 1_000, 999);
        assertEquals(99, almost.percentUsed());
        assertEquals(1, almost.remaining());
        CeilingLine exact = new CeilingLine(1, "x", CoverKind.OTHER, false, 1_000, 1_000);
        assertEquals(100, exact.percentUsed());
    }

    @Test
    void aZeroCeilingIsUsedUpOnceAnythingIsUsed() {
        assertEquals(0, new CeilingLine(1, "x", null, false, 0, 0).percentUsed());
        assertEquals(100, new CeilingLine(1, "x", null, false, 0, 1).percentUsed());
    }

    @Test
    void hugeAmountsDoNotOverflow() {
        CeilingLine big = new CeilingLine(1, "x", null, true, Long.MAX_VALUE / 2, Long.MAX_VALUE / 4);
        assertEquals(50, big.percentUsed());
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CeilingLine(1, "x", null, false, -1, 0));
    }

    @Test
    void theQueriesReadTheIndexedColumns() {
        assertTrue(Ceilings.PERSON_USAGE_SQL.contains("where person_id = ? and contract_id = ?"),
                "ix_cover_usage_person (person_id, contract_id)");
        assertTrue(Ceilings.FAMILY_USAGE_SQL.contains("where main_person_id = ? and contract_id = ?"),
                "ix_cover_usage_family (main_person_id, contract_id)");
    }
}
