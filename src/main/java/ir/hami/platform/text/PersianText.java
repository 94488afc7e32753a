package ir.hami.platform.text;

import java.util.Locale;

/**
 * Normalisation of Persian user input and display of digits.
 *
 * <p>Rules: Persian digits (U+06F0–U+06F9) and Arabic-Indic digits (U+0660–U+0669)
 * become ASCII digits; Arabic yeh (U+064A) and alef maksura (U+0649) become Persian
 * yeh (U+06CC), Arabic kaf (U+0643) becomes Persian keheh (U+06A9); tatweel (U+0640)
 * and the invisible characters other than ZWNJ are removed; whitespace of any kind is
 * trimmed and collapsed to one space. Every method is null-safe: {@code null} gives
 * {@code null}.
 */
public final class PersianText {

    /** The Persian language, the default language of the portal. */
    public static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    /** Zero width non-joiner (نیم‌فاصله), the one invisible character that is kept. */
    public static final char ZWNJ = '\u200C';

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final char PERSIAN_YEH = '\u06CC';
    private static final char PERSIAN_KEHEH = '\u06A9';
    private static final char TATWEEL = '\u0640';

    private PersianText() {
    }

    /**
     * Maps Persian and Arabic-Indic digits to ASCII digits; nothing else changes.
     *
     * @param text any text, may be {@code null}
     * @return the text with ASCII digits, {@code null} for {@code null}
     */
    public static String normalizeDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(asciiDigit(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * A text of several lines (an announcement, a message) normalised for storage: line breaks as {@code \n}, each
     * line's letters and spaces as {@link #normalizeLetters}, blank lines at both ends removed.
     *
     * @return the normalised text, {@code null} for {@code null}
     */
    public static String normalizeParagraphs(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(PersianText::normalizeLetters)
                .collect(java.util.stream.Collectors.joining("\n"))
                .strip();
    }

    /**
     * Replaces Arabic letter forms by Persian ones, removes tatweel and invisible
     * characters (but keeps ZWNJ inside words), trims and collapses whitespace.
     * A ZWNJ next to a space, at either end or repeated is dropped as well.
     *
     * @param text any text, may be {@code null}
     * @return the normalised text, {@code null} for {@code null}
     */
    public static String normalizeLetters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                dropTrailingZwnj(out);
                if (out.length() > 0 && last(out) != ' ') {
                    out.append(' ');
                }
            } else if (c == ZWNJ) {
                if (out.length() > 0 && last(out) != ' ' && last(out) != ZWNJ) {
                    out.append(ZWNJ);
                }
            } else if (c != TATWEEL && !isInvisible(c)) {
                out.append(persianLetter(c));
            }
        }
        while (out.length() > 0 && (last(out) == ' ' || last(out) == ZWNJ)) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * Both {@link #normalizeDigits(String)} and {@link #normalizeLetters(String)}.
     *
     * @param text any text, may be {@code null}
     * @return the normalised text, {@code null} for {@code null}
     */
    public static String normalize(String text) {
        return normalizeLetters(normalizeDigits(text));
    }

    /**
     * For display: maps ASCII and Arabic-Indic digits to Persian digits.
     *
     * @param text any text, may be {@code null}
     * @return the text with Persian digits, {@code null} for {@code null}
     */
    public static String toPersianDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = asciiDigit(text.charAt(i));
            out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /**
     * For display in a locale: Persian digits for the Persian language ({@code fa}),
     * ASCII digits for every other language.
     *
     * @param text   any text, may be {@code null}
     * @param locale the reader's locale; {@code null} counts as Persian
     * @return the text with the locale's digits, {@code null} for {@code null}
     */
    public static String localizeDigits(String text, Locale locale) {
        return isPersian(locale) ? toPersianDigits(text) : normalizeDigits(text);
    }

    /**
     * @param locale a locale, {@code null} counts as Persian (the portal's default)
     * @return whether the locale's language is Persian ({@code fa})
     */
    public static boolean isPersian(Locale locale) {
        return locale == null || "fa".equals(locale.getLanguage());
    }

    /**
     * Compacts a number typed by a person: digits become ASCII, whitespace, dashes
     * and invisible characters are removed. Other characters (letters, '+', '/')
     * are kept, so that the caller's validation still sees and refuses them.
     *
     * @param text any text, may be {@code null}
     * @return the compacted text, {@code null} for {@code null}
     */
    public static String digitsOnly(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && !isDash(c) && !isInvisible(c) && c != ZWNJ && c != TATWEEL) {
                out.append(asciiDigit(c));
            }
        }
        return out.toString();
    }

    private static char asciiDigit(char c) {
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return (char) ('0' + (c - PERSIAN_ZERO));
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        }
        return c;
    }

    private static char persianLetter(char c) {
        switch (c) {
            case '\u064A': // Arabic yeh
            case '\u0649': // Arabic alef maksura
                return PERSIAN_YEH;
            case '\u0643': // Arabic kaf
                return PERSIAN_KEHEH;
            default:
                return c;
        }
    }

    /** Any Unicode whitespace or space separator, including no-break spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212'
                || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }

    /**
     * Invisible format characters that are not ZWNJ: zero width space and joiner,
     * soft hyphen, the bidirectional marks, embeddings and isolates, word joiner and
     * byte order mark.
     */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u00AD' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF';
    }

    private static void dropTrailingZwnj(StringBuilder out) {
        while (out.length() > 0 && last(out) == ZWNJ) {
            out.setLength(out.length() - 1);
        }
    }

    private static char last(StringBuilder out) {
        return out.charAt(out.length() - 1);
    }
}
