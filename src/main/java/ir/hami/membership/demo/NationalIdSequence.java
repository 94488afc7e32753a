package ir.hami.membership.demo;

import ir.hami.platform.id.NationalId;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Valid national IDs, all different, without remembering any: the n-th ID's first nine digits are n mixed by a
 * bijection of 0..10^9-1, so the sequence never repeats. The bijection is three affine steps
 * {@code x -> (a * x + b) mod 10^9} (one-to-one because {@code a} shares no factor with 10^9) with the nine digits
 * reversed between them, so that consecutive IDs look unrelated. The tenth digit is the check digit. IDs of equal
 * digits and the reserved IDs (the demo logins' fixed ones) are skipped.
 */
final class NationalIdSequence {

    private static final long MODULUS = 1_000_000_000L;

    private final long[] multipliers = new long[3];
    private final long[] offsets = new long[3];
    private final Set<String> reserved;
    private long n;

    NationalIdSequence(long seed, Set<String> reserved) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            long a;
            do {
                a = 100_000_000L + random.nextLong(800_000_000L);
            } while (a % 2 == 0 || a % 5 == 0);
            multipliers[i] = a;
            offsets[i] = random.nextLong(MODULUS);
        }
        this.reserved = Set.copyOf(reserved);
    }

    String next() {
        while (true) {
            if (n >= MODULUS) {
                throw new IllegalStateException("All national IDs used");
            }
            long body = mix(n);
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

    /** One-to-one on 0..10^9-1. Products stay below 9 * 10^17, within a long. */
    private long mix(long x) {
        x = (multipliers[0] * x + offsets[0]) % MODULUS;
        x = reverseDigits(x);
        x = (multipliers[1] * x + offsets[1]) % MODULUS;
        x = reverseDigits(x);
        return (multipliers[2] * x + offsets[2]) % MODULUS;
    }

    /** The nine digits (with leading zeros) in reverse order: one-to-one on 0..10^9-1. */
    private static long reverseDigits(long x) {
        long reversed = 0;
        for (int i = 0; i < 9; i++) {
            reversed = reversed * 10 + x % 10;
            x /= 10;
        }
        return reversed;
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
