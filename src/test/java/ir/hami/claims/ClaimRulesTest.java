package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.*;

import ir.hami.membership.Cover;
import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claim's state machine, its stage dates and its amounts. */
class ClaimRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final Claim.Subject SUBJECT = new Claim.Subject(7, 5, 3, 1, "0012345679", "علی حسین‌زاده");

    private static Claim draft() {
        return new Claim(ClaimChannel.MEMBER, "0012345679", "key-1", SUBJECT, LocalDate.of(2026, 10, 20), T0);
    }

    private static Claim registered() {
        Claim c = draft();
        c.submit("0012345679", "1234567897", null, null, T0.plusSeconds(60));
        return c;
    }

    private static Assessment assessment() {
        return new Assessment(List.of(
                new Assessment.Item(ItemKind.VISIT, "ویزیت متخصص", "دکتر رضایی", "12345", LocalDate.of(2026, 10, 20),
                        1, 2_000_000, List.of(new Assessment.Deduction(DeductionKind.FRANCHISE, 600_000, null),
                        new Assessment.Deduction(DeductionKind.OUT_OF_TARIFF, 400_000, "بالاتر از تعرفه"))),
                new Assessment.Item(ItemKind.DRUG, "آموکسی‌سیلین", null, null, null, 2, 500_000,
                        List.of(new Assessment.Deduction(DeductionKind.NOT_COVERED, 500_000, null))),
                new Assessment.Item(ItemKind.LAB, "آزمایش خون", null, null, null, 1, 3_000_000,
                        List.of(new Assessment.Deduction(DeductionKind.OVER_CEILING, 1_000_000, null),
                                new Assessment.Deduction(DeductionKind.FRANCHISE, 300_000, null)))),
                "طبق تعرفه");
    }

    @Test
    void aNewClaimIsADraftWithoutTrackingCode() {
        Claim c = draft();
        assertEquals(ClaimState.DRAFT, c.getState());
        assertNull(c.getTrackingCode());
        assertEquals(2, c.getDraftStep());
        assertEquals(ClaimAction.DRAFTED, c.drafted("u").getAction());
    }

    @Test
    void submitGivesTrackingCodeAndReception() {
        Claim c = draft();
        ClaimEvent e = c.submit("u", "1234567897", "5555555555", "دو نسخه جدا", T0.plusSeconds(60));
        assertEquals(ClaimState.REGISTERED, c.getState());
        assertEquals(ClaimState.DRAFT, e.getFromState());
        assertEquals("1234567897", c.getTrackingCode());
        assertEquals(T0.plusSeconds(60), c.getReceivedAt());
        assertTrue(c.isFlaggedDuplicate());
        assertEquals("دو نسخه جدا", c.getDuplicateReason());
        assertThrows(ValidationException.class, () -> c.submit("u", "1111111111", null, null, T0));
    }

    @Test
    void aDraftAloneMayBeEdited() {
        Claim c = registered();
        ClaimDetails d = new ClaimDetails(1L, null, "درمانگاه", 1L, 1L, null, 10L, BasicInsurance.SALAMAT,
                null, false, null, null);
        assertThrows(ValidationException.class, () -> c.describe(d, T0));
        assertThrows(ValidationException.class, () -> c.confirmMobile("09120000000", T0));
        assertThrows(ValidationException.class, () -> c.changeSubject(SUBJECT, LocalDate.now(), T0));
    }

    @Test
    void eprescriptionCodeIsDroppedWhenNotEprescription() {
        Claim c = draft();
        c.describe(new ClaimDetails(1L, 2L, null, 1L, 1L, 9L, 10L, BasicInsurance.SALAMAT, "123", false, "X1",
                "d"), T0);
        assertNull(c.getEPrescriptionCode());
        assertEquals(10L, c.getRequestedAmount());
    }

    @Test
    void deficiencyRoundTrip() {
        Claim c = registered();
        ClaimEvent asked = c.declareDeficiency("assessor", "  تصویر نسخه خوانا نیست  ", T0.plusSeconds(120));
        assertEquals(ClaimState.DEFICIENCY, c.getState());
        assertEquals("تصویر نسخه خوانا نیست", c.getDeficiencyNote());
        assertEquals("تصویر نسخه خوانا نیست", asked.getNote());
        assertEquals(1, c.getDeficiencyRound());
        assertTrue(c.getState().isMemberToAct());
        assertThrows(ValidationException.class, () -> c.assess("a", "a", assessment(), 1L, T0));
        c.fixDeficiency("member", null, T0.plusSeconds(180));
        assertEquals(ClaimState.DEFICIENCY_FIXED, c.getState());
        assertTrue(c.getState().isAwaitingAssessor());
        c.declareDeficiency("assessor", "باز هم", T0.plusSeconds(240));
        assertEquals(2, c.getDeficiencyRound());
    }

    @Test
    void aDeficiencyNeedsItsReason() {
        Claim c = registered();
        assertThrows(ValidationException.class, () -> c.declareDeficiency("a", "  ", T0));
        assertEquals(ClaimState.REGISTERED, c.getState());
    }

    @Test
    void originalsThenAssessment() {
        Claim c = registered();
        c.requestOriginals("assessor", "شعبه تهران، خیابان ولیعصر", T0.plusSeconds(60));
        assertEquals(ClaimState.AWAITING_ORIGINALS, c.getState());
        assertThrows(ValidationException.class, () -> c.assess("a", "a", assessment(), 1L, T0));
        c.originalsDelivered("assessor", T0.plusSeconds(120));
        assertEquals(ClaimState.ORIGINALS_DELIVERED, c.getState());
        assertNotNull(c.getOriginalsDeliveredAt());
        assertThrows(ValidationException.class, () -> c.requestOriginals("a", "x", T0));
        c.assess("assessor", "خانم کریمی", assessment(), 4L, T0.plusSeconds(180));
        assertEquals(ClaimState.ASSESSED, c.getState());
        assertEquals(4L, c.getCoverId());
    }

    @Test
    void amountsAreTheAssessmentsSums() {
        Assessment a = assessment();
        assertEquals(5_500_000, a.total());
        assertEquals(900_000, a.deducted(DeductionKind.FRANCHISE));
        assertEquals(1_000_000, a.deducted(DeductionKind.OVER_CEILING));
        assertEquals(400_000, a.deducted(DeductionKind.OUT_OF_TARIFF));
        assertEquals(500_000, a.deducted(DeductionKind.NOT_COVERED));
        assertEquals(3_600_000, a.commitment());
        assertEquals(2_700_000, a.payable());
        assertEquals(a.total(), a.payable() + a.items().stream().mapToLong(Assessment.Item::deducted).sum());

        Claim c = registered();
        c.assess("assessor", "خانم کریمی", a, 4L, T0.plusSeconds(180));
        assertEquals(5_500_000L, c.getTotalAmount());
        assertEquals(900_000L, c.getFranchiseAmount());
        assertEquals(1_000_000L, c.getOverCeilingAmount());
        assertEquals(400_000L, c.getOutOfTariffAmount());
        assertEquals(500_000L, c.getNotCoveredAmount());
        assertEquals(3_600_000L, c.getCommitmentAmount());
        assertEquals(2_700_000L, c.getPayableAmount());
    }

    @Test
    void anItemCannotLoseMoreThanItCost() {
        assertThrows(ValidationException.class, () -> new Assessment.Item(ItemKind.DRUG, "x", null, null, null, 1,
                100, List.of(new Assessment.Deduction(DeductionKind.NOT_COVERED, 60, null),
                new Assessment.Deduction(DeductionKind.FRANCHISE, 41, null))));
        assertThrows(ValidationException.class, () -> new Assessment.Deduction(DeductionKind.FRANCHISE, -1, null));
        assertThrows(ValidationException.class, () -> new Assessment(List.of(), null));
        assertThrows(ValidationException.class, () -> new Assessment.Item(ItemKind.DRUG, "x", null, null, null, 0,
                100, List.of()));
    }

    @Test
    void financeToDepositAndReturn() {
        Claim c = registered();
        c.assess("assessor", "کریمی", assessment(), 4L, T0.plusSeconds(60));
        assertThrows(ValidationException.class, () -> c.sendToBank("f", payment(), T0));
        c.sendToFinance("assessor", "ف-۱۴۰۵-۷۷", null, T0.plusSeconds(120));
        assertEquals(ClaimState.SENT_TO_FINANCE, c.getState());
        assertThrows(ValidationException.class, () -> c.deposit("f", LocalDate.of(2026, 11, 10), T0));
        ClaimEvent bank = c.sendToBank("finance", payment(), T0.plusSeconds(180));
        assertEquals(ClaimAction.SENT_TO_BANK, bank.getAction());
        assertEquals(ClaimState.SENT_TO_FINANCE, c.getState());
        assertThrows(ValidationException.class, () -> c.deposit("f", LocalDate.of(2026, 11, 4), T0));
        c.deposit("finance", LocalDate.of(2026, 11, 6), T0.plusSeconds(240));
        assertEquals(ClaimState.PAID, c.getState());
        assertTrue(c.getState().isFinal());
        c.paymentReturned("finance", "ع/۵۵", LocalDate.of(2026, 11, 9), T0.plusSeconds(300));
        assertEquals(ClaimState.PAYMENT_RETURNED, c.getState());
        c.sendToBank("finance", payment(), T0.plusSeconds(360));
        assertNull(c.getDepositedOn());
        assertEquals(ClaimState.SENT_TO_FINANCE, c.getState());
    }

    private static Payment payment() {
        return new Payment(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5), "IR820540102680020817909002",
                "77001", "ساتنا", "واحد مالی تهران");
    }

    @Test
    void rejectedIsFinalAndNeedsAReason() {
        Claim c = registered();
        assertThrows(ValidationException.class, () -> c.reject("a", "", T0));
        c.reject("assessor", "خدمت زیبایی در تعهد نیست", T0.plusSeconds(60));
        assertEquals(ClaimState.REJECTED, c.getState());
        assertThrows(ValidationException.class, () -> c.declareDeficiency("a", "x", T0));
        assertThrows(ValidationException.class, () -> c.sendToFinance("a", "1", null, T0));
    }

    @Test
    void everyStateIsReachableAndFiltersCoverEverySubmittedState() {
        Set<ClaimState> inFilters = EnumSet.noneOf(ClaimState.class);
        for (ClaimFilter f : ClaimFilter.values()) {
            if (f != ClaimFilter.ALL && f != ClaimFilter.DRAFTS) {
                inFilters.addAll(f.states());
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(ClaimState.DRAFT)), ClaimFilter.ALL.states());
        assertEquals(ClaimFilter.ALL.states(), inFilters, "every submitted state has its own filter");
        assertFalse(ClaimFilter.ALL.includes(ClaimState.DRAFT));
    }

    @Test
    void duplicateKeyIsPersonDayServiceAndAmount() {
        Claim a = draft();
        Claim b = draft();
        ClaimDetails d = new ClaimDetails(1L, 2L, null, 1L, 3L, null, 1_500_000L, BasicInsurance.SALAMAT, null,
                false, null, null);
        a.describe(d, T0);
        b.describe(d, T0);
        assertTrue(a.sameServiceAs(b));
        b.describe(new ClaimDetails(1L, 2L, null, 1L, 3L, null, 1_500_001L, BasicInsurance.SALAMAT, null, false,
                null, null), T0);
        assertFalse(a.sameServiceAs(b));
    }

    @Test
    void coverForServiceTypeTakesItsKindElseAnUnkindedOne() throws Exception {
        Cover hospital = cover("بستری", 500_000_000).kind(CoverKind.HOSPITAL, false);
        Cover general = cover("سایر", 10_000_000);
        Cover bigGeneral = cover("عمومی", 90_000_000);
        assertSame(hospital, ClaimCatalog.coverFor(List.of(general, hospital, bigGeneral), CoverKind.HOSPITAL)
                .orElseThrow());
        assertSame(bigGeneral, ClaimCatalog.coverFor(List.of(general, hospital, bigGeneral), CoverKind.DENTAL)
                .orElseThrow());
        assertTrue(ClaimCatalog.coverFor(List.of(hospital), CoverKind.DENTAL).isEmpty());
    }

    private static Cover cover(String title, long ceiling) throws Exception {
        var k = ir.hami.membership.InsuranceContract.class;
        var ctor = Cover.class.getDeclaredConstructor(k, String.class, long.class, int.class, int.class);
        ctor.setAccessible(true);
        return ctor.newInstance(null, title, ceiling, 10, 0);
    }
}
