package ir.hami.referral;

import ir.hami.platform.id.TrackingCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The referral request's state machine, the auto-issue rule, the codes and the letter's terms. */
class ReferralRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LetterTerms TERMS = new LetterTerms(TODAY, TODAY.plusDays(6), "بستری", 500_000_000L, 10, null);

    private static ReferralRequest request(boolean examProcedure) {
        ReferralProcedure procedure = new ReferralProcedure("P", "عمل بینی", examProcedure);
        return new ReferralRequest("1234567897", ReferralChannel.MEMBER, "member", "k1",
                new ReferralRequest.Subject(1, 1, 2, 3, "0012345679", "علی حسین‌زاده", 4, 5), procedure, "عمل بینی",
                "دکتر رضایی", TODAY.plusDays(2), NOW);
    }

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).key();
    }

    @Test
    void aNewRequestAwaitsTheUnitAndCanBeIssued() {
        ReferralRequest r = request(false);
        assertEquals(ReferralStatus.SUBMITTED, r.getStatus());
        assertTrue(r.isAwaitingUnit());
        ReferralEvent e = r.issue("referral", TERMS, "1405-00000001", "ABCDEFGHJK23456789AB", TODAY, NOW);
        assertEquals(ReferralStatus.SUBMITTED, e.getFromStatus());
        assertEquals(ReferralStatus.ISSUED, e.getToStatus());
        assertEquals(ReferralAction.ISSUED, e.getAction());
        assertFalse(r.isAwaitingUnit());
        assertEquals("referral", r.getDecidedBy());
        assertEquals(TERMS, r.letterTerms());
    }

    @Test
    void finalStatesAllowNothingMore() {
        ReferralRequest issued = request(false);
        issued.issue("u", TERMS, "n", "c", TODAY, NOW);
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> issued.refuse("u", "x", NOW)));
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> issued.cancel("m", NOW)));
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> issued.issue("u", TERMS, "n", "c", TODAY, NOW)));

        ReferralRequest cancelled = request(false);
        cancelled.cancel("m", NOW);
        assertEquals(ReferralStatus.CANCELLED, cancelled.getStatus());
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> cancelled.requestDocuments("u", "x", NOW)));

        ReferralRequest refused = request(false);
        refused.refuse("u", "  مدارک ناقص  ", NOW);
        assertEquals("مدارک ناقص", refused.getUnitNote());
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> refused.bookExam("u",
                new ExamAppointment("دکتر", TODAY, "10:00", "تهران"), NOW)));
    }

    @Test
    void refusingNeedsAReason() {
        assertEquals("referral.refuse.reason", refusal(() -> request(false).refuse("u", " ", NOW)));
    }

    @Test
    void documentsGoBackAndForth() {
        ReferralRequest r = request(false);
        r.requestDocuments("u", "تصویر برگه آزمایش", NOW);
        assertEquals(ReferralStatus.DOCUMENTS_REQUESTED, r.getStatus());
        assertFalse(r.isAwaitingUnit());
        assertTrue(r.getStatus().isCancellable());
        r.documentsAdded("m", NOW);
        assertEquals(ReferralStatus.SUBMITTED, r.getStatus());
        assertTrue(r.isAwaitingUnit());
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> r.documentsAdded("m", NOW)));
    }

    @Test
    void anExamBoundRequestIsIssuedOnlyAfterItsExam() {
        ReferralRequest r = request(true);
        assertTrue(r.isExamRequired());
        assertEquals(ReferralRequest.EXAM_FIRST, refusal(() -> r.issue("u", TERMS, "n", "c", TODAY, NOW)));
        r.requireExam("u", null, NOW);
        assertEquals(ReferralStatus.EXAM_REQUIRED, r.getStatus());
        assertEquals(ReferralRequest.EXAM_FIRST, refusal(() -> r.issue("u", TERMS, "n", "c", TODAY, NOW)));
        r.bookExam("u", new ExamAppointment("دکتر معتمد", TODAY.plusDays(3), "10:30", "تهران، خیابان ولیعصر"), NOW);
        assertEquals(ReferralStatus.EXAM_BOOKED, r.getStatus());
        assertEquals(ReferralRequest.EXAM_FIRST, refusal(() -> r.issue("u", TERMS, "n", "c", TODAY, NOW)));
        r.issue("u", TERMS, "n", "c", TODAY.plusDays(3), NOW);
        assertEquals(ReferralStatus.ISSUED, r.getStatus());
    }

    @Test
    void theUnitMayRebookAnExam() {
        ReferralRequest r = request(false);
        r.requireExam("u", "معاینه لازم است", NOW);
        assertTrue(r.isExamRequired());
        r.bookExam("u", new ExamAppointment("دکتر الف", TODAY, "09:00", "الف"), NOW);
        r.bookExam("u", new ExamAppointment("دکتر ب", TODAY.plusDays(1), "11:00", "ب"), NOW);
        assertEquals("دکتر ب", r.getExamPhysician());
        assertEquals(ReferralStatus.EXAM_BOOKED, r.getStatus());
    }

    @Test
    void autoIssueRules() {
        assertEquals(AutoIssue.NOT_ONLINE, AutoIssue.decide(false, true, true, true, false).reason());
        assertEquals(AutoIssue.Outcome.REFUSE, AutoIssue.decide(true, false, true, true, false).outcome());
        assertEquals(AutoIssue.NOT_COVERED, AutoIssue.decide(true, false, true, true, false).reason());
        assertEquals(AutoIssue.QUEUED_NOT_CONTRACTED, AutoIssue.decide(true, true, false, true, false).reason());
        assertEquals(AutoIssue.QUEUED_FREE_CAUSE, AutoIssue.decide(true, true, true, false, false).reason());
        assertEquals(AutoIssue.QUEUED_EXAM, AutoIssue.decide(true, true, true, true, true).reason());
        AutoIssue.Decision issue = AutoIssue.decide(true, true, true, true, false);
        assertTrue(issue.issued());
        assertNull(issue.reason());
    }

    @Test
    void trackingCodesCarryALuhnCheckDigit() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCodes.next(random);
            assertEquals(10, code.length());
            assertTrue(code.charAt(0) != '0');
            assertEquals(Optional.of(code), TrackingCodes.parse(code));
            String wrong = code.substring(0, 9) + (char) ('0' + (code.charAt(9) - '0' + 1) % 10);
            assertTrue(TrackingCodes.parse(wrong).isEmpty(), wrong);
        }
        assertEquals(Optional.of("7992739875"), TrackingCodes.parse("۷۹۹۲۷۳۹۸۷۵"));
        assertEquals(Optional.of("7992739875"), TrackingCodes.parse("79927-39875"));
        assertTrue(TrackingCodes.parse("7992739876").isEmpty());
        assertTrue(TrackingCodes.parse("0992739875").isEmpty());
        assertTrue(TrackingCodes.parse("abc").isEmpty());
        assertTrue(TrackingCodes.parse(null).isEmpty());
    }

    @Test
    void lettersHaveANumberAndAnUnguessableVerificationCode() {
        assertEquals("1405-00012345", LetterCodes.letterNumber(12345, LocalDate.of(2026, 11, 30)));
        Random random = new Random(3);
        String a = LetterCodes.verificationCode(random);
        String b = LetterCodes.verificationCode(random);
        assertTrue(LetterCodes.isVerificationCode(a));
        assertFalse(a.equals(b));
        assertFalse(LetterCodes.isVerificationCode("ABC"));
        assertFalse(LetterCodes.isVerificationCode("0OIL1" + a.substring(5)));
        assertFalse(LetterCodes.isVerificationCode("' or 1=1 --xxxxxxxxxx"));
        assertEquals("ع. ح.", LetterCodes.initials("علی", "حسین‌زاده"));
        assertEquals("ز. ", LetterCodes.initials("زهرا", null));
    }

    @Test
    void letterTermsAreChecked() {
        assertEquals(TERMS, TERMS.validate());
        assertEquals("referral.letter.dates", refusal(() ->
                new LetterTerms(null, TODAY, "x", 1L, 10, null).validate()));
        assertEquals("referral.letter.datesOrder", refusal(() ->
                new LetterTerms(TODAY, TODAY.minusDays(1), "x", 1L, 10, null).validate()));
        assertEquals("referral.letter.tooLong", refusal(() ->
                new LetterTerms(TODAY, TODAY.plusDays(181), "x", 1L, 10, null).validate()));
        assertEquals("referral.letter.procedure", refusal(() ->
                new LetterTerms(TODAY, TODAY, " ", 1L, 10, null).validate()));
        assertEquals("referral.letter.ceiling", refusal(() ->
                new LetterTerms(TODAY, TODAY, "x", 0L, 10, null).validate()));
        assertEquals("referral.letter.franchise", refusal(() ->
                new LetterTerms(TODAY, TODAY, "x", 1L, 101, null).validate()));
        assertTrue(TERMS.validOn(TODAY.plusDays(6)));
        assertFalse(TERMS.validOn(TODAY.plusDays(7)));
        assertEquals(Verification.State.NOT_YET_VALID, Verification.stateOn(TODAY, TODAY, TODAY.minusDays(1)));
        assertEquals(Verification.State.EXPIRED, Verification.stateOn(TODAY, TODAY, TODAY.plusDays(1)));
        assertEquals(Verification.State.VALID, Verification.stateOn(TODAY, TODAY, TODAY));
    }

    @Test
    void examAppointmentsAreChecked() {
        assertEquals("09:05", new ExamAppointment(" دکتر ", TODAY, "۹:۰۵", " محل ").validate(TODAY).time());
        assertEquals("referral.exam.required", refusal(() ->
                new ExamAppointment("دکتر", TODAY, "", "محل").validate(TODAY)));
        assertEquals("referral.exam.time", refusal(() ->
                new ExamAppointment("دکتر", TODAY, "25:00", "محل").validate(TODAY)));
        assertEquals("referral.exam.past", refusal(() ->
                new ExamAppointment("دکتر", TODAY.minusDays(1), "10:00", "محل").validate(TODAY)));
    }

    @Test
    void statusRules() {
        assertTrue(ReferralStatus.SUBMITTED.isCancellable());
        assertFalse(ReferralStatus.EXAM_BOOKED.isCancellable());
        assertTrue(ReferralStatus.AWAITING_UNIT.contains(ReferralStatus.EXAM_BOOKED));
        assertFalse(ReferralStatus.DOCUMENTS_REQUESTED.isAwaitingUnit());
        for (ReferralStatus s : ReferralStatus.values()) {
            assertEquals(s.isFinal(), !s.mayRefuse(), s.name());
        }
    }
}
