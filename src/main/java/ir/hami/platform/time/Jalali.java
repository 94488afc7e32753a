package ir.hami.platform.time;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import net.time4j.PlainDate;
import net.time4j.calendar.PersianAlgorithm;
import net.time4j.calendar.PersianCalendar;
import net.time4j.format.expert.ChronoFormatter;
import net.time4j.format.expert.PatternType;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversion between {@link LocalDate} and the Jalali (Solar Hijri) calendar.
 *
 * <p>Rule: the official Iranian calendar, computed by Time4J's
 * {@link PersianAlgorithm#ASTRONOMICAL} algorithm: a year starts on the day of the
 * vernal equinox if it falls before noon Iran Standard Time (UTC+03:30, meridian
 * 52.5&deg;E), else on the next day. Months 1–6 have 31 days, 7–11 have 30, Esfand
 * has 30 days in a leap year and 29 otherwise. The text form is
 * {@code yyyy/MM/dd} with ASCII digits. Supported are the Jalali years
 * {@value #MIN_YEAR}–{@value #MAX_YEAR}, the days {@link #MIN_DATE} to {@link #MAX_DATE}.
 */
public final class Jalali {

    /** First supported Jalali year. */
    public static final int MIN_YEAR = 1200;
    /** Last supported Jalali year. */
    public static final int MAX_YEAR = 1599;
    /** First supported day, 1200/01/01. */
    public static final LocalDate MIN_DATE = LocalDate.of(1821, 3, 21);
    /** Last supported day, 1599/12/29. */
    public static final LocalDate MAX_DATE = LocalDate.of(2221, 3, 20);

    /** Key: not a possible Jalali date. */
    public static final String KEY_INVALID = "date.invalid";
    /** Key: a birth date after today. */
    public static final String KEY_BIRTH_IN_FUTURE = "birthDate.future";

    private static final PersianAlgorithm ALGORITHM = PersianAlgorithm.ASTRONOMICAL;

    /** Reads y/M/d with the astronomical algorithm; refuses impossible dates. */
    private static final ChronoFormatter<PersianCalendar> ASTRONOMICAL_YMD =
            ChronoFormatter.ofPattern("y/M/d", PatternType.CLDR, Locale.ROOT, PersianCalendar.axis())
                    .with(PersianAlgorithm.attribute(), ALGORITHM);

    private static final Pattern TEXT =
            Pattern.compile("([0-9]{4}) ?([/-]) ?([0-9]{1,2}) ?\\2 ?([0-9]{1,2})");

    private static final String[] PERSIAN_MONTHS = {
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"
    };
    private static final String[] LATIN_MONTHS = {
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"
    };

    private Jalali() {
    }

    /**
     * A day of the Jalali calendar.
     *
     * @param year  Jalali year, for example 1403
     * @param month 1 (Farvardin) to 12 (Esfand)
     * @param day   1 to 31
     */
    public record Date(int year, int month, int day) {

        /**
         * Checks the ranges of month (1–12) and day (1–31); whether the day exists in
         * that month and year is checked by {@link #toLocalDate()}.
         *
         * @throws IllegalArgumentException if month or day is out of range
         */
        public Date {
            checkMonth(month);
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("Day must be 1 to 31: " + day);
            }
        }

        /**
         * @return the Gregorian date
         * @throws ValidationException {@link Jalali#KEY_INVALID} if there is no such Jalali date
         */
        public LocalDate toLocalDate() {
            return Jalali.toLocalDate(year, month, day);
        }

        /** @return {@code yyyy/MM/dd}, zero-padded, ASCII digits */
        @Override
        public String toString() {
            return year + "/" + twoDigits(month) + "/" + twoDigits(day);
        }
    }

    /**
     * @param date a Gregorian date, may be {@code null}
     * @return the Jalali date as {@code "1398/06/14"}, {@code null} for {@code null}
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public static String format(LocalDate date) {
        return date == null ? null : toJalali(date).toString();
    }

    /**
     * Reads a Jalali date typed by a person: {@code "1398/6/14"}, {@code "1398-06-14"},
     * {@code "۱۳۹۸/۰۶/۱۴"}; a four-digit year, then month and day, separated by the
     * same '/' or '-'.
     *
     * @param text the Jalali date
     * @return the Gregorian date
     * @throws ValidationException {@link #KEY_INVALID} if the text is not a possible date
     */
    public static LocalDate parse(String text) {
        String s = PersianText.normalize(text);
        Matcher m = TEXT.matcher(s == null ? "" : s);
        if (!m.matches()) {
            throw new ValidationException(KEY_INVALID);
        }
        return toLocalDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    /**
     * @param year  Jalali year
     * @param month Jalali month, 1 to 12
     * @param day   day of month
     * @return the Gregorian date
     * @throws ValidationException {@link #KEY_INVALID} if there is no such Jalali date
     *                             (or the year is not supported)
     */
    public static LocalDate toLocalDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12
                || day < 1 || day > lengthOfMonth(year, month)) {
            throw new ValidationException(KEY_INVALID);
        }
        try {
            PersianCalendar pc = ASTRONOMICAL_YMD.parse(year + "/" + month + "/" + day);
            return pc.transform(PlainDate.axis()).toTemporalAccessor();
        } catch (ParseException e) {
            throw new ValidationException(e, KEY_INVALID);
        }
    }

    /**
     * @param date a Gregorian date
     * @return the same day in the Jalali calendar
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public static Date toJalali(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new IllegalArgumentException("Outside the supported Jalali years: " + date);
        }
        PersianCalendar.Date d = PlainDate.from(date).transform(PersianCalendar.axis()).getDate(ALGORITHM);
        return new Date(d.getInt(PersianCalendar.YEAR_OF_ERA),
                d.get(PersianCalendar.MONTH_OF_YEAR).getValue(), d.getInt(PersianCalendar.DAY_OF_MONTH));
    }

    /**
     * @param date a Gregorian date
     * @return its Jalali year
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public static int year(LocalDate date) {
        return toJalali(date).year();
    }

    /**
     * @param jalaliYear a Jalali year
     * @return whether the year has 366 days (Esfand has 30 days)
     * @throws IllegalArgumentException if the year is not supported
     */
    public static boolean isLeapYear(int jalaliYear) {
        if (jalaliYear < MIN_YEAR || jalaliYear > MAX_YEAR) {
            throw new IllegalArgumentException("Unsupported Jalali year: " + jalaliYear);
        }
        return ALGORITHM.isLeapYear(jalaliYear);
    }

    /**
     * @param jalaliYear a Jalali year
     * @param month      1 to 12
     * @return the number of days of the month: 31, 30, or 29/30 for Esfand
     * @throws IllegalArgumentException if the year is not supported or the month not 1–12
     */
    public static int lengthOfMonth(int jalaliYear, int month) {
        checkMonth(month);
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(jalaliYear) ? 30 : 29;
    }

    /**
     * @param month  1 (Farvardin) to 12 (Esfand)
     * @param locale Persian ({@code fa}, or {@code null}) gives فروردین…اسفند, any
     *               other language the Latin transliteration Farvardin…Esfand
     * @return the name of the month
     * @throws IllegalArgumentException if the month is not 1–12
     */
    public static String monthName(int month, Locale locale) {
        checkMonth(month);
        return (PersianText.isPersian(locale) ? PERSIAN_MONTHS : LATIN_MONTHS)[month - 1];
    }

    /**
     * Age in full Jalali years: it grows on the Jalali anniversary of the birth date
     * (someone born on 30 Esfand of a leap year gets older on 1 Farvardin in other
     * years).
     *
     * @param birth the birth date
     * @param today the day at which the age is wanted
     * @return the age in full years, 0 or more
     * @throws ValidationException {@link #KEY_BIRTH_IN_FUTURE} if birth is after today
     */
    public static int age(LocalDate birth, LocalDate today) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(today, "today");
        if (birth.isAfter(today)) {
            throw new ValidationException(KEY_BIRTH_IN_FUTURE);
        }
        Date b = toJalali(birth);
        Date t = toJalali(today);
        int age = t.year() - b.year();
        if (t.month() < b.month() || t.month() == b.month() && t.day() < b.day()) {
            age--;
        }
        return age;
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month must be 1 to 12: " + month);
        }
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
