package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimTimeline.Stage;
import ir.hami.claims.ClaimTimeline.Status;
import ir.hami.claims.ClaimTimeline.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where a claim is, stage by stage, as the member's timeline shows it. */
class ClaimTimelineTest {

    /** 1403/01/01 noon in Tehran is 2024-03-20 08:30Z; each step a day later. */
    private static final Instant T0 = Instant.parse("2024-03-20T08:30:00Z");
    private static final long DAY = 86_400;

    private final List<ClaimEvent> events = new ArrayList<>();

    private Claim submitted() {
        Claim c = new Claim(ClaimChannel.MEMBER, "0012345678", "k1",
                new Claim.Subject(1, 1, 10, 20, "0012345678", "علی تست"), LocalDate.of(2024, 3, 18), T0);
        events.add(c.submit("0012345678", "1234567897", null, null, T0));
        return c;
    }

    private static Instant day(int n) {
        return T0.plusSeconds(n * DAY);
    }

    private static Assessment assessment() {
        return new Assessment(List.of(new Assessment.Item(ItemKind.VISIT, "ویزیت", null, null, null, 1, 1_000_000,
                List.of(new Assessment.Deduction(DeductionKind.FRANCHISE, 100_000, null)))), "ok");
    }

    private String shape(ClaimTimeline t) {
        return t.getSteps().stream().map(s -> s.stage() + ":" + s.status()).collect(Collectors.joining(" "));
    }

