package ir.hami.platform.text;

import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextLimitTest {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");

    @Test
    void aValueOfExactlyTheColumnsLengthIsKept() {
        String full = "ب".repeat(300);
        assertEquals(full, TextLimit.within(full, 300, "referral.cause.tooLong"));
        assertNull(TextLimit.within(null, 300, "referral.cause.tooLong"));
    }

    @Test
    void oneCharacterMoreIsRefusedWithTheFieldsKeyAndTheMaximum() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TextLimit.within("ب".repeat(301), 300, "referral.cause.tooLong"));
        assertEquals("referral.cause.tooLong", e.key());
        assertArrayEquals(new Object[] {300}, e.args());
    }

    @Test
    void aLineIsMeasuredAfterNormalisation() {
        // Arabic yeh and kaf become Persian, spaces around and between words collapse: 5 characters, not 11
        assertEquals("کی کی", TextLimit.line("  كي \u00A0\u00A0  كي  ", 5, "k.tooLong"));
        assertThrows(ValidationException.class, () -> TextLimit.line("کی کیا", 5, "k.tooLong"));
        assertNull(TextLimit.line(" \u200C ", 5, "k.tooLong"));
    }

    @Test
    void paragraphsKeepTheirLineBreaksAndCountThem() {
        assertEquals("ab\ncd", TextLimit.paragraphs("ab\r\ncd\n\n", 5, "k.tooLong"));
        assertThrows(ValidationException.class, () -> TextLimit.paragraphs("ab\r\ncde", 5, "k.tooLong"));
    }

    @Test
    void theGenericRefusalNamesTheFieldInTheReadersLanguage() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TextLimit.line("x".repeat(41), 40, new TextLimit.Label("centers.phone")));
        assertEquals(TextLimit.TOO_LONG, e.key());
        String persian = Messages.text(e.key(), e.args(), FA);
        assertEquals("«" + Messages.text("centers.phone", null, FA) + "» حداکثر ۴۰ نویسه می‌تواند باشد.", persian);
        String english = Messages.text(e.key(), e.args(), Locale.ENGLISH);
        assertEquals("“" + Messages.text("centers.phone", null, Locale.ENGLISH) + "” can have at most 40 characters.",
                english);
    }
}
