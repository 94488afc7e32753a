package ir.hami.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void newCodesAreTenDigitsWithACheckDigitAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCode.random().value();
            assertTrue(code.matches("[1-9][0-9]{9}"), code);
            assertEquals(code, TrackingCode.parse(code).value());
            seen.add(code);
        }
        assertTrue(seen.size() > 990, "random codes repeat too often");
    }

    @Test
    void typedCodesMayUsePersianDigitsSpacesAndDashes() {
        String code = TrackingCode.random().value();
        String persian = ir.hami.platform.text.PersianText.toPersianDigits(code);
        String spaced = persian.substring(0, 4) + " - " + persian.substring(4);
        assertEquals(code, TrackingCode.parse(spaced).value());
    }

    @Test
    void oneWrongDigitOrTwoSwappedNeighboursAreRefused() {
        String code = "4539578767"; // 453957876 and its Luhn check digit 7
        assertEquals(code, TrackingCode.parse(code).value());
        assertEquals(7, TrackingCode.checkDigit("453957876"));
        assertRefused("4539578768");
        assertRefused("4539578707");
        assertRefused("4593578767");
        assertRefused("4539587767");
    }

    @Test
    void otherShapesAreRefused() {
        assertRefused(null);
        assertRefused("");
        assertRefused("123");
        assertRefused("0539578763");
        assertRefused("45395787630");
        assertRefused("45395A8763");
    }

    private static void assertRefused(String typed) {
        ValidationException e = assertThrows(ValidationException.class, () -> TrackingCode.parse(typed));
        assertEquals(TrackingCode.KEY_INVALID, e.key());
    }
}
