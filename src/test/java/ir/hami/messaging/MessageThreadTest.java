package ir.hami.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The state rules of a message thread. */
class MessageThreadTest {

    private static final Instant T0 = Instant.parse("2026-11-30T06:00:00Z");

    private static MessageThread thread(Long personId) {
        return new MessageThread(TrackingCode.random(), null, Unit.REFERRAL, "معرفی‌نامه", personId, "علی",
                "09121234567", null, T0);
    }

    @Test
    void aNewThreadIsOpenAndUnassigned() {
        MessageThread t = thread(7L);
        assertEquals(ThreadStatus.OPEN, t.getStatus());
        assertEquals(null, t.getAssignedTo());
        assertEquals(T0, t.getLastPostAt());
    }

    @Test
    void aStaffReplyAnswersItAndTheSendersFollowUpOpensItAgain() {
        MessageThread t = thread(7L);
        t.answered(T0.plusSeconds(60));
        assertEquals(ThreadStatus.ANSWERED, t.getStatus());
        t.followedUp(T0.plusSeconds(120));
        assertEquals(ThreadStatus.OPEN, t.getStatus());
        assertEquals(T0.plusSeconds(120), t.getLastPostAt());
    }

    @Test
    void assigningKeepsWhoAndWhen() {
        MessageThread t = thread(7L);
        t.assign("referral_1", "admin", T0.plusSeconds(5));
        assertEquals("referral_1", t.getAssignedTo());
        assertEquals("admin", t.getAssignedBy());
        assertEquals(T0.plusSeconds(5), t.getAssignedAt());
    }

    @Test
    void aClosedThreadTakesNothingMore() {
        MessageThread t = thread(7L);
        t.close("referral_1", T0.plusSeconds(9));
        assertTrue(t.isClosed());
        assertEquals("referral_1", t.getClosedBy());
        assertEquals(T0.plusSeconds(9), t.getClosedAt());
        assertClosed(() -> t.answered(T0));
        assertClosed(() -> t.followedUp(T0));
        assertClosed(() -> t.assign("x", "y", T0));
        assertClosed(() -> t.close("x", T0));
        assertEquals(ThreadStatus.CLOSED, t.getStatus());
    }

    @Test
    void onlyTheMemberWhoWroteItOwnsIt() {
        assertTrue(thread(7L).isSentBy(7));
        assertFalse(thread(7L).isSentBy(8));
        assertFalse(thread(null).isSentBy(7));
    }

    private static void assertClosed(Executable action) {
        assertEquals(MessageThread.KEY_CLOSED, assertThrows(ValidationException.class, action).key());
    }
}