    private Step step(ClaimTimeline t, Stage stage) {
        return t.getSteps().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    @Test
    void aNewClaimIsReceivedAndAwaitsTheAssessor() {
        Claim c = submitted();
        ClaimTimeline t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:CURRENT FINANCE:WAITING BANK:WAITING DEPOSIT:WAITING", shape(t));
        assertEquals(LocalDate.of(2024, 3, 20), step(t, Stage.RECEPTION).day());
        Step now = t.getCurrent();
        assertEquals(Stage.ASSESSMENT, now.stage());
        assertEquals("claims.timeline.next.ASSESSMENT", now.nextKey());
        // only the current stage says what happens next
        assertEquals(1, t.getSteps().stream().filter(s -> s.nextKey() != null).count());
    }

    @Test
    void theOriginalsAppearOnlyWhenAskedForWithTheirPlace() {
        Claim c = submitted();
        events.add(c.requestOriginals("assessor", "شعبه شیراز، خیابان زند", day(1)));
        ClaimTimeline t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ORIGINALS:MEMBER ASSESSMENT:WAITING FINANCE:WAITING BANK:WAITING DEPOSIT:WAITING",
                shape(t));
        Step originals = step(t, Stage.ORIGINALS);
        assertEquals(List.of("شعبه شیراز، خیابان زند"), originals.detailArgs());
        assertEquals("claims.timeline.next.ORIGINALS", originals.nextKey());
        assertEquals(LocalDate.of(2024, 3, 21), originals.day());

        events.add(c.originalsDelivered("assessor", day(3)));
        t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ORIGINALS:DONE ASSESSMENT:CURRENT FINANCE:WAITING BANK:WAITING DEPOSIT:WAITING",
                shape(t));
        assertEquals(LocalDate.of(2024, 3, 23), step(t, Stage.ORIGINALS).day());
        assertEquals("claims.timeline.ORIGINALS.delivered", step(t, Stage.ORIGINALS).detailKey());
    }

    @Test
    void aDeficiencyIsShownOnTheAssessmentWithTheReasonAndTheMembersTurn() {
        Claim c = submitted();
        events.add(c.declareDeficiency("assessor", "تصویر نسخه خوانا نیست", day(2)));
        ClaimTimeline t = ClaimTimeline.of(c, events);
        Step a = step(t, Stage.ASSESSMENT);
        assertEquals(Status.MEMBER, a.status());
        assertEquals("claims.timeline.ASSESSMENT.deficiency", a.detailKey());
        assertEquals(List.of("تصویر نسخه خوانا نیست"), a.detailArgs());
        assertEquals("claims.timeline.next.DEFICIENCY", a.nextKey());
        assertEquals(LocalDate.of(2024, 3, 22), a.day());
        assertEquals(a, t.getCurrent());

        events.add(c.fixDeficiency("member", null, day(3)));
        t = ClaimTimeline.of(c, events);
        a = step(t, Stage.ASSESSMENT);
        assertEquals(Status.CURRENT, a.status());
        assertEquals("claims.timeline.ASSESSMENT.fixed", a.detailKey());
    }

    @Test
    void aRejectionStopsTheTimelineThere() {
        Claim c = submitted();
        events.add(c.reject("assessor", "خدمت زیبایی در تعهد نیست", day(4)));
        ClaimTimeline t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:STOPPED", shape(t));
        Step a = t.getCurrent();
        assertEquals(List.of("خدمت زیبایی در تعهد نیست"), a.detailArgs());
        assertEquals("claims.timeline.next.REJECTED", a.nextKey());
        assertEquals(LocalDate.of(2024, 3, 24), a.day());
    }

    @Test
    void fromAssessmentToDepositEachStageHasItsDay() {
        Claim c = submitted();
        events.add(c.assess("assessor", "دکتر کریمی", assessment(), 5L, day(5)));
        ClaimTimeline t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:DONE FINANCE:CURRENT BANK:WAITING DEPOSIT:WAITING", shape(t));
        assertEquals(List.of("دکتر کریمی"), step(t, Stage.ASSESSMENT).detailArgs());

        events.add(c.sendToFinance("finance", "FN-77", null, day(6)));
        t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:DONE FINANCE:DONE BANK:CURRENT DEPOSIT:WAITING", shape(t));
        assertEquals(List.of("FN-77"), step(t, Stage.FINANCE).detailArgs());
        assertEquals(LocalDate.of(2024, 3, 26), step(t, Stage.FINANCE).day());

        LocalDate bank = LocalDate.of(2024, 4, 1);
        events.add(c.sendToBank("finance", new Payment(bank, bank, "IR120000000000000000003456", "R1", "پایا",
                "واحد مالی"), day(12)));
        t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:DONE FINANCE:DONE BANK:DONE DEPOSIT:CURRENT", shape(t));
        assertEquals(bank, step(t, Stage.BANK).day());
        assertEquals("claims.timeline.next.DEPOSIT", t.getCurrent().nextKey());

        events.add(c.deposit("finance", bank.plusDays(1), day(13)));
        t = ClaimTimeline.of(c, events);
        assertEquals("RECEPTION:DONE ASSESSMENT:DONE FINANCE:DONE BANK:DONE DEPOSIT:DONE", shape(t));
        assertEquals(bank.plusDays(1), step(t, Stage.DEPOSIT).day());
        assertTrue(t.getSteps().stream().noneMatch(s -> s.nextKey() != null));
        assertFalse(t.getSteps().stream().anyMatch(Step::isNow));
        assertEquals(Stage.DEPOSIT, t.getCurrent().stage());
    }

    @Test
    void aReturnedPaymentIsShownOnTheDepositWithTheLetter() {
        Claim c = submitted();
        c.assess("assessor", "دکتر", assessment(), 5L, day(5));
        c.sendToFinance("finance", "FN-1", null, day(6));
        LocalDate bank = LocalDate.of(2024, 4, 1);
        c.sendToBank("finance", new Payment(bank, bank, "IR120000000000000000003456", null, null, null), day(7));
        c.deposit("finance", bank, day(8));
        c.paymentReturned("finance", "RL-9", bank.plusDays(3), day(9));
        ClaimTimeline t = ClaimTimeline.of(c, events);
        Step d = step(t, Stage.DEPOSIT);
        assertEquals(Status.STOPPED, d.status());
        assertEquals(List.of("RL-9"), d.detailArgs());
        assertEquals("claims.timeline.next.RETURNED", d.nextKey());
        assertEquals(bank.plusDays(3), d.day());
    }

    @Test
    void aDraftHasNothingDoneYet() {
        Claim c = new Claim(ClaimChannel.MEMBER, "u", null, new Claim.Subject(1, 1, 1, 1, "0012345678", "x"),
                LocalDate.of(2024, 3, 1), T0);
        ClaimTimeline t = ClaimTimeline.of(c, List.of());
        assertEquals(Status.WAITING, step(t, Stage.RECEPTION).status());
        assertNull(step(t, Stage.RECEPTION).day());
    }
}
