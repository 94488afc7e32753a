package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.notification.VerificationCode.Check;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a one-time SMS code: single use, counted attempts, a hard expiry. */
class VerificationCodeTest {

    private static final Instant SENT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant EXPIRES = SENT.plusSeconds(120);
    private static final String SUBJECT = "0012345679";
    private static final int MAX_ATTEMPTS = 3;

    private final String rightHash = VerificationCodes.hash(VerificationPurpose.ACTIVATION, SUBJECT, "482913");
    private final String wrongHash = VerificationCodes.hash(VerificationPurpose.ACTIVATION, SUBJECT, "482914");

    private VerificationCode code() {
        return new VerificationCode(VerificationPurpose.ACTIVATION, SUBJECT, "09121234567", rightHash, SENT, EXPIRES);
    }

    @Test
    void rightCodeIsAcceptedOnceThenUsed() {
        VerificationCode code = code();
        assertEquals(Check.ACCEPTED, code.attempt(rightHash, SENT.plusSeconds(10), MAX_ATTEMPTS));
        assertTrue(code.isConsumed());
        assertEquals(Check.USED, code.attempt(rightHash, SENT.plusSeconds(11), MAX_ATTEMPTS));
        assertEquals(Check.USED, code.attempt(wrongHash, SENT.plusSeconds(12), MAX_ATTEMPTS));
    }

    @Test
    void wrongCodeCountsAttempts() {
        VerificationCode code = code();
        assertEquals(Check.WRONG, code.attempt(wrongHash, SENT.plusSeconds(5), MAX_ATTEMPTS));
        assertEquals(1, code.getAttempts());
        assertEquals(Check.WRONG, code.attempt(wrongHash, SENT.plusSeconds(6), MAX_ATTEMPTS));
        assertEquals(2, code.getAttempts());
        assertFalse(code.isConsumed());
        assertEquals(Check.ACCEPTED, code.attempt(rightHash, SENT.plusSeconds(7), MAX_ATTEMPTS),
                "the last allowed attempt still lets the right code in");
        assertEquals(3, code.getAttempts());
    }

    @Test
    void afterMaxAttemptsEvenTheRightCodeIsRefused() {
        VerificationCode code = code();
        assertEquals(Check.WRONG, code.attempt(wrongHash, SENT.plusSeconds(1), MAX_ATTEMPTS));
        assertEquals(Check.WRONG, code.attempt(wrongHash, SENT.plusSeconds(2), MAX_ATTEMPTS));
        assertEquals(Check.TOO_MANY_ATTEMPTS, code.attempt(wrongHash, SENT.plusSeconds(3), MAX_ATTEMPTS),
                "the last wrong attempt says so");
        assertEquals(Check.TOO_MANY_ATTEMPTS, code.attempt(rightHash, SENT.plusSeconds(4), MAX_ATTEMPTS));
        assertFalse(code.isConsumed());
        assertEquals(MAX_ATTEMPTS, code.getAttempts(), "refused attempts are not counted beyond the maximum");
    }

    @Test
    void expiredCodeIsRefusedExactlyAtItsExpiry() {
        VerificationCode atExpiry = code();
        assertEquals(Check.EXPIRED, atExpiry.attempt(rightHash, EXPIRES, MAX_ATTEMPTS));
        assertFalse(atExpiry.isConsumed());
        assertEquals(0, atExpiry.getAttempts());
        assertEquals(Check.EXPIRED, code().attempt(rightHash, EXPIRES.plusSeconds(1), MAX_ATTEMPTS));

        VerificationCode justBefore = code();
        assertEquals(Check.ACCEPTED, justBefore.attempt(rightHash, EXPIRES.minusSeconds(1), MAX_ATTEMPTS));
    }

    @Test
    void newCodeIsSixDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = VerificationCodes.newCode();
            assertTrue(code.matches("[0-9]{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 150, "codes are random, not a sequence: " + seen.size());
    }

    @Test
    void codeHashDependsOnPurposeAndSubject() {
        String base = VerificationCodes.hash(VerificationPurpose.ACTIVATION, SUBJECT, "123456");
        assertEquals(base, VerificationCodes.hash(VerificationPurpose.ACTIVATION, SUBJECT, "123456"));
        assertTrue(base.matches("[0-9a-f]{64}"), base);
        assertNotEquals(base, VerificationCodes.hash(VerificationPurpose.RECOVERY, SUBJECT, "123456"));
        assertNotEquals(base, VerificationCodes.hash(VerificationPurpose.MOBILE_CHANGE, SUBJECT, "123456"));
        assertNotEquals(base, VerificationCodes.hash(VerificationPurpose.ACTIVATION, "0012345687", "123456"));
        assertNotEquals(base, VerificationCodes.hash(VerificationPurpose.ACTIVATION, SUBJECT, "123457"));
    }
}
