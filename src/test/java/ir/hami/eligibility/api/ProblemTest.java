package ir.hami.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void problemJsonHasTypeTitleStatusDetailAndPersianTitle() {
        Problem p = new Problem("api-key-missing", "API key \"missing\"", 401, "line\nbreak", "کلید");
        assertEquals("{\"type\":\"https://hami.example/problems/api-key-missing\",\"title\":\"API key \\\"missing\\\"\","
                + "\"status\":401,\"detail\":\"line\\nbreak\",\"title_fa\":\"کلید\"}", p.toJson());
        assertEquals("{\"type\":\"https://hami.example/problems/x\",\"title\":\"X\",\"status\":500}",
                new Problem("x", "X", 500, null, null).toJson());
    }

    @Test
    void nationalIdErrorsAreBadRequests() {
        assertEquals(400, ProblemMapper.forValidation("nationalId.format").status());
        assertEquals("national-id-invalid", ProblemMapper.forValidation("nationalId.invalid").type());
    }

    @Test
    void aCheckThatCannotBeRecordedIsUnavailableWithAPersianTitle() {
        Problem p = ProblemMapper.unavailable();
        assertEquals(503, p.status());
        assertEquals("unavailable", p.type());
        assertTrue(p.toJson().contains("سامانه موقتاً پاسخگو نیست"), p.toJson());
        assertTrue(ProblemMapper.UNAVAILABLE_RETRY_SECONDS > 0);
    }

    @Test
    void birthDateIsGregorianOrJalali() {
        assertEquals(LocalDate.of(1985, 3, 21), EligibilityResource.parseDate("1985-03-21"));
        assertEquals(LocalDate.of(1985, 3, 21), EligibilityResource.parseDate("1364/01/01"));
        assertEquals(LocalDate.of(1985, 3, 21), EligibilityResource.parseDate("۱۳۶۴/۰۱/۰۱"));
        assertNull(EligibilityResource.parseDate(" "));
        assertThrows(ValidationException.class, () -> EligibilityResource.parseDate("1985-02-30"));
        assertThrows(ValidationException.class, () -> EligibilityResource.parseDate("yesterday"));
    }
}
