package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;

import java.io.Serializable;
import java.util.Locale;

/**
 * Iranian IBAN (شماره شبا).
 *
 * <p>Rule: "IR" followed by 24 digits, whose check digits are right (ISO 13616,
 * mod 97, validated by iban4j with the Iranian length and structure). Input may be
 * lower case, contain spaces and dashes, use Persian or Arabic-Indic digits, or be
 * the 24 digits alone (the prefix IR is added). {@link #value()} is the compact
 * form {@code "IR..."}, {@link #formatted()} the form grouped by four.
 *
 * @param value the compact form, "IR" and 24 ASCII digits
 */
public record Iban(String value) implements Serializable {

    /** Key: not "IR" and 24 digits (wrong length, letters, other country). */
    public static final String KEY_FORMAT = "iban.format";
    /** Key: well formed, but the check digits do not match the number. */
    public static final String KEY_CHECKSUM = "iban.checksum";

    private static final String COUNTRY = "IR";

    /**
     * Normalises and checks the value.
     *
     * @throws ValidationException {@link #KEY_FORMAT} or {@link #KEY_CHECKSUM}
     */
    public Iban {
        value = compact(value);
        try {
            IbanUtil.validate(value);
        } catch (InvalidCheckDigitException e) {
            throw new ValidationException(e, KEY_CHECKSUM);
        } catch (Iban4jException e) {
            throw new ValidationException(e, KEY_FORMAT);
        }
    }

    /**
     * @param raw user input, for example {@code "ir06 2960 0000 0010 0324 2000 01"}
     * @return the IBAN
     * @throws ValidationException {@link #KEY_FORMAT} or {@link #KEY_CHECKSUM}
     */
    public static Iban parse(String raw) {
        return new Iban(raw);
    }

    /**
     * @param raw user input, may be {@code null}
     * @return whether {@link #parse(String)} accepts it
     */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** @return the IBAN in groups of four, for example {@code "IR06 2960 0000 0010 0324 2000 01"} */
    public String formatted() {
        StringBuilder out = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    /** @return the compact form */
    @Override
    public String toString() {
        return value;
    }

    private static String compact(String raw) {
        String s = PersianText.digitsOnly(raw);
        if (s == null) {
            throw new ValidationException(KEY_FORMAT);
        }
        s = s.toUpperCase(Locale.ROOT);
        if (s.matches("[0-9]{24}")) {
            s = COUNTRY + s;
        }
        if (!s.matches(COUNTRY + "[0-9]{24}")) {
            throw new ValidationException(KEY_FORMAT);
        }
        return s;
    }
}
