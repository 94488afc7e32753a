package ir.hami.platform.text;

import ir.hami.platform.ValidationException;
import java.io.Serializable;
import java.util.Objects;

/**
 * The one check that no text longer than its column reaches the database. A service measures the value it is about
 * to store, after normalisation (so "ي" and "ی" count alike and spaces collapsed by {@link PersianText} do not
 * count), against the column's length, the {@code @Column(length)} of its entity field (which
 * {@code ColumnLengthsTest} keeps equal to the Flyway scripts), and refuses a longer one with a
 * {@link ValidationException} the page shows beside the field.
 *
 * <p>Two ways to name the refusal: the field's own key ({@code referral.cause.tooLong}, argument {@code {0}} the
 * maximum), which the pages also use to find the field; or the generic {@value #TOO_LONG} with the field's
 * {@link Label} (argument {@code {0}} the label's text, {@code {1}} the maximum), where the page shows refusals in one
 * place. Lengths are counted in UTF-16 units, as {@link String#length()}, the browsers' {@code maxlength} and the
 * embedded database do; MySQL counts characters, never more.
 */
public final class TextLimit {

    /** Message key: «{0}» حداکثر {1} نویسه می‌تواند باشد. */
    public static final String TOO_LONG = "text.tooLong";

    private TextLimit() {
    }

    /**
     * A message argument that is itself a message key: the web layer shows the key's text in the reader's language.
     *
     * @param key a message key, for example {@code centers.admin.address}
     */
    public record Label(String key) implements Serializable {
        public Label {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * @param value      a value as it will be stored (already normalised), may be {@code null}
     * @param max        the column's length
     * @param tooLongKey the field's message key, its argument {@code {0}} the maximum
     * @return the value
     * @throws ValidationException {@code tooLongKey} with {@code max} when the value is longer than {@code max}
     */
    public static String within(String value, int max, String tooLongKey) {
        if (value != null && value.length() > max) {
            throw new ValidationException(tooLongKey, max);
        }
        return value;
    }

    /**
     * @param value a value as it will be stored (already normalised), may be {@code null}
     * @param max   the column's length
     * @param label the field's label
     * @return the value
     * @throws ValidationException {@value #TOO_LONG} with the label and {@code max} when the value is longer
     */
    public static String within(String value, int max, Label label) {
        if (value != null && value.length() > max) {
            throw new ValidationException(TOO_LONG, label, max);
        }
        return value;
    }

    /**
     * One line typed by a person, as stored: {@link PersianText#normalize normalised}, {@code null} when blank.
     *
     * @throws ValidationException {@code tooLongKey} with {@code max} when the normalised line is longer
     */
    public static String line(String typed, int max, String tooLongKey) {
        return within(blankToNull(PersianText.normalize(typed)), max, tooLongKey);
    }

    /** As {@link #line(String, int, String)}, refused with {@value #TOO_LONG} and the field's label. */
    public static String line(String typed, int max, Label label) {
        return within(blankToNull(PersianText.normalize(typed)), max, label);
    }

    /**
     * A text of several lines typed by a person, as stored: {@link PersianText#normalizeParagraphs}, {@code null}
     * when blank.
     *
     * @throws ValidationException {@code tooLongKey} with {@code max} when the normalised text is longer
     */
    public static String paragraphs(String typed, int max, String tooLongKey) {
        return within(blankToNull(PersianText.normalizeParagraphs(typed)), max, tooLongKey);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
