package ir.hami.messaging;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import java.io.Serializable;

/**
 * The tracking code of a message thread (کد رهگیری), given on screen and by SMS. Rule: ten digits, the first not 0,
 * the last a Luhn check digit over the nine before it, so a mistyped digit or two swapped neighbours are refused
 * before any lookup. Typed codes may use Persian or Arabic digits, spaces and dashes.
 *
 * @param value ten ASCII digits
 */
public record TrackingCode(String value) implements Serializable {

    public static final String KEY_INVALID = "messages.tracking.invalid";

    public TrackingCode {
        if (value == null || !value.matches("[1-9][0-9]{9}") || checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new ValidationException(KEY_INVALID);
        }
    }

    /** A new random code (uniqueness is the caller's to check). */
    public static TrackingCode random() {
        return new TrackingCode(TrackingCodes.next());
    }

    /** @throws ValidationException {@link #KEY_INVALID} */
    public static TrackingCode parse(String typed) {
        return new TrackingCode(PersianText.digitsOnly(typed));
    }

    /** The shared rule of every tracking code of the portal ({@link TrackingCodes#luhnDigit}). */
    static int checkDigit(String payload) {
        return TrackingCodes.luhnDigit(payload);
    }

    @Override
    public String toString() {
        return value;
    }
}
