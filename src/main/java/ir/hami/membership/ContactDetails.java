package ir.hami.membership;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.Iban;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The contact details and IBAN a member edits on the profile page (seed 004, «پروفایل»), each optional.
 *
 * <p>Rules, applied to what was typed (Persian and Arabic digits accepted): a phone is 11 digits starting with 0
 * (with the area code, e.g. ۰۲۱۲۲۵۱۴۷۸۸) or 8 digits (local), spaces and dashes ignored; an email is
 * {@code name@domain.tld}, at most 200 characters; an address is normalised Persian text of at most 500
 * characters; a postal code is 10 digits; an IBAN is a valid Iranian {@link Iban}. Blank means "not given".
 * The first rule broken is refused with its message key (see {@link #field(String)} for where it is shown).
 */
public record ContactDetails(String phone, String email, String address, String postalCode, String iban)
        implements Serializable {

    public static final String KEY_PHONE = "profile.phone.invalid";
    public static final String KEY_EMAIL = "profile.email.invalid";
    public static final String KEY_ADDRESS = "profile.address.tooLong";
    public static final String KEY_POSTAL_CODE = "profile.postalCode.invalid";

    public static final int MAX_EMAIL = 200;
    public static final int MAX_ADDRESS = 500;

    private static final Pattern PHONE = Pattern.compile("0[0-9]{10}|[1-9][0-9]{7}");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{10}");

    /**
     * Normalises and checks what was typed.
     *
     * @throws ValidationException with the key of the first field that breaks its rule
     */
    public static ContactDetails of(String phone, String email, String address, String postalCode, String iban) {
        String p = blankToNull(PersianText.digitsOnly(phone));
        if (p != null && !PHONE.matcher(p).matches()) {
            throw new ValidationException(KEY_PHONE);
        }
        String e = blankToNull(PersianText.normalizeDigits(email == null ? null : email.strip()));
        if (e != null && (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches())) {
            throw new ValidationException(KEY_EMAIL);
        }
        String a = blankToNull(PersianText.normalize(address));
        TextLimit.within(a, MAX_ADDRESS, KEY_ADDRESS);
        String z = blankToNull(PersianText.digitsOnly(postalCode));
        if (z != null && !POSTAL_CODE.matcher(z).matches()) {
            throw new ValidationException(KEY_POSTAL_CODE);
        }
        String i = blankToNull(PersianText.digitsOnly(iban));
        return new ContactDetails(p, e, a, z, i == null ? null : Iban.parse(i).value());
    }

    /**
     * @param key a message key this class refuses with
     * @return the field it belongs to: phone, email, address, postalCode or iban
     */
    public static String field(String key) {
        return switch (key) {
            case KEY_PHONE -> "phone";
            case KEY_EMAIL -> "email";
            case KEY_ADDRESS -> "address";
            case KEY_POSTAL_CODE -> "postalCode";
            case Iban.KEY_FORMAT, Iban.KEY_CHECKSUM -> "iban";
            default -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
