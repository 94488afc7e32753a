package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void anIdIsDigitsOnly() {
        assertEquals(Optional.of(42L), Requests.id("42"));
        assertEquals(Optional.of(42L), Requests.id(" 42 "));
        assertEquals(Optional.of(999_999_999_999_999_999L), Requests.id("999999999999999999"));
        for (String bad : new String[] {null, "", "  ", "-1", "+1", "1e3", "12a", "۴۲", "1234567890123456789", "4 2", "42; drop", "9".repeat(30)}) {
            assertTrue(Requests.id(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
