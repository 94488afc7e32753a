package ir.hami.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void lettersAreNormalisedAndLinesKept() {
        assertEquals("سلام علی\nبیمه کارکنان\n\nپایان",
                PersianText.normalizeParagraphs("  سلام  علي\r\nبيمه كاركنان\r\n\r\nپایان  \n"));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(PersianText.normalizeParagraphs(null));
        assertEquals("", PersianText.normalizeParagraphs(" \n "));
    }
}
