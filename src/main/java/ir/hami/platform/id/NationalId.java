package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;

import java.io.Serializable;

/**
 * Iranian national ID (کد ملی).
 *
 * <p>Rule: exactly ten digits (an 8 or 9 digit input is refused, not left-padded),
 * not all the same digit, and the last digit is the check digit of the first nine:
 * with weights 10 down to 2, {@code r = sum mod 11}; the check digit is {@code r}
 * when {@code r < 2}, else {@code 11 - r}. Input may use Persian or Arabic-Indic
 * digits, spaces and dashes; {@link #value()} holds the ten ASCII digits.
 *
 * @param value the ten ASCII digits
 */
public record NationalId(String value) implements Serializable {

    /** Key: the input is not exactly ten digits. */
    public static final String KEY_FORMAT = "nationalId.format";
    /** Key: ten digits, but the check digit is wrong or all digits are equal. */
    public static final String KEY_INVALID = "nationalId.invalid";

    /**
     * Normalises and checks the value.
     *
     * @throws ValidationException {@link #KEY_FORMAT} or {@link #KEY_INVALID}
     */
    public NationalId {
        value = PersianText.digitsOnly(value);
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new ValidationException(KEY_FORMAT);
        }
        if (allSame(value)) {
            throw new ValidationException(KEY_INVALID);
        }
        if (value.charAt(9) - '0' != checkDigit(value.substring(0, 9))) {
            throw new ValidationException(KEY_INVALID);
        }
    }

    /**
     * @param raw user input, for example {@code "۰۰۱۲۳۴۵۶۷۹"} or {@code "001-234567-9"}
     * @return the national ID
     * @throws ValidationException {@link #KEY_FORMAT} or {@link #KEY_INVALID}
     */
    public static NationalId parse(String raw) {
        return new NationalId(raw);
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

    /**
     * The check digit for the first nine digits of a national ID.
     *
     * @param nineDigits exactly nine ASCII digits
     * @return the tenth digit, 0 to 9
     * @throws IllegalArgumentException if the argument is not nine ASCII digits
     */
    public static int checkDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("Nine ASCII digits expected: " + nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }

    private static boolean allSame(String digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** @return the ten ASCII digits */
    @Override
    public String toString() {
        return value;
    }
}
