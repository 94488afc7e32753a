package ir.hami.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersianTextTest {

    private static final String PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
    private static final String ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";
    private static final String ZWNJ = "\u200C";

    @Test
    void persianDigitsBecomeAscii() {
        assertEquals("U+06F0", String.format("U+%04X", (int) PERSIAN_DIGITS.charAt(0)));
        assertEquals("0123456789", PersianText.normalizeDigits(PERSIAN_DIGITS));
    }

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertEquals("U+0660", String.format("U+%04X", (int) ARABIC_DIGITS.charAt(0)));
        assertEquals("0123456789", PersianText.normalizeDigits(ARABIC_DIGITS));
    }

    @Test
    void mixedDigitsInTextBecomeAsciiAndTheRestStays() {
        assertEquals("کد 0012-34 ٫ abc 9", PersianText.normalizeDigits("کد ۰۰١٢-۳٤ ٫ abc ۹"));
    }

    @Test
    void digitNormalisationLeavesLettersAndSpacesAlone() {
        assertEquals("  علي  ", PersianText.normalizeDigits("  علي  "));
    }

    @Test
    void nullStaysNullEverywhere() {
        assertNull(PersianText.normalizeDigits(null));
        assertNull(PersianText.normalizeLetters(null));
        assertNull(PersianText.normalize(null));
        assertNull(PersianText.toPersianDigits(null));
        assertNull(PersianText.localizeDigits(null, Locale.ENGLISH));
        assertNull(PersianText.digitsOnly(null));
    }

    @Test
    void emptyStaysEmptyEverywhere() {
        assertEquals("", PersianText.normalizeDigits(""));
        assertEquals("", PersianText.normalizeLetters(""));
        assertEquals("", PersianText.normalize(""));
        assertEquals("", PersianText.toPersianDigits(""));
        assertEquals("", PersianText.digitsOnly(""));
    }

    @Test
    void arabicYehBecomesPersianYeh() {
        // U+064A ARABIC LETTER YEH -> U+06CC ARABIC LETTER FARSI YEH
        assertEquals("علی", PersianText.normalizeLetters("عل\u064A"));
        assertEquals('\u06CC', PersianText.normalizeLetters("\u064A").charAt(0));
    }

    @Test
    void alefMaksuraBecomesPersianYeh() {
        assertEquals("مصطفی", PersianText.normalizeLetters("مصطف\u0649"));
    }

    @Test
    void arabicKafBecomesPersianKaf() {
        assertEquals("\u06A9تاب", PersianText.normalizeLetters("\u0643تاب"));
    }

    @Test
    void persianLettersAreLeftAsTheyAre() {
        String persian = "کیان یکتا";
        assertEquals(persian, PersianText.normalizeLetters(persian));
    }

    @Test
    void tatweelIsRemoved() {
        assertEquals("سلام", PersianText.normalizeLetters("ســـلام"));
    }

    @Test
    void zwnjInsideAWordIsKept() {
        String word = "می" + ZWNJ + "روم";
        assertEquals(word, PersianText.normalizeLetters(word));
    }

    @Test
    void zwnjAtTheEndsNextToSpacesOrRepeatedIsDropped() {
        assertEquals("کتاب ها", PersianText.normalizeLetters(ZWNJ + "کتاب" + ZWNJ + " " + ZWNJ + "ها" + ZWNJ));
        assertEquals("کتاب" + ZWNJ + "ها", PersianText.normalizeLetters("کتاب" + ZWNJ + ZWNJ + "ها"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
        "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\uFEFF", "\u061C", "\u00AD"})
    void invisibleCharactersOtherThanZwnjAreRemoved(String invisible) {
        assertEquals("علی رضا", PersianText.normalizeLetters(invisible + "عل" + invisible + "ی رضا" + invisible));
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        assertEquals("علی رضایی", PersianText.normalizeLetters(" \t علی \n\r  رضایی \u00A0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", "\u2009", "\u3000", "\t", "\n", "\u2028"})
    void everyKindOfSpaceCountsAsSpace(String space) {
        assertEquals("a b", PersianText.normalizeLetters(space + "a" + space + space + "b" + space));
    }

    @Test
    void onlyBlanksBecomeEmpty() {
        assertEquals("", PersianText.normalizeLetters(" \t\u00A0" + ZWNJ + "\u200F "));
    }

    @Test
    void normalizeDoesDigitsAndLetters() {
        assertEquals("علی 1398/06/14", PersianText.normalize("  عل\u064A\u200F   ۱۳۹۸/٠٦/۱۴ "));
    }

    @Test
    void asciiDigitsBecomePersianForDisplay() {
        assertEquals(PERSIAN_DIGITS, PersianText.toPersianDigits("0123456789"));
        assertEquals("۱۳۹۸/۰۶/۱۴", PersianText.toPersianDigits("1398/06/14"));
    }

    @Test
    void arabicIndicDigitsBecomePersianForDisplay() {
        assertEquals(PERSIAN_DIGITS, PersianText.toPersianDigits(ARABIC_DIGITS));
    }

    @Test
    void persianDisplayLeavesLettersAlone() {
        assertEquals("IR۰۶ abc", PersianText.toPersianDigits("IR06 abc"));
    }

    @Test
    void persianReadersGetPersianDigitsOthersAscii() {
        assertEquals("۱۲۳", PersianText.localizeDigits("123", Locale.forLanguageTag("fa")));
        assertEquals("۱۲۳", PersianText.localizeDigits("١٢3", PersianText.PERSIAN));
        assertEquals("123", PersianText.localizeDigits("۱۲٣", Locale.ENGLISH));
        assertEquals("123", PersianText.localizeDigits("۱۲۳", Locale.forLanguageTag("ar")));
    }

    @Test
    void persianLocaleIsRecognisedByLanguage() {
        assertTrue(PersianText.isPersian(Locale.forLanguageTag("fa")));
        assertTrue(PersianText.isPersian(Locale.forLanguageTag("fa-AF")));
        assertTrue(PersianText.isPersian(null));
        assertFalse(PersianText.isPersian(Locale.US));
        assertFalse(PersianText.isPersian(Locale.ROOT));
    }

    @Test
    void digitsOnlyRemovesSpacesDashesAndInvisibles() {
        assertEquals("0012345679", PersianText.digitsOnly(" ۰۰۱-۲۳۴۵۶۷ – ۹\u200F\u00A0"));
        assertEquals("0912", PersianText.digitsOnly("0\u20119\u22121\u200C2"));
    }

    @Test
    void digitsOnlyKeepsOtherCharactersForTheValidationToSee() {
        assertEquals("+98abc/1", PersianText.digitsOnly("+۹۸ abc / 1"));
    }
}
