package ir.hami.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AnnouncementBodyTest {

    @Test
    void lettersAreNormalisedAndLinesKept() {
        assertEquals("سلام علی\nبیمه کارکنان\n\nپایان",
                AnnouncementService.normalizeBody("  سلام  علي\r\nبيمه كاركنان\r\n\r\nپایان  \n"));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(AnnouncementService.normalizeBody(null));
        assertEquals("", AnnouncementService.normalizeBody(" \n "));
    }
}
