package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Seed 001: at most five password recoveries per coverage period. */
class RecoveryAllowanceTest {

    @Test
    void fivePerPeriodNeverBelowZero() {
        assertEquals(5, RecoveryAllowance.remaining(0, 5));
        assertEquals(4, RecoveryAllowance.remaining(1, 5));
        assertEquals(1, RecoveryAllowance.remaining(4, 5));
        assertEquals(0, RecoveryAllowance.remaining(5, 5));
        assertEquals(0, RecoveryAllowance.remaining(7, 5));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecoveryAllowance.remaining(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> RecoveryAllowance.remaining(0, -1));
    }
}
