package ir.hami.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** What staff read on the outbox page outside demo mode: never somebody's one-time code. */
class OutboxTest {

    @Test
    void theDigitsOfEveryKindOfCodeAreHidden() {
        for (VerificationPurpose purpose : VerificationPurpose.values()) {
            String shown = Outbox.shown(purpose.name(), "حامی: کد فعال‌سازی پرتال شما 482913 است. اعتبار: ۲ دقیقه");
            assertFalse(shown.contains("482913"), shown);
            assertEquals("حامی: کد فعال‌سازی پرتال شما •••••• است. اعتبار: ۲ دقیقه", shown);
        }
        assertEquals("کد ••••••", Outbox.shown("RECOVERY", "کد ۴۸۲۹۱۳"), "Persian digits too");
    }

    @Test
    void otherMessagesAreShownAsSent() {
        String text = "درخواست شما با کد پیگیری 1403123456 ثبت شد.";
        assertEquals(text, Outbox.shown("REFERRAL", text));
        assertEquals(text, Outbox.shown("MESSAGE", text));
    }
}
