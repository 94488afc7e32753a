package ir.hami.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CenterFilterTest {

    @Test
    void noChoiceListsActiveCentresOnly() {
        CenterFilter.Where where = CenterFilter.all().where();
        assertEquals("c.active = true", where.jpql());
        assertTrue(where.params().isEmpty());
    }

    @Test
    void arabicLettersAndSpacesAreNormalisedIntoWords() {
        CenterFilter filter = new CenterFilter("  بيمارستان   كوثر ", null, null, null, false, false);
        assertEquals(List.of("بیمارستان", "کوثر"), filter.nameWords());
        CenterFilter.Where where = filter.where();
        assertTrue(where.jpql().contains(
                "c.id in (select t0.centerId from CenterNameToken t0 where t0.token like :w0)"));
        assertTrue(where.jpql().contains(
                "c.id in (select t1.centerId from CenterNameToken t1 where t1.token like :w1)"));
        assertEquals("بیمارستان%", where.params().get("w0"));
        assertEquals("کوثر%", where.params().get("w1"));
    }

    @Test
    void punctuationAndWildcardsTypedByAMemberOnlySeparateWords() {
        assertEquals(List.of("50", "a", "شیراز"),
                new CenterFilter("50%_a! (شیراز)،", null, null, null, false, false).nameWords());
        assertTrue(new CenterFilter("% _ ،", null, null, null, false, false).nameWords().isEmpty());
    }

    @Test
    void aNameIsIndexedByEverySuffixOfEveryWord() {
        assertEquals(java.util.Set.of("شفا", "فا", "ا", "شیراز", "یراز", "راز", "از", "ز"),
                TreatmentCenter.nameTokens("شفا، (شيراز)"));
        assertEquals(List.of("ابن", "سینا", "icu"), TreatmentCenter.searchWords("ابن\u200Cسینا ICU"));
        assertEquals(50, TreatmentCenter.nameTokens("x".repeat(80)).iterator().next().length());
    }

    @Test
    void atMostFiveWordsOfFiftyCharacters() {
        CenterFilter filter = new CenterFilter("a b c d e f g " + "x".repeat(80), null, null, null, false, false);
        assertEquals(5, filter.nameWords().size());
        CenterFilter longWord = new CenterFilter("x".repeat(80), null, null, null, false, false);
        assertEquals(50, longWord.nameWords().get(0).length());
    }

    @Test
    void cityNarrowsInsteadOfProvince() {
        Map<String, Object> params = new CenterFilter(null, 8L, 120L, null, false, false).where().params();
        assertEquals(Map.of("city", 120L), params);
        assertEquals(Map.of("province", 8L), new CenterFilter(null, 8L, null, null, false, false).where().params());
    }

    @Test
    void typeAndTickedFlagsNarrow() {
        CenterFilter.Where where = new CenterFilter(null, null, null, CenterType.LABORATORY, true, true).where();
        assertEquals(CenterType.LABORATORY, where.params().get("type"));
        assertTrue(where.jpql().contains("c.issuesReferrals = true"));
        assertTrue(where.jpql().contains("c.onlineReferrals = true"));
        assertFalse(new CenterFilter(null, null, null, null, false, false).where().jpql().contains("Referrals"));
    }
}
