package ir.hami.platform.money;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;

import java.util.Locale;

/**
 * Amounts in whole Rials.
 *
 * <p>Rule: an amount is shown grouped by thousands, {@code "3,146,000"}; in Persian
 * ({@code fa}) with Persian digits and the Persian thousands separator U+066C,
 * {@code "۳٬۱۴۶٬۰۰۰"}. Input is read with any digits and, optionally, thousands
 * separators ({@code ,} {@code ٬} {@code ،} {@code '} or a space) that must then
 * separate groups of exactly three digits. Negative amounts, fractions and anything
 * that is not a number are refused.
 */
public final class Rial {

    /** Key: not a non-negative whole number of Rials. */
    public static final String KEY_INVALID = "amount.invalid";

    /** Persian thousands separator, U+066C. */
    public static final char PERSIAN_GROUPING = '\u066C';

    private static final String SEPARATORS = ",\u066C\u060C' ";

    private Rial() {
    }

    /**
     * @param amount Rials, negative amounts get a leading '-'
     * @return the amount grouped by thousands with ASCII digits, {@code "3,146,000"}
     */
    public static String format(long amount) {
        String digits = Long.toString(amount);
        int start = amount < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * @param amount Rials
     * @param locale the reader's locale; Persian ({@code fa}, or {@code null}) gets
     *               Persian digits and separator, other languages {@link #format(long)}
     * @return the amount grouped by thousands
     */
    public static String format(long amount, Locale locale) {
        String ascii = format(amount);
        return PersianText.isPersian(locale)
                ? PersianText.toPersianDigits(ascii).replace(',', PERSIAN_GROUPING)
                : ascii;
    }

    /**
     * @param text what a person typed, for example {@code "3,146,000"}, {@code "۳٬۱۴۶٬۰۰۰"}
     *             or {@code "3146000"}
     * @return the amount in Rials, 0 or more
     * @throws ValidationException {@link #KEY_INVALID} for negatives, fractions,
     *                             misplaced separators, non-numbers and overflow
     */
    public static long parse(String text) {
        String s = PersianText.normalize(text);
        if (s == null || s.isEmpty()) {
            throw new ValidationException(KEY_INVALID);
        }
        StringBuilder unified = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            unified.append(SEPARATORS.indexOf(c) >= 0 ? ',' : c);
        }
        String u = unified.toString();
        if (!u.matches("[0-9]+") && !u.matches("[0-9]{1,3}(,[0-9]{3})+")) {
            throw new ValidationException(KEY_INVALID);
        }
        try {
            return Long.parseLong(u.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new ValidationException(e, KEY_INVALID);
        }
    }
}
