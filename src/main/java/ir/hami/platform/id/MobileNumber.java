package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;

import java.io.Serializable;

/**
 * Iranian mobile number.
 *
 * <p>Rule: a number 9xxxxxxxxx (ten digits starting with 9) after an optional
 * prefix: the trunk prefix 0, or the country code as {@code +98}, {@code 0098} or
 * {@code 98} (optionally followed by the trunk 0, as in {@code +98 (0) 912...}).
 * Input may use Persian or Arabic-Indic digits, spaces, dashes and parentheses.
 * {@link #value()} is the canonical form {@code 09xxxxxxxxx} (11 digits).
 *
 * @param value the canonical form, "09" and 9 ASCII digits
 */
public record MobileNumber(String value) implements Serializable {

    /** Key: not an Iranian mobile number. */
    public static final String KEY_INVALID = "mobile.invalid";

    /**
     * Normalises and checks the value.
     *
     * @throws ValidationException {@link #KEY_INVALID}
     */
    public MobileNumber {
        value = canonical(value);
    }

    /**
     * @param raw user input, for example {@code "+98 912 345 6789"} or {@code "۰۹۱۲۳۴۵۶۷۸۹"}
     * @return the mobile number
     * @throws ValidationException {@link #KEY_INVALID}
     */
    public static MobileNumber parse(String raw) {
        return new MobileNumber(raw);
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

    /** @return the number with its middle hidden, for example {@code "0912***6789"} */
    public String masked() {
        return value.substring(0, 4) + "***" + value.substring(7);
    }

    /** @return the canonical form */
    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String raw) {
        String n = PersianText.digitsOnly(raw);
        if (n == null) {
            throw new ValidationException(KEY_INVALID);
        }
        n = n.replace("(", "").replace(")", "");
        if (n.startsWith("+98")) {
            n = n.substring(3);
        } else if (n.startsWith("0098")) {
            n = n.substring(4);
        } else if (n.startsWith("98") && (n.length() == 12 || n.length() == 13 && n.charAt(2) == '0')) {
            n = n.substring(2);
        }
        if (n.startsWith("0")) {
            n = n.substring(1);
        }
        if (!n.matches("9[0-9]{9}")) {
            throw new ValidationException(KEY_INVALID);
        }
        return "0" + n;
    }
}
