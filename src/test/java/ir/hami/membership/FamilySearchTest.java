package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FamilySearchTest {

    @Test
    void blankSearchFindsEverybody() {
        assertTrue(FamilySearch.parse(null).isEverybody());
        assertTrue(FamilySearch.parse("   ").isEverybody());
        assertTrue(FamilySearch.parse("\u200c\u200f").isEverybody());
    }

    @Test
    void arabicYehAndKafAreReadAsPersian() {
        FamilySearch search = FamilySearch.parse("علي كريمي");
        assertEquals(List.of("علی", "کریمی"), search.nameWords());
        assertNull(search.nationalIdPrefix());
    }

    @Test
    void persianAndArabicDigitsAreANationalIdPrefix() {
        assertEquals("0012", FamilySearch.parse("۰۰۱۲").nationalIdPrefix());
        assertEquals("0012", FamilySearch.parse("٠٠١٢").nationalIdPrefix());
        assertEquals("0012345679", FamilySearch.parse(" ۰۰۱ ۲۳۴۵۶۷ ۹ ").nationalIdPrefix());
    }

    @Test
    void digitsAndNamesMixed() {
        FamilySearch search = FamilySearch.parse("زهرا ۴۵");
        assertEquals("45", search.nationalIdPrefix());
        assertEquals(List.of("زهرا"), search.nameWords());
    }

    @Test
    void moreThanTenDigitsCanMatchNoNationalId() {
        assertEquals(11, FamilySearch.parse("123456789012345").nationalIdPrefix().length());
    }

    @Test
    void wordsAreBounded() {
        FamilySearch search = FamilySearch.parse("ا ب پ ت ث ج چ " + "ک".repeat(80));
        assertEquals(FamilySearch.MAX_WORDS, search.nameWords().size());
        FamilySearch longWord = FamilySearch.parse("ک".repeat(80));
        assertEquals(FamilySearch.MAX_WORD_LENGTH, longWord.nameWords().get(0).length());
    }

    @Test
    void likeWildcardsTypedByAPersonAreEscaped() {
        assertEquals("%50!%!_!!%", FamilySearch.contains("50%_!"));
        assertEquals("12!%%", FamilySearch.startsWith("12%"));
        assertEquals("%تست‌زاده%", FamilySearch.contains("تست‌زاده"));
    }
}
