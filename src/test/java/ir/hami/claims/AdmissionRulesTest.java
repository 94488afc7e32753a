package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An admission changes only while in progress; "I confirm" freezes it; staff reject only a completed one. */
class AdmissionRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    private static final long PERSON = 20, MAIN = 10;

    private static Admission admission() {
        return new Admission("1234567890", "member", null, PERSON, MAIN, 5, "بستری", null, NOW);
    }

    @Test
    void inProgressIsEditable() {
        Admission a = admission();
        assertEquals(AdmissionState.IN_PROGRESS, a.getState());
        a.requireEditable();
        a.edit("بستری بیمارستان", "توضیح", NOW.plusSeconds(60));
        assertEquals("بستری بیمارستان", a.getTitle());
    }

    @Test
    void confirmingFreezesIt() {
        Admission a = admission();
        a.confirm(NOW);
        assertEquals(AdmissionState.COMPLETED, a.getState());
        assertEquals(NOW, a.getConfirmedAt());
        ValidationException e = assertThrows(ValidationException.class, a::requireEditable);
        assertEquals(Admission.NOT_ALLOWED, e.key());
        assertThrows(ValidationException.class, () -> a.edit("x", null, NOW));
        assertThrows(ValidationException.class, () -> a.confirm(NOW), "confirmed once");
    }

    @Test
    void staffRejectOnlyACompletedOneAndSayWhy() {
        Admission a = admission();
        assertThrows(ValidationException.class, () -> a.reject("ناخوانا", NOW), "still in progress");
        a.confirm(NOW);
        ValidationException blank = assertThrows(ValidationException.class, () -> a.reject("  ", NOW));
        assertEquals("admissions.reject.reasonRequired", blank.key());
        a.reject(" تصویر ناخوانا است ", NOW);
        assertEquals(AdmissionState.REJECTED, a.getState());
        assertEquals("تصویر ناخوانا است", a.getRejectReason());
        assertThrows(ValidationException.class, a::requireEditable, "a rejected one stays frozen");
        assertThrows(ValidationException.class, () -> a.reject("again", NOW));
    }

    @Test
    void thePersonAndTheStoredMainMemberSeeIt() {
        Admission a = admission();
        assertTrue(Admissions.maySee(new ClaimViewer(Role.MEMBER, "p", PERSON), a));
        assertTrue(Admissions.maySee(new ClaimViewer(Role.MEMBER, "m", MAIN), a));
        assertFalse(Admissions.maySee(new ClaimViewer(Role.MEMBER, "o", 99L), a), "another family");
        assertFalse(Admissions.maySee(new ClaimViewer(Role.MEMBER, "x", null), a), "a member without a person");
        assertFalse(Admissions.maySee(new ClaimViewer(Role.CENTER, "c", null), a));
        assertTrue(Admissions.maySee(new ClaimViewer(Role.ASSESSOR, "a", null), a));
        assertTrue(Admissions.maySee(new ClaimViewer(Role.ADMIN, "a", null), a));
    }

    @Test
    void aFormerMainMemberDoesNotSeeOneMadeAfterThePersonLeft() {
        // made under the person's new coverage, whose main member is someone else
        Admission later = new Admission("1234567891", "p", null, PERSON, 77, 6, "دارو", null, NOW);
        assertFalse(Admissions.maySee(new ClaimViewer(Role.MEMBER, "m", MAIN), later));
        assertTrue(Admissions.maySee(new ClaimViewer(Role.MEMBER, "p", PERSON), later));
    }
}
