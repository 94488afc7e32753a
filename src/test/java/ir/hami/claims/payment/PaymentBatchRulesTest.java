package ir.hami.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimChannel;
import ir.hami.platform.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a batch pays, which claims stay out, and the batch's own steps (sent to bank, paid, resumed). */
class PaymentBatchRulesTest {

    private static final String GOOD = "IR062960000000100324200001";
    private static final String OTHER_GOOD = "IR820540102680020817909002";
    private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    private static Payee.Candidate member(Long payable, String iban, String returnedIban) {
        return new Payee.Candidate(1, "1234567897", ClaimChannel.MEMBER, payable, "علی رضایی", iban,
                "درمانگاه شفا", null, returnedIban);
    }

    @Test
    void aMembersClaimIsPaidToTheMainMemberAtTheProfileIban() {
        Payee.Decision d = Payee.decide(member(4_500_000L, "ir06 2960 0000 0010 0324 2000 01", null));
        assertTrue(d.included());
        assertEquals("علی رضایی", d.name());
        assertEquals(GOOD, d.iban());
    }

    @Test
    void persianDigitsInTheIbanAreRead() {
        assertEquals(GOOD, Payee.decide(member(1L, "IR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱", null)).iban());
    }

    @Test
    void aCentresDirectBillingIsPaidToTheCentreAtTheIbanOnTheClaim() {
        Payee.Decision d = Payee.decide(new Payee.Candidate(2, "2345678901", ClaimChannel.CENTER, 9_000_000L,
                "علی رضایی", null, "بیمارستان آزمون", OTHER_GOOD, null));
        assertTrue(d.included());
        assertEquals("بیمارستان آزمون", d.name());
        assertEquals(OTHER_GOOD, d.iban());
    }

    @Test
    void claimsWithoutAValidIbanOrAmountAreLeftOutWithWhy() {
        assertEquals(Payee.Exclusion.NO_IBAN, Payee.decide(member(1L, null, null)).exclusion());
        assertEquals(Payee.Exclusion.NO_IBAN, Payee.decide(member(1L, "  ", null)).exclusion());
        assertEquals(Payee.Exclusion.INVALID_IBAN,
                Payee.decide(member(1L, "IR072960000000100324200001", null)).exclusion());
        assertEquals(Payee.Exclusion.NOTHING_TO_PAY, Payee.decide(member(0L, GOOD, null)).exclusion());
        assertEquals(Payee.Exclusion.NOTHING_TO_PAY, Payee.decide(member(null, GOOD, null)).exclusion());
    }

    @Test
    void aReturnedClaimWaitsUntilTheIbanIsFixed() {
        assertEquals(Payee.Exclusion.IBAN_NOT_FIXED, Payee.decide(member(1L, GOOD, GOOD)).exclusion());
        assertNull(Payee.decide(member(1L, OTHER_GOOD, GOOD)).exclusion());
    }

    @Test
    void aLongNameIsCutToTheColumn() {
        String longName = "ا".repeat(250);
        Payee.Decision d = Payee.decide(new Payee.Candidate(1, "1", ClaimChannel.MEMBER, 1L, longName, GOOD, null,
                null, null));
        assertEquals(Payee.NAME_LENGTH, d.name().length());
    }

    @Test
    void aBatchIsSentThenPaidAndARunCanBeResumedOnlyWithItsDate() {
        PaymentBatch b = new PaymentBatch(1, "finance", NOW);
        assertThrows(ValidationException.class, () -> b.startPaying(DAY, "finance"));
        b.startSending(DAY, "finance");
        assertEquals(BatchStatus.SENDING, b.getStatus());
        b.startSending(DAY, "finance"); // resumed
        assertEquals("finance.batch.sendingOn",
                assertThrows(ValidationException.class, () -> b.startSending(DAY.plusDays(1), "f")).key());
        b.finishSending();
        assertEquals("claims.payment.depositBeforeBank",
                assertThrows(ValidationException.class, () -> b.startPaying(DAY.minusDays(1), "f")).key());
        b.startPaying(DAY.plusDays(2), "finance");
        b.startPaying(DAY.plusDays(2), "finance");
        b.finishPaying();
        assertEquals(BatchStatus.PAID, b.getStatus());
        assertEquals(DAY, b.getSentToBankOn());
        assertEquals(DAY.plusDays(2), b.getDepositedOn());
        assertThrows(ValidationException.class, () -> b.startSending(DAY, "f"));
    }

    @Test
    void returnLettersListCodesInAnyDigitsAndSeparators() {
        assertEquals(List.of("1234567897", "2345678901", "3456789012"),
                List.copyOf(PaymentBatches.codes("۱۲۳۴۵۶۷۸۹۷، 2345678901\n3456789012 , 1234567897")));
        assertTrue(PaymentBatches.codes(null).isEmpty());
    }
}
