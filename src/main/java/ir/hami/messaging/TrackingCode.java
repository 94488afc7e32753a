package ir.hami.messaging;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import java.io.Serializable;
import java.security.SecureRandom;

/**
 * The tracking code of a message thread (کد رهگیری), given on screen and by SMS. Rule: ten digits, the first not 0,
 * the last a Luhn check digit over the nine before it, so a mistyped digit or two swapped neighbours are refused
 * before any lookup. Typed codes may use Persian or Arabic digits, spaces and dashes.
 *
 * @param value ten ASCII digits
 */
public record TrackingCode(String value) implements Serializable {

    public static final String KEY_INVALID = "messages.tracking.invalid";

    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        if (value == null || !value.matches("[1-9][0-9]{9}") || checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new ValidationException(KEY_INVALID);
        }
    }

    /** A new random code (uniqueness is the caller's to check). */
    public static TrackingCode random() {
        StringBuilder digits = new StringBuilder(10).append(1 + RANDOM.nextInt(9));
        for (int i = 0; i < 8; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new TrackingCode(digits.toString() + checkDigit(digits.toString()));
    }

    /** @throws ValidationException {@link #KEY_INVALID} */
    public static TrackingCode parse(String typed) {
        return new TrackingCode(PersianText.digitsOnly(typed));
    }

    /** Luhn: from the right, every second digit doubled (minus 9 above 9); the check makes the sum a multiple of 10. */
    static int checkDigit(String payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
