package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.CoveragePeriod;
import ir.hami.platform.ValidationException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ClaimWizardRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final CoveragePeriod PERIOD = new CoveragePeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));

    private static void refused(String key, Executable e) {
        assertEquals(key, assertThrows(ValidationException.class, e).key());
    }

    // ---------------------------------------------------------------- step 1

    @Test
    void serviceDateIsRequiredNotInTheFutureAndInsideTheCoverage() {
        assertEquals(TODAY, ClaimWizardRules.serviceDate(TODAY, TODAY, PERIOD));
        assertEquals(PERIOD.from(), ClaimWizardRules.serviceDate(PERIOD.from(), TODAY, PERIOD));
        refused(ClaimWizardRules.DATE_REQUIRED, () -> ClaimWizardRules.serviceDate(null, TODAY, PERIOD));
        refused(ClaimWizardRules.DATE_FUTURE, () -> ClaimWizardRules.serviceDate(TODAY.plusDays(1), TODAY, PERIOD));
        refused(ClaimWizardRules.DATE_OUTSIDE,
                () -> ClaimWizardRules.serviceDate(PERIOD.from().minusDays(1), TODAY, PERIOD));
    }

    @Test
    void aPersonNotCoveredTodayCannotClaimUnderThatCoverage() {
        CoveragePeriod ended = new CoveragePeriod(LocalDate.of(2025, 1, 1), TODAY.minusDays(1));
        refused(ClaimWizardRules.NOT_COVERED_TODAY,
                () -> ClaimWizardRules.serviceDate(TODAY.minusDays(5), TODAY, ended));
    }

    @Test
    void theContractMustBeInForceAndTakeElectronicClaims() {
        assertDoesNotThrow(() -> ClaimWizardRules.contract(true, true));
        refused(ClaimWizardRules.CONTRACT_INACTIVE, () -> ClaimWizardRules.contract(false, true));
        refused(ClaimWizardRules.CONTRACT_NO_ECLAIMS, () -> ClaimWizardRules.contract(true, false));
    }

    // ---------------------------------------------------------------- step 2

    @Test
    void theAmountIsPositiveAndSane() {
        assertEquals(1L, ClaimWizardRules.amount(1L));
        assertEquals(ClaimWizardRules.MAX_AMOUNT, ClaimWizardRules.amount(ClaimWizardRules.MAX_AMOUNT));
        refused(ClaimWizardRules.AMOUNT_REQUIRED, () -> ClaimWizardRules.amount(null));
        refused(ClaimWizardRules.AMOUNT_POSITIVE, () -> ClaimWizardRules.amount(0L));
        refused(ClaimWizardRules.AMOUNT_POSITIVE, () -> ClaimWizardRules.amount(-5L));
        refused(ClaimWizardRules.AMOUNT_TOO_LARGE, () -> ClaimWizardRules.amount(ClaimWizardRules.MAX_AMOUNT + 1));
    }

    @Test
    void theCentreIsChosenOrTypedWhenNotFound() {
        assertNull(ClaimWizardRules.center(7L, false, null));
        assertEquals("درمانگاه نور", ClaimWizardRules.center(null, true, "  درمانگاه نور "));
        refused(ClaimWizardRules.CENTER_REQUIRED, () -> ClaimWizardRules.center(null, false, "x"));
        refused(ClaimWizardRules.CENTER_NAME_REQUIRED, () -> ClaimWizardRules.center(null, true, "  "));
        refused(ClaimWizardRules.CENTER_NAME_TOO_LONG,
                () -> ClaimWizardRules.center(null, true, "ب".repeat(Claim.CENTER_NAME_LENGTH + 1)));
    }

    @Test
    void theCouncilCodeIsOptionalDigitsInAnyScript() {
        assertNull(ClaimWizardRules.councilCode(" "));
        assertEquals("123456", ClaimWizardRules.councilCode("۱۲۳۴۵۶"));
        assertEquals("123456", ClaimWizardRules.councilCode("١٢٣456"));
        refused(ClaimWizardRules.COUNCIL_DIGITS, () -> ClaimWizardRules.councilCode("12a4"));
        refused(ClaimWizardRules.COUNCIL_DIGITS, () -> ClaimWizardRules.councilCode("12345678901"));
    }

    @Test
    void thePrescriptionCodeIsRequiredOnlyWithAnEPrescription() {
        assertNull(ClaimWizardRules.prescriptionCode(false, "123"));
        assertEquals("987654", ClaimWizardRules.prescriptionCode(true, "۹۸۷۶۵۴"));
        refused(ClaimWizardRules.PRESCRIPTION_REQUIRED, () -> ClaimWizardRules.prescriptionCode(null, null));
        refused(ClaimWizardRules.PRESCRIPTION_CODE_REQUIRED, () -> ClaimWizardRules.prescriptionCode(true, " "));
        refused(ClaimWizardRules.PRESCRIPTION_CODE_TOO_LONG,
                () -> ClaimWizardRules.prescriptionCode(true, "1".repeat(Claim.E_PRESCRIPTION_CODE_LENGTH + 1)));
    }

    @Test
    void theDescriptionIsLimited() {
        assertNull(ClaimWizardRules.description(""));
        assertEquals(1000, ClaimWizardRules.description("x".repeat(1000)).length());
        refused(ClaimWizardRules.DESCRIPTION_TOO_LONG, () -> ClaimWizardRules.description("x".repeat(1001)));
    }

    // ---------------------------------------------------------------- step 3

    @Test
    void theMandatoryDocumentsWithoutAnImageAreListed() throws Exception {
        DocumentType invoice = type(1, "INVOICE", "فاکتور");
        DocumentType order = type(2, "ORDER", "دستور پزشک");
        DocumentType other = type(3, "OTHER", "سایر مدارک");
        List<ClaimCatalog.Requirement> required = List.of(new ClaimCatalog.Requirement(invoice, true),
                new ClaimCatalog.Requirement(order, true), new ClaimCatalog.Requirement(other, false));
        assertEquals(List.of(invoice, order), ClaimWizardRules.missingDocuments(required, List.of()));
        assertEquals(List.of(order), ClaimWizardRules.missingDocuments(required, List.of(1L, 3L, 3L)));
        assertEquals(List.of(), ClaimWizardRules.missingDocuments(required, List.of(2L, 1L)));
        ValidationException e = assertThrows(ValidationException.class,
                () -> ClaimWizardRules.requireDocuments(List.of(invoice, order)));
        assertEquals(ClaimWizardRules.DOCUMENTS_MISSING, e.key());
        assertEquals("فاکتور، دستور پزشک", e.args()[0]);
        assertDoesNotThrow(() -> ClaimWizardRules.requireDocuments(List.of()));
    }

    // ---------------------------------------------------------------- step 4

    @Test
    void theMobileConfirmationIsGoodForHalfAnHour() {
        Instant now = Instant.parse("2026-05-10T10:00:00Z");
        assertDoesNotThrow(() -> ClaimWizardRules.confirmed(now.minusSeconds(30 * 60), now));
        refused(ClaimWizardRules.MOBILE_NOT_CONFIRMED, () -> ClaimWizardRules.confirmed(null, now));
        refused(ClaimWizardRules.MOBILE_NOT_CONFIRMED,
                () -> ClaimWizardRules.confirmed(now.minusSeconds(30 * 60 + 1), now));
    }

    // ---------------------------------------------------------------- step 5: the duplicate key

    @Test
    void aSubmittedClaimOfTheFamilyWithTheSameKeyIsADuplicate() throws Exception {
        Claim draft = claim(1, 10, 100, TODAY, 5L, 2_000_000L);
        Claim earlier = claim(2, 10, 100, TODAY, 5L, 2_000_000L);
        earlier.submit("u", "1234567890", null, null, Instant.now());
        assertTrue(ClaimWizardRules.duplicate(draft, earlier));
        assertFalse(ClaimWizardRules.duplicate(draft, draft), "not its own duplicate");
        Claim otherDraft = claim(3, 10, 100, TODAY, 5L, 2_000_000L);
        assertFalse(ClaimWizardRules.duplicate(draft, otherDraft), "a draft is not a claim yet");
        for (Claim different : List.of(claim(4, 11, 100, TODAY, 5L, 2_000_000L),
                claim(5, 10, 100, TODAY.minusDays(1), 5L, 2_000_000L),
                claim(6, 10, 100, TODAY, 6L, 2_000_000L),
                claim(7, 10, 100, TODAY, 5L, 2_000_001L),
                claim(8, 10, 101, TODAY, 5L, 2_000_000L))) {
            different.submit("u", "1234567890", null, null, Instant.now());
            assertFalse(ClaimWizardRules.duplicate(draft, different));
        }
    }

    @Test
    void aDuplicateNeedsAReason() {
        assertNull(ClaimWizardRules.duplicateReason(null, "whatever"));
        assertEquals("دو بار مراجعه کردم", ClaimWizardRules.duplicateReason("1234567890", " دو بار مراجعه کردم "));
        refused(ClaimWizardRules.DUPLICATE_REASON_REQUIRED, () -> ClaimWizardRules.duplicateReason("1234567890", " "));
        refused(ClaimWizardRules.DUPLICATE_REASON_TOO_LONG,
                () -> ClaimWizardRules.duplicateReason("1234567890", "x".repeat(501)));
    }

    // ---------------------------------------------------------------- pieces

    private static Claim claim(long id, long personId, long mainPersonId, LocalDate date, Long serviceId, Long amount)
            throws Exception {
        Claim c = new Claim(ClaimChannel.MEMBER, "u", null,
                new Claim.Subject(personId, mainPersonId, 1, 1, "0012345678", "name"), date, Instant.now());
        c.describe(new ClaimDetails(1L, 1L, null, 1L, serviceId, 1L, amount, BasicInsurance.SALAMAT, null, false,
                null, null), Instant.now());
        setId(c, id);
        return c;
    }

    private static DocumentType type(long id, String code, String title) throws Exception {
        DocumentType t = new DocumentType(code, title);
        setId(t, id);
        return t;
    }

    private static void setId(Object entity, long id) throws Exception {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
    }
}
