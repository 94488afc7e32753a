package ir.hami.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Problem;
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
        assertEquals(400, Problem.forValidation("nationalId.format").status());
        assertEquals("national-id-invalid", Problem.forValidation("nationalId.invalid").type());
    }

    @Test
    void aCheckThatCannotBeRecordedIsUnavailableWithAPersianTitle() {
        Problem p = Problem.unavailable();
        assertEquals(503, p.status());
        assertEquals("unavailable", p.type());
        assertTrue(p.toJson().contains("سامانه موقتاً پاسخگو نیست"), p.toJson());
        assertTrue(Problem.UNAVAILABLE_RETRY_SECONDS > 0);
    }

    @Test
    void everyRefusalHasItsStatusAndAPersianTitle() {
        assertEquals(401, Problem.keyMissing("X-Api-Key").status());
        assertTrue(Problem.keyMissing("X-Api-Key").detail().contains("X-Api-Key"));
        assertEquals(401, Problem.keyInvalid().status());
        assertEquals(429, Problem.rateLimited(3).status());
        assertTrue(Problem.rateLimited(3).detail().contains("3 s"));
        assertEquals(404, Problem.notFound().status());
        assertEquals(405, Problem.methodNotAllowed().status());
        assertEquals(500, Problem.internal().status());
        for (Problem p : new Problem[] {Problem.keyMissing("X-Api-Key"), Problem.keyInvalid(), Problem.rateLimited(1),
                Problem.notFound(), Problem.methodNotAllowed(), Problem.internal(), Problem.forValidation("other")}) {
            assertTrue(p.titleFa() != null && !p.titleFa().isBlank(), p.type());
        }
    }

    @Test
    void otherRefusalsOfTheHttpLayerAreProblemsByStatus() {
        Problem notAcceptable = Problem.forStatus(406);
        assertEquals("http-406", notAcceptable.type());
        assertEquals("Not Acceptable", notAcceptable.title());
        assertEquals(406, notAcceptable.status());
        assertEquals("Error", Problem.forStatus(499).title());
        assertTrue(notAcceptable.titleFa() != null && !notAcceptable.titleFa().isBlank());
    }

    @Test
    void aBirthDateThatCannotBeDecodedIsRefusedNotIgnored() {
        assertEquals("1364/01/01", EligibilityResource.birthDateIn("birthDate=1364%2F01%2F01"));
        assertEquals("۱۳۶۴/۰۱/۰۱",
                EligibilityResource.birthDateIn("x=1&birthDate=%DB%B1%DB%B3%DB%B6%DB%B4/%DB%B0%DB%B1/%DB%B0%DB%B1"));
        assertNull(EligibilityResource.birthDateIn(null));
        assertNull(EligibilityResource.birthDateIn("birthdate=1985-03-21&other=1"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> EligibilityResource.birthDateIn("birthDate=%ZZ"));
        assertEquals("birth-date-invalid", Problem.forValidation(e.key()).type());
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
