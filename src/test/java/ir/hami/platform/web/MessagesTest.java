package ir.hami.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    private static final String TEST_BUNDLE = "ir.hami.platform.web.testmessages";
    private static final Locale FA = Locale.forLanguageTag("fa-IR");

    @Test
    void portalBundleIsTheOneTheLeadFills() {
        assertEquals("ir.hami.i18n.messages", Messages.BUNDLE);
    }

    @Test
    void textComesFromTheBundleOfTheLocale() {
        assertEquals("تاریخ معتبر نیست.", Messages.text(TEST_BUNDLE, "date.invalid", null, FA));
        assertEquals("Not a valid date.", Messages.text(TEST_BUNDLE, "date.invalid", null, Locale.ENGLISH));
    }

    @Test
    void keyMissingInTheLanguageFileComesFromTheBaseFile() {
        assertEquals("Only in the base file.", Messages.text(TEST_BUNDLE, "only.in.base", new Object[0], FA));
    }

    @Test
    void otherLanguagesGetTheBaseFileNotTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(FA);
            assertEquals("Not a valid amount.", Messages.text(TEST_BUNDLE, "amount.invalid", null, Locale.GERMAN));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void missingKeyFallsBackToTheKey() {
        assertEquals("no.such.key", Messages.text(TEST_BUNDLE, "no.such.key", null, FA));
    }

    @Test
    void missingBundleFallsBackToTheKey() {
        assertEquals("date.invalid", Messages.text("ir.hami.platform.web.nosuchbundle", "date.invalid", null, FA));
    }

    @Test
    void argumentsArePutIntoTheText() {
        assertEquals("Between 1 and b.", Messages.text(TEST_BUNDLE, "with.args", new Object[] {1, "b"}, Locale.ENGLISH));
        assertEquals("بین ۱ و b.", Messages.text(TEST_BUNDLE, "with.args", new Object[] {1, "b"}, FA));
    }

    @Test
    void nullLocaleReadsTheBaseFile() {
        assertEquals("Not a valid date.", Messages.text(TEST_BUNDLE, "date.invalid", null, null));
    }
}
