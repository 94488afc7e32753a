package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import ir.hami.referral.LetterCodes;
import ir.hami.referral.Viewer;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsCenter;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Direct billing on the real services and database: a centre bills the letter issued to it and the bill is a
 * registered claim the member is told of; letters that are expired, another centre's or not issued, a procedure that
 * is not the letter's, an amount over the ceiling are refused with nothing written; two bills sent at once cannot
 * together pass the letter's ceiling; a double submit is one bill; a member cannot bill.
 */
@ExtendWith(ArquillianExtension.class)
class DirectBillingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    private static final String IBAN = "IR062960000000100324200001";
    /** The builder's letters: 500,000,000 Rials of commitment, 10% franchise, the cause as the procedure. */
    private static final long CEILING = 500_000_000L;
    private static final String PROCEDURE = "بستری عمومی";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(RunAsCenter.class);
    }

    @Inject
    DirectBilling billing;

    @Inject
    RunAsCenter asCenter;

    @Inject
    RunAsMember asMember;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    /** A family under a contract in force, a centre with its user, and another centre. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه صورتحساب " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت صورتحساب"))
                .cover("بستری", 900_000_000L, 20).create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final TestData.Member main = family.main();
        final TestData.Member spouse = family.dependents().get(0);
        final long center = data.center("بیمارستان صورتحساب " + TestData.unique(""));
        final String centerUser = data.centerUser(center, "Center@1405");
        final Viewer viewer = new Viewer(Role.CENTER, centerUser, null, center);
        final long otherCenter = data.center("بیمارستان دیگر " + TestData.unique(""));
        final Viewer otherViewer = new Viewer(Role.CENTER, data.centerUser(otherCenter, "Center@1405"), null,
                otherCenter);

        /** A letter issued to this centre for the spouse, valid from {@code from} to {@code to}. */
        long letter(LocalDate from, LocalDate to) {
            return data.referral(spouse, main, contract, center).cause(PROCEDURE)
                    .issued(from, to, LetterCodes.verificationCode()).create().id();
        }

        long validLetter() {
            return letter(TODAY.minusDays(5), TODAY.plusDays(5));
        }

        /** A bill's form with one invoice image staged on it. */
        DirectBilling.BillForm form(long letterId, long amount) throws Exception {
            FormKey key = FormKey.random();
            center(() -> billing.stageImage(viewer, key, "invoice.jpg", SampleFiles.jpeg(2048)));
            return new DirectBilling.BillForm(letterId, "F-" + TestData.unique(""), TODAY, TODAY.minusDays(1),
                    amount, PROCEDURE, IBAN, key);
        }

        long count(String sql, Object... args) {
            return ((Number) data.queryValue(sql, args)).longValue();
        }
    }

    private <T> T center(Callable<T> work) throws Exception {
        return RunAsRole.callAs(asCenter, work);
    }

    private String refusal(Callable<?> work) throws Exception {
        RunAsRole.Outcome<?> outcome = asCenter.attempt(work);
        return assertInstanceOf(ValidationException.class, outcome.thrown(), "refused").key();
    }

    @Test
    void aCentreBillsItsLetterAndTheMemberIsTold() throws Exception {
        World w = new World();
        long letter = w.validLetter();
        DirectBilling.Letter shown = center(() -> billing.letter(w.viewer, letter));
        assertEquals(CEILING, shown.ceiling());
        assertEquals(0, shown.billed());
        assertTrue(center(() -> billing.letters(w.viewer, null)).stream().anyMatch(r -> r.id() == letter));

        DirectBilling.BillForm form = w.form(letter, 120_000_000L);
        Claim bill = center(() -> billing.submit(w.viewer, form));
        assertEquals(ClaimState.REGISTERED, bill.getState());
        assertEquals(ClaimChannel.CENTER, bill.getChannel());
        assertEquals(letter, bill.getReferralId());
        assertEquals(w.spouse.personId(), bill.getPersonId());
        assertEquals(w.main.personId(), bill.getMainPersonId());
        assertEquals(w.contract, bill.getContractId());
        assertEquals(w.insurer, bill.getInsurerId());
        assertEquals(w.center, bill.getCenterId());
        assertEquals(IBAN, bill.getPaymentIban());
        assertEquals(120_000_000L, bill.getRequestedAmount());
        assertNotNull(bill.getTrackingCode());
        assertEquals(1, w.count("select count(*) from claim_document where claim_id = ?", bill.getId()));
        assertEquals(1, w.count("select count(*) from claim_event where claim_id = ? and action = 'SUBMITTED'",
                bill.getId()));
        // the main member is told (the code in either script: MariaDB's collation may hold the two equal)
        assertEquals(1, w.count("select count(*) from sms_message where mobile = ? and (body like ? or body like ?)",
                w.main.mobile(), "%" + PersianText.toPersianDigits(bill.getTrackingCode()) + "%",
                "%" + bill.getTrackingCode() + "%"));
        // the IBAN is remembered for the next bill; the letter shows what was billed
        assertEquals(IBAN, center(() -> billing.rememberedIban(w.viewer)).orElseThrow());
        assertEquals(120_000_000L, center(() -> billing.letter(w.viewer, letter)).billed());
        // the centre's list has it; the other centre's has not, and cannot open it
        assertEquals(1, center(() -> billing.billCount(w.viewer)));
        DirectBilling.BillRow row = center(() -> billing.bills(w.viewer, 0, 10)).get(0);
        assertEquals(bill.getTrackingCode(), row.trackingCode());
        assertEquals(ClaimState.REGISTERED, row.state());
        assertEquals(0, center(() -> billing.billCount(w.otherViewer)));
        assertEquals(ClaimRecords.REFUSED, refusal(() -> billing.bill(w.otherViewer, bill.getId())));

        // a double click: the same form key gives back the same bill
        Claim again = center(() -> billing.submit(w.viewer, form));
        assertEquals(bill.getId(), again.getId());
        assertEquals(1, w.count("select count(*) from claim where referral_id = ?", letter));
    }

    @Test
    void lettersThatAreExpiredOthersOrNotIssuedAndWrongBillsAreRefused() throws Exception {
        World w = new World();
        long expired = w.letter(TODAY.minusDays(40), TODAY.minusDays(30));
        assertEquals(BillingRules.SERVICE_DATE_OUTSIDE, refusal(() -> billing.submit(w.viewer,
                w.form(expired, 1_000_000L))));

        long others = w.data.referral(w.spouse, w.main, w.contract, w.otherCenter).cause(PROCEDURE)
                .issued(TODAY.minusDays(5), TODAY.plusDays(5), LetterCodes.verificationCode()).create().id();
        assertEquals(BillingRules.LETTER_REFUSED, refusal(() -> billing.submit(w.viewer, w.form(others, 1_000L))));
        assertEquals(BillingRules.LETTER_REFUSED, refusal(() -> billing.letter(w.viewer, others)));
        assertEquals(BillingRules.LETTER_REFUSED, refusal(() -> billing.submit(w.viewer, w.form(Long.MAX_VALUE, 1L))));

        long submitted = w.data.referral(w.spouse, w.main, w.contract, w.center).create().id();
        assertEquals(BillingRules.LETTER_NOT_ISSUED, refusal(() -> billing.submit(w.viewer,
                w.form(submitted, 1_000L))));

        long valid = w.validLetter();
        DirectBilling.BillForm f = w.form(valid, 1_000_000L);
        assertEquals(BillingRules.PROCEDURE_MISMATCH, refusal(() -> billing.submit(w.viewer,
                new DirectBilling.BillForm(valid, f.invoiceNumber(), f.invoiceDate(), f.serviceDate(), f.amount(),
                        "جراحی قلب باز", f.iban(), f.formKey()))));
        assertEquals(BillingRules.AMOUNT_OVER_CEILING, refusal(() -> billing.submit(w.viewer,
                new DirectBilling.BillForm(valid, f.invoiceNumber(), f.invoiceDate(), f.serviceDate(), CEILING + 1,
                        f.procedure(), f.iban(), f.formKey()))));
        assertEquals("iban.checksum", refusal(() -> billing.submit(w.viewer,
                new DirectBilling.BillForm(valid, f.invoiceNumber(), f.invoiceDate(), f.serviceDate(), f.amount(),
                        f.procedure(), "IR072960000000100324200001", f.formKey()))));
        assertEquals(BillingRules.IMAGES_REQUIRED, refusal(() -> billing.submit(w.viewer,
                new DirectBilling.BillForm(valid, f.invoiceNumber(), f.invoiceDate(), f.serviceDate(), f.amount(),
                        f.procedure(), f.iban(), FormKey.random()))));
        assertEquals(ClaimFiles.KEY_TYPE, refusal(() -> billing.stageImage(w.viewer, f.formKey(), "x.pdf",
                SampleFiles.pdf())));
        assertEquals(0, w.count("select count(*) from claim where center_id = ? and channel = 'CENTER'", w.center));

        // a bill that fills the ceiling, then one Rial more is refused
        center(() -> billing.submit(w.viewer, w.form(valid, CEILING)));
        assertEquals(BillingRules.AMOUNT_OVER_LEFT, refusal(() -> billing.submit(w.viewer, w.form(valid, 1L))));
        // a rejected bill gives its amount back to the letter
        w.data.update("update claim set state = 'REJECTED' where referral_id = ?", valid);
        center(() -> billing.submit(w.viewer, w.form(valid, CEILING)));
    }

    @Test
    void twoBillsSentAtOnceCannotTogetherPassTheCeiling() throws Exception {
        World w = new World();
        long letter = w.validLetter();
        List<DirectBilling.BillForm> forms = List.of(w.form(letter, 300_000_000L), w.form(letter, 300_000_000L));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<RunAsRole.Outcome<Claim>> outcomes = new ArrayList<>();
        try {
            List<Callable<RunAsRole.Outcome<Claim>>> both = forms.stream()
                    .<Callable<RunAsRole.Outcome<Claim>>>map(f -> () -> asCenter.attempt(() -> billing.submit(w.viewer, f)))
                    .toList();
            for (Future<RunAsRole.Outcome<Claim>> f : pool.invokeAll(both)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long passed = outcomes.stream().filter(o -> o.thrown() == null).count();
        assertEquals(1, passed, "one bill passes");
        RunAsRole.Outcome<Claim> refused = outcomes.stream().filter(o -> o.thrown() != null).findFirst().orElseThrow();
        assertEquals(BillingRules.AMOUNT_OVER_LEFT, assertInstanceOf(ValidationException.class, refused.thrown())
                .key());
        assertEquals(300_000_000L, w.count("select sum(requested_amount) from claim where referral_id = ?", letter));
    }

    @Test
    void aMemberCannotBill() throws Exception {
        World w = new World();
        long letter = w.validLetter();
        Viewer member = new Viewer(Role.MEMBER, w.main.nationalId(), w.main.personId(), null);
        RunAsRole.Outcome<?> outcome = asMember.attempt(() -> billing.letter(member, letter));
        assertInstanceOf(EJBAccessException.class, outcome.thrown());
        assertEquals(ClaimRecords.REFUSED, refusal(() -> billing.letter(member, letter)),
                "a centre role without a centre is refused too");
        assertThrows(Exception.class, () -> billing.bills(w.viewer, 0, 10), "no caller: refused");
    }
}
