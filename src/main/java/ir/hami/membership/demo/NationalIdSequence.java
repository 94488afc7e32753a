package ir.hami.membership.demo;

import ir.hami.platform.id.NationalId;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid national IDs, all different, without remembering any: the n-th ID's first nine digits are
 * {@code (a * n + b) mod 10^9}, a bijection of 0..10^9-1 because {@code a} shares no factor with 10^9, so the
 * sequence never repeats, and consecutive IDs look unrelated. The tenth digit is the check digit. IDs of equal digits
 * and the reserved IDs (the demo logins' fixed ones) are skipped.
 */
final class NationalIdSequence {

    private static final long MODULUS = 1_000_000_000L;

    private final long multiplier;
    private final long offset;
    private final Set<String> reserved;
    private long n;

    NationalIdSequence(long seed, Set<String> reserved) {
        SplittableRandom random = new SplittableRandom(seed);
        long a;
        do {
            a = 100_000_000L + random.nextLong(800_000_000L);
        } while (a % 2 == 0 || a % 5 == 0);
        this.multiplier = a;
        this.offset = random.nextLong(MODULUS);
        this.reserved = Set.copyOf(reserved);
    }

    String next() {
        while (true) {
            if (n >= MODULUS) {
                throw new IllegalStateException("All national IDs used");
            }
            long body = (multiplier * n + offset) % MODULUS;
            n++;
            char[] digits = new char[10];
            long rest = body;
            for (int i = 8; i >= 0; i--) {
                digits[i] = (char) ('0' + rest % 10);
                rest /= 10;
            }
            String nine = new String(digits, 0, 9);
            digits[9] = (char) ('0' + NationalId.checkDigit(nine));
            String id = new String(digits);
            if (!allEqual(digits) && !reserved.contains(id)) {
                return id;
            }
        }
    }

    private static boolean allEqual(char[] digits) {
        for (char d : digits) {
            if (d != digits[0]) {
                return false;
            }
        }
        return true;
    }
}
