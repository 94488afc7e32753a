package ir.hami.referral;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The codes of an issued letter. The letter number is for people (the Jalali year and the request's id); the
 * verification code, printed as a QR code, is 20 random characters of an unambiguous alphabet (about 100 bits), so
 * nobody can walk the public verification page from one letter to the next.
 */
public final class LetterCodes {

    /** No 0/O, 1/I/L: read aloud and typed from paper without mistakes. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int VERIFICATION_LENGTH = 20;
    private static final Pattern VERIFICATION = Pattern.compile("[" + ALPHABET + "]{" + VERIFICATION_LENGTH + "}");

    private static final RandomGenerator RANDOM = new SecureRandom();

    private LetterCodes() {
    }

    /** e.g. {@code 1405-00012345} for request 12345 issued in Jalali year 1405. */
    public static String letterNumber(long requestId, LocalDate issuedOn) {
        int year = ir.hami.platform.time.Jalali.year(issuedOn);
        return year + "-" + String.format("%08d", requestId);
    }

    public static String verificationCode() {
        return verificationCode(RANDOM);
    }

    static String verificationCode(RandomGenerator random) {
        StringBuilder code = new StringBuilder(VERIFICATION_LENGTH);
        for (int i = 0; i < VERIFICATION_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a string from a URL can be a verification code at all (checked before any lookup). */
    public static boolean isVerificationCode(String text) {
        return text != null && VERIFICATION.matcher(text).matches();
    }

    /**
     * Initials only, for the public page: «علی حسین‌زاده» becomes «ع. ح.». A name's first letter per word of the first
     * and last names, nothing else.
     */
    public static String initials(String firstName, String lastName) {
        return initial(firstName) + " " + initial(lastName);
    }

    private static String initial(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }
}
