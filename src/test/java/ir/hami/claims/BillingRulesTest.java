package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.referral.LetterTerms;
import ir.hami.referral.ReferralChannel;
import ir.hami.referral.ReferralRequest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a centre's bill against a referral letter, without the database. */
class BillingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final long CENTER = 4;
    private static final LetterTerms TERMS = new LetterTerms(TODAY.minusDays(10), TODAY.plusDays(5), "عمل بینی",
            50_000_000L, 10, null);

    private static ReferralRequest letter(boolean issued) {
        ReferralRequest r = new ReferralRequest("1234567897", ReferralChannel.CENTER, "center", "k1",
                new ReferralRequest.Subject(1, 1, 2, 3, "0012345679", "علی حسین‌زاده", CENTER, 5), null, "عمل بینی",
                "دکتر رضایی", TODAY.minusDays(10), NOW);
        if (issued) {
            r.issue("referral", TERMS, "1405-00000001", "ABCDEFGHJK23456789AB", TODAY, NOW);
        }
        return r;
    }

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).key();
    }

    @Test
    void onlyTheCentresOwnIssuedLetterCanBeBilled() {
        assertEquals(TERMS, BillingRules.letter(letter(true), CENTER));
        assertEquals(BillingRules.LETTER_REFUSED, refusal(() -> BillingRules.letter(letter(true), CENTER + 1)));
        assertEquals(BillingRules.LETTER_REFUSED, refusal(() -> BillingRules.letter(null, CENTER)));
        assertEquals(BillingRules.LETTER_NOT_ISSUED, refusal(() -> BillingRules.letter(letter(false), CENTER)));
    }

    @Test
    void theServiceDateLiesInsideTheLettersValidityAndNotAhead() {
        assertEquals(TERMS.validFrom(), BillingRules.serviceDate(TERMS.validFrom(), TERMS, TODAY));
        assertEquals(TODAY, BillingRules.serviceDate(TODAY, TERMS, TODAY));
        assertEquals(BillingRules.SERVICE_DATE_OUTSIDE,
                refusal(() -> BillingRules.serviceDate(TERMS.validFrom().minusDays(1), TERMS, TODAY)));
        assertEquals(BillingRules.SERVICE_DATE_FUTURE,
                refusal(() -> BillingRules.serviceDate(TODAY.plusDays(1), TERMS, TODAY)));
        assertEquals(BillingRules.SERVICE_DATE_REQUIRED, refusal(() -> BillingRules.serviceDate(null, TERMS, TODAY)));
        LetterTerms expired = new LetterTerms(TODAY.minusDays(40), TODAY.minusDays(30), "عمل بینی", 1L, 0, null);
        assertEquals(BillingRules.SERVICE_DATE_OUTSIDE,
                refusal(() -> BillingRules.serviceDate(TODAY.minusDays(5), expired, TODAY)));
        assertEquals(TODAY.minusDays(35), BillingRules.serviceDate(TODAY.minusDays(35), expired, TODAY),
                "a letter that expired since may still be billed for a service inside its validity");
    }

    @Test
    void theInvoiceHasANumberAndADateFromTheServiceToToday() {
        assertEquals("123/45", BillingRules.invoiceNumber(" ۱۲۳/۴۵ "));
        assertEquals(BillingRules.INVOICE_NUMBER_REQUIRED, refusal(() -> BillingRules.invoiceNumber("  ")));
        assertEquals(BillingRules.INVOICE_NUMBER_TOO_LONG,
                refusal(() -> BillingRules.invoiceNumber("1".repeat(Claim.INVOICE_NUMBER_LENGTH + 1))));
        LocalDate service = TODAY.minusDays(3);
        assertEquals(service, BillingRules.invoiceDate(service, service, TODAY));
        assertEquals(BillingRules.INVOICE_DATE_BEFORE_SERVICE,
                refusal(() -> BillingRules.invoiceDate(service.minusDays(1), service, TODAY)));
        assertEquals(BillingRules.INVOICE_DATE_FUTURE,
                refusal(() -> BillingRules.invoiceDate(TODAY.plusDays(1), service, TODAY)));
        assertEquals(BillingRules.INVOICE_DATE_REQUIRED, refusal(() -> BillingRules.invoiceDate(null, service, TODAY)));
    }

    @Test
    void theProcedureIsTheLettersOwn() {
        assertEquals("عمل بینی", BillingRules.procedure("عمل  بيني ", TERMS), "Arabic ي and spacing are the same");
        assertEquals(BillingRules.PROCEDURE_MISMATCH, refusal(() -> BillingRules.procedure("آنژیوگرافی", TERMS)));
        assertEquals(BillingRules.PROCEDURE_MISMATCH, refusal(() -> BillingRules.procedure(null, TERMS)));
    }

    @Test
    void theAmountStaysWithinTheCeilingAndWhatEarlierBillsLeft() {
        assertEquals(50_000_000L, BillingRules.amount(50_000_000L, 50_000_000L, 0));
        assertEquals(20_000_000L, BillingRules.amount(20_000_000L, 50_000_000L, 30_000_000L), "exactly what is left");
        assertEquals(BillingRules.AMOUNT_OVER_CEILING, refusal(() -> BillingRules.amount(50_000_001L, 50_000_000L, 0)));
        ValidationException over = assertThrows(ValidationException.class,
                () -> BillingRules.amount(20_000_001L, 50_000_000L, 30_000_000L));
        assertEquals(BillingRules.AMOUNT_OVER_LEFT, over.key());
        assertEquals(Rial.format(30_000_000L), over.args()[0]);
        assertEquals(Rial.format(20_000_000L), over.args()[1]);
        assertEquals(BillingRules.AMOUNT_OVER_LEFT, refusal(() -> BillingRules.amount(1L, 50_000_000L, 60_000_000L)));
        assertEquals(BillingRules.AMOUNT_REQUIRED, refusal(() -> BillingRules.amount(0L, 50_000_000L, 0)));
        assertEquals(BillingRules.AMOUNT_REQUIRED, refusal(() -> BillingRules.amount(null, 50_000_000L, 0)));
    }

    @Test
    void theCentresIbanIsAValidIranianIban() {
        assertEquals("IR062960000000100324200001", BillingRules.iban("ir06 2960 0000 0010 0324 2000 01"));
        assertEquals("IR062960000000100324200001", BillingRules.iban("IR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱"));
        assertEquals(BillingRules.IBAN_REQUIRED, refusal(() -> BillingRules.iban(" ")));
        assertEquals("iban.checksum", refusal(() -> BillingRules.iban("IR072960000000100324200001")));
        assertEquals("iban.format", refusal(() -> BillingRules.iban("IR0629600000001003242")));
    }

    @Test
    void aBillIsRegisteredAtOnceLinkedToItsLetterAndPaidToTheCentre() {
        Claim c = new Claim(ClaimChannel.CENTER, "center1", "key", new Claim.Subject(1, 1, 2, 3, "0012345679",
                "علی حسین‌زاده"), TODAY, NOW);
        ClaimEvent e = c.submitBill("center1", "1234567897", new Claim.Bill(9, "F-1", TODAY,
                "IR062960000000100324200001"), NOW);
        assertEquals(ClaimState.REGISTERED, c.getState());
        assertEquals(ClaimAction.SUBMITTED, e.getAction());
        assertEquals(9L, c.getReferralId());
        assertEquals("IR062960000000100324200001", c.getPaymentIban());
        assertEquals(NOW, c.getReceivedAt());
        Claim member = new Claim(ClaimChannel.MEMBER, "m", "k", new Claim.Subject(1, 1, 2, 3, "0012345679", "x"),
                TODAY, NOW);
        assertEquals(Claim.NOT_ALLOWED, refusal(() -> member.submitBill("m", "1234567897",
                new Claim.Bill(9, "F-1", TODAY, "IR062960000000100324200001"), NOW)));
    }
}
