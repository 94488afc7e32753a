package ir.hami.platform.id;

import ir.hami.platform.text.PersianText;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Tracking codes (کد رهگیری) of referral requests and message threads: ten digits, the last a Luhn check digit, the first never 0, so
 * a mistyped digit or two swapped neighbours are caught before any lookup. Random, not sequential: one member's code
 * says nothing about how many requests others made.
 */
public final class TrackingCodes {

    public static final int LENGTH = 10;

    private static final RandomGenerator RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        return next(RANDOM);
    }

    public static String next(RandomGenerator random) {
        StringBuilder digits = new StringBuilder(LENGTH);
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < LENGTH - 1; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.append(luhnDigit(digits)).toString();
    }

    /**
     * @param typed as a person typed it: Persian or Arabic digits, spaces and dashes are accepted
     * @return the code in ASCII digits, when it has ten digits and a right check digit
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = PersianText.normalizeDigits(typed).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(Character::isDigit) || code.charAt(0) == '0') {
            return Optional.empty();
        }
        return luhnDigit(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1) - '0'
                ? Optional.of(code) : Optional.empty();
    }

    /** The Luhn check digit of these digits. */
    public static int luhnDigit(CharSequence digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
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
}
