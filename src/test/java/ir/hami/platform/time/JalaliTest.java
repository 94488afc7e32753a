package ir.hami.platform.time;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JalaliTest {

    /**
     * Every leap year of 1206–1498 AP in the official table of the Calendar Center of
     * the Institute of Geophysics, University of Tehran (مرکز تقویم مؤسسه ژئوفیزیک
     * دانشگاه تهران): https://calendar.ut.ac.ir/Fa/News/Data/Doc/KabiseShamsi1206-1498-new.pdf
     * (plain-text copy with the Nowruz dates: https://github.com/roozbehp/persiancalendar,
     * file kabise.txt; the same list is used by the tests of ICU and of persian-calendar).
     * Years not listed are common years.
     */
    private static final int[] OFFICIAL_LEAP_YEARS_1206_1498 = {
        1210, 1214, 1218, 1222, 1226, 1230, 1234, 1238, 1243, 1247, 1251, 1255, 1259, 1263,
        1267, 1271, 1276, 1280, 1284, 1288, 1292, 1296, 1300, 1304, 1309, 1313, 1317, 1321,
        1325, 1329, 1333, 1337, 1342, 1346, 1350, 1354, 1358, 1362, 1366, 1370, 1375, 1379,
        1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436,
        1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469, 1474, 1478, 1482, 1486, 1490, 1494,
        1498
    };

    /** Nowruz (1 Farvardin) of 1206 in the same table. */
    private static final LocalDate OFFICIAL_NOWRUZ_1206 = LocalDate.of(1827, 3, 22);

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void leapYearsAreExactlyThoseOfTheOfficialTable1206To1498() {
        Set<Integer> leap = Arrays.stream(OFFICIAL_LEAP_YEARS_1206_1498).boxed().collect(Collectors.toSet());
        assertEquals(71, leap.size());
        for (int year = 1206; year <= 1498; year++) {
            assertEquals(leap.contains(year), Jalali.isLeapYear(year), "Jalali year " + year);
        }
    }

    @Test
    void esfandThirtyExistsExactlyInTheOfficialLeapYears1206To1498() {
        Set<Integer> leap = Arrays.stream(OFFICIAL_LEAP_YEARS_1206_1498).boxed().collect(Collectors.toSet());
        for (int year = 1206; year <= 1498; year++) {
            assertEquals(leap.contains(year) ? 30 : 29, Jalali.lengthOfMonth(year, 12), "Jalali year " + year);
            String esfand30 = year + "/12/30";
            if (leap.contains(year)) {
                assertEquals(esfand30, Jalali.format(Jalali.parse(esfand30)));
            } else {
                assertEquals(Jalali.KEY_INVALID,
                        assertThrows(ValidationException.class, () -> Jalali.parse(esfand30)).key(), esfand30);
            }
        }
    }

    @Test
    void nowruzOfEveryYear1206To1499FollowsTheOfficialTable() {
        Set<Integer> leap = Arrays.stream(OFFICIAL_LEAP_YEARS_1206_1498).boxed().collect(Collectors.toSet());
        LocalDate nowruz = OFFICIAL_NOWRUZ_1206;
        for (int year = 1206; year <= 1498; year++) {
            assertEquals(nowruz, Jalali.toLocalDate(year, 1, 1), "1 Farvardin " + year);
            assertEquals(year + "/01/01", Jalali.format(nowruz));
            LocalDate next = nowruz.plusDays(leap.contains(year) ? 366 : 365);
            assertEquals(year + (leap.contains(year) ? "/12/30" : "/12/29"), Jalali.format(next.minusDays(1)));
            nowruz = next;
        }
        assertEquals(LocalDate.of(2120, 3, 21), nowruz); // 1499, the table's own last date + 366
        assertEquals("1499/01/01", Jalali.format(nowruz));
    }

    @Test
    void knownAnchorsOfTheLeapCycle() {
        assertTrue(Jalali.isLeapYear(1399));
        assertTrue(Jalali.isLeapYear(1403));
        assertFalse(Jalali.isLeapYear(1404));
        assertFalse(Jalali.isLeapYear(1405));
        assertFalse(Jalali.isLeapYear(1406));
        assertFalse(Jalali.isLeapYear(1407));
        assertTrue(Jalali.isLeapYear(1408)); // five years after 1403, not four
    }

    @CsvSource({
        "2019-09-05, 1398/06/14",
        "2024-03-20, 1403/01/01",
        "2025-03-21, 1404/01/01",
        "1979-02-11, 1357/11/22",
        "2026-11-23, 1405/09/02",
        "2025-03-20, 1403/12/30",
        "2024-03-19, 1402/12/29",
        "2029-03-19, 1407/12/29",
        "2029-03-20, 1408/01/01",
        "2000-01-01, 1378/10/11",
        "2024-09-22, 1403/07/01",
        "2024-09-21, 1403/06/31",
        "1821-03-21, 1200/01/01",
        "2221-03-20, 1599/12/29"
    })
    @ParameterizedTest
    void fixedConversionsGoBothWays(LocalDate gregorian, String jalali) {
        assertEquals(jalali, Jalali.format(gregorian));
        assertEquals(gregorian, Jalali.parse(jalali));
    }

    @Test
    void everyDayOfTwoCyclesRoundTrips() {
        LocalDate day = LocalDate.of(1990, 1, 1);
        String previous = Jalali.format(day.minusDays(1));
        for (int i = 0; i < 33 * 366 * 2; i++, day = day.plusDays(1)) {
            String text = Jalali.format(day);
            assertEquals(day, Jalali.parse(text), text);
            assertTrue(text.compareTo(previous) > 0, previous + " then " + text);
            previous = text;
        }
    }

    @Test
    void formatPadsWithZerosAndUsesAsciiDigits() {
        assertEquals("1403/01/01", Jalali.format(LocalDate.of(2024, 3, 20)));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(FA);
            assertEquals("1398/06/14", Jalali.format(LocalDate.of(2019, 9, 5)));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formatOfNullIsNull() {
        assertNull(Jalali.format(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1398/6/14", "1398/06/14", "1398-06-14", "1398-6-14", "۱۳۹۸/۰۶/۱۴", "١٣٩٨/٠٦/١٤",
        " 1398/06/14 ", "1398 / 06 / 14", "\u200F۱۳۹۸/۶/۱۴\u200F", "۱۳۹۸-۰۶-۱۴"})
    void usualWaysOfTypingADateAreRead(String text) {
        assertEquals(LocalDate.of(2019, 9, 5), Jalali.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1404/13/01", // month 13
        "1404/00/10", // month 0
        "1404/01/00", // day 0
        "1404/01/32", // day 32
        "1404/06/32",
        "1404/07/31", // months 7 to 12 have 30 days
        "1404/08/31",
        "1404/11/31",
        "1404/12/31",
        "1404/12/30", // Esfand 30 in a common year
        "1405/12/30",
        "1407/12/30",
        "1403/12/31"  // not even in a leap year
    })
    void impossibleDatesAreRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Jalali.parse(text));
        assertEquals("date.invalid", e.key());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1398/06", "98/06/14", "01398/06/14", "1398/006/14", "1398/06/140", "1398.06.14",
        "1398/06-14", "14/06/1398", "1398/06/14/1", "۱۳۹۸ ۰۶ ۱۴", "1398//06/14", "tomorrow", "1398/O6/14",
        "+1398/06/14", "1398/-6/14"})
    void textThatIsNotADateIsRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Jalali.parse(text));
        assertEquals(Jalali.KEY_INVALID, e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1199/12/29", "1600/01/01", "0999/01/01", "9999/01/01"})
    void yearsOutsideTheSupportedRangeAreRefused(String text) {
        assertEquals(Jalali.KEY_INVALID, assertThrows(ValidationException.class, () -> Jalali.parse(text)).key());
    }

    @Test
    void supportedDaysAreThoseOfTheSupportedYears() {
        assertEquals(Jalali.MIN_DATE, Jalali.toLocalDate(Jalali.MIN_YEAR, 1, 1));
        assertEquals(Jalali.MAX_DATE, Jalali.toLocalDate(Jalali.MAX_YEAR, 12, Jalali.lengthOfMonth(Jalali.MAX_YEAR, 12)));
        assertEquals(Jalali.MIN_YEAR + "/01/01", Jalali.format(Jalali.MIN_DATE));
        assertEquals(Jalali.MAX_YEAR + "/12/29", Jalali.format(Jalali.MAX_DATE));
    }

    @Test
    void datesOutsideTheSupportedRangeCannotBeFormatted() {
        assertThrows(IllegalArgumentException.class, () -> Jalali.format(LocalDate.of(1821, 3, 20)));
        assertThrows(IllegalArgumentException.class, () -> Jalali.format(LocalDate.of(2221, 3, 21)));
        assertThrows(IllegalArgumentException.class, () -> Jalali.format(LocalDate.of(9999, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> Jalali.format(LocalDate.MIN));
        assertThrows(IllegalArgumentException.class, () -> Jalali.format(LocalDate.MAX));
        assertThrows(IllegalArgumentException.class, () -> Jalali.isLeapYear(1199));
        assertThrows(IllegalArgumentException.class, () -> Jalali.isLeapYear(1600));
    }

    @Test
    void toLocalDateRefusesImpossibleDates() {
        assertEquals(LocalDate.of(2025, 3, 20), Jalali.toLocalDate(1403, 12, 30));
        assertEquals(Jalali.KEY_INVALID,
                assertThrows(ValidationException.class, () -> Jalali.toLocalDate(1404, 12, 30)).key());
        assertThrows(ValidationException.class, () -> Jalali.toLocalDate(1404, 0, 1));
        assertThrows(ValidationException.class, () -> Jalali.toLocalDate(1404, 1, -1));
    }

    @Test
    void jalaliDateHasItsFieldsAndGoesBack() {
        Jalali.Date date = Jalali.toJalali(LocalDate.of(2026, 11, 23));
        assertEquals(new Jalali.Date(1405, 9, 2), date);
        assertEquals(1405, date.year());
        assertEquals(9, date.month());
        assertEquals(2, date.day());
        assertEquals("1405/09/02", date.toString());
        assertEquals(LocalDate.of(2026, 11, 23), date.toLocalDate());
        assertThrows(ValidationException.class, () -> new Jalali.Date(1404, 12, 30).toLocalDate());
        assertThrows(IllegalArgumentException.class, () -> new Jalali.Date(1404, 13, 1));
        assertThrows(IllegalArgumentException.class, () -> new Jalali.Date(1404, 1, 32));
        assertThrows(IllegalArgumentException.class, () -> new Jalali.Date(1404, 1, 0));
    }

    @Test
    void yearIsTheJalaliYear() {
        assertEquals(1403, Jalali.year(LocalDate.of(2025, 3, 20)));
        assertEquals(1404, Jalali.year(LocalDate.of(2025, 3, 21)));
        assertEquals(1357, Jalali.year(LocalDate.of(1979, 2, 11)));
        assertThrows(NullPointerException.class, () -> Jalali.year(null));
    }

    @Test
    void monthsHaveTheirLengths() {
        for (int month = 1; month <= 6; month++) {
            assertEquals(31, Jalali.lengthOfMonth(1404, month));
        }
        for (int month = 7; month <= 11; month++) {
            assertEquals(30, Jalali.lengthOfMonth(1404, month));
        }
        assertEquals(29, Jalali.lengthOfMonth(1404, 12));
        assertEquals(30, Jalali.lengthOfMonth(1403, 12));
        assertThrows(IllegalArgumentException.class, () -> Jalali.lengthOfMonth(1404, 13));
        assertThrows(IllegalArgumentException.class, () -> Jalali.lengthOfMonth(1404, 0));
    }

    @Test
    void persianMonthNamesAreInPersianLetters() {
        String[] expected = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
        for (int month = 1; month <= 12; month++) {
            String name = Jalali.monthName(month, FA);
            assertEquals(expected[month - 1], name);
            assertTrue(name.chars().noneMatch(c -> c == '\u064A' || c == '\u0643'), "Arabic letter in " + name);
        }
        assertEquals('\u06CC', Jalali.monthName(10, FA).charAt(1)); // دی with Persian yeh
        assertEquals("اسفند", Jalali.monthName(12, null));
        assertEquals("مهر", Jalali.monthName(7, Locale.forLanguageTag("fa-IR")));
    }

    @Test
    void otherLanguagesGetTransliteratedMonthNames() {
        assertEquals("Farvardin", Jalali.monthName(1, Locale.ENGLISH));
        assertEquals("Shahrivar", Jalali.monthName(6, Locale.US));
        assertEquals("Esfand", Jalali.monthName(12, Locale.GERMAN));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void monthNameNeedsMonthOneToTwelve(int month) {
        assertThrows(IllegalArgumentException.class, () -> Jalali.monthName(month, FA));
    }

    @CsvSource({
        "1990-05-10, 2024-05-08, 33", // born 1369/02/20; 1403/02/19
        "1990-05-10, 2024-05-09, 34", // 1403/02/20: the Jalali birthday, a day before the Gregorian one
        "1990-05-10, 2024-05-10, 34",
        "1990-05-10, 1990-05-10, 0",
        "1990-05-10, 1991-05-09, 0",  // 1370/02/19
        "1990-05-10, 1991-05-10, 1",  // 1370/02/20
        "2021-03-20, 2022-03-20, 0", // born 1399/12/30; 1400/12/29 is not yet the birthday
        "2021-03-20, 2022-03-21, 1", // 1401/01/01
        "2021-03-20, 2025-03-20, 4", // 1403/12/30 exists again
        "2000-03-20, 2001-03-20, 0", // 1379/01/01 to 1379/12/30: a Gregorian year but not a Jalali one
        "2000-03-20, 2001-03-21, 1"
    })
    @ParameterizedTest
    void ageCountsFullJalaliYears(LocalDate birth, LocalDate today, int age) {
        assertEquals(age, Jalali.age(birth, today));
    }

    @Test
    void birthAfterTodayIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Jalali.age(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        assertEquals("birthDate.future", e.key());
    }

    @Test
    void ageNeedsBothDates() {
        assertThrows(NullPointerException.class, () -> Jalali.age(null, LocalDate.of(2025, 1, 1)));
        assertThrows(NullPointerException.class, () -> Jalali.age(LocalDate.of(2025, 1, 1), null));
    }
}
