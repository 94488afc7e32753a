package ir.hami.access;

/** The rule of seed 001: a member may recover the password at most N times per coverage period. */
public final class RecoveryAllowance {

    private RecoveryAllowance() {
    }

    /** Recoveries left, never below zero. */
    public static int remaining(long used, int maxPerPeriod) {
        if (maxPerPeriod < 0 || used < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        return (int) Math.max(0, maxPerPeriod - used);
    }
}
