package ir.hami.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.Assessment;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DeductionKind;
import ir.hami.claims.ItemKind;
import ir.hami.claims.TrackingFixtures;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment batches on the real services and database: a batch per insurer with the claims lacking an IBAN left out,
 * the transfer file read back (POI, CSV), sent to bank and paid end to end with events and outbox rows, a return
 * letter and the returned claim joining the next batch once the IBAN is fixed, a half-marked batch marked again,
 * and the roles that are refused.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentBatchIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    private static final String IBAN_A = "IR062960000000100324200001";
    private static final String IBAN_B = "IR820540102680020817909002";
    private static final String IBAN_C = "IR050170000000123456789012";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(TrackingFixtures.class);
    }

    @Inject
    PaymentBatches payments;

    @Inject
    PaymentRun run;

    @Inject
    ClaimOffice office;

    @Inject
    TrackingFixtures fixtures;

    @Inject
    RunAsFinance asFinance;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsMember asMember;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private final ClaimViewer finance = new ClaimViewer(Role.FINANCE, "finance_it", null);
    private final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, "assessor_it", null);

    /** An insurer with one contract and two families; the first has an IBAN on the main member's profile. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه مالی " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت مالی")).cover("سرپایی", 900_000_000L, 10)
                .create();
        final TestData.Family paid = data.family(contract).dependents(1).create();
        final TestData.Family noIban = data.family(contract).create();

        World() {
            iban(paid.main(), IBAN_A);
        }

        void iban(TestData.Member m, String iban) {
            data.update("update person set iban = ? where id = ?", iban, m.personId());
        }

        /** A claim assessed (payable = amount less 10%) and sent to finance; its id. */
        long sentToFinance(TestData.Family family, TestData.Member patient, long amount) throws Exception {
            long id = fixtures.submitted(family.main().nationalId(), patient.personId(), family.main().personId(),
                    contract, patient.nationalId(), patient.fullName(), TODAY.minusDays(10), amount);
            RunAsRole.runAs(asAssessor, () -> office.assess(assessor, id, version(id), "دکتر ارزیاب",
                    new Assessment(List.of(new Assessment.Item(ItemKind.VISIT, "ویزیت", null, null, null, 1, amount,
                            List.of(new Assessment.Deduction(DeductionKind.FRANCHISE, amount / 10, null)))), null)));
            finance(() -> payments.sendToFinance(finance, List.of(new PaymentBatches.Seen(id, version(id))),
                    "FN-" + id, null));
            return id;
        }

        /** A centre's direct billing with the centre's IBAN on the claim. */
        long centerClaim(long amount, String iban) throws Exception {
            long id = sentToFinance(paid, paid.main(), amount);
            long center = data.center("بیمارستان پرداخت " + TestData.unique(""));
            data.update("update claim set channel = 'CENTER', center_id = ?, payment_iban = ? where id = ?", center,
                    iban, id);
            return id;
        }

        long count(String sql, Object... args) {
            return ((Number) data.queryValue(sql, args)).longValue();
        }
    }

    private long version(long id) {
        return fixtures.claim(id).getVersion();
    }

    private <T> T finance(Callable<T> work) throws Exception {
        return RunAsRole.callAs(asFinance, work);
    }

    private static Map<Long, PaymentLine> byClaim(List<PaymentLine> lines) {
        return lines.stream().collect(Collectors.toMap(PaymentLine::claimId, Function.identity()));
    }

    @Test
    void aBatchTakesOneInsurersClaimsAndLeavesOutThoseWithoutIban() throws Exception {
        World w = new World();
        World other = new World();
        long mainClaim = w.sentToFinance(w.paid, w.paid.main(), 2_000_000);
        long spouseClaim = w.sentToFinance(w.paid, w.paid.dependents().get(0), 3_000_000);
        long lacking = w.sentToFinance(w.noIban, w.noIban.main(), 4_000_000);
        long center = w.centerClaim(10_000_000, IBAN_B);
        long otherInsurer = other.sentToFinance(other.paid, other.paid.main(), 5_000_000);
        assertEquals(4, finance(() -> payments.awaitingCount(finance, w.insurer, 100)));

        BuildResult result = finance(() -> payments.build(finance, w.insurer));
        PaymentBatch batch = result.batch();
        assertNotNull(batch);
        assertEquals(3, batch.getClaimCount());
        assertEquals(1_800_000 + 2_700_000 + 9_000_000, batch.getTotalAmount());
        assertEquals("PB-" + batch.getId(), batch.getNumber());
        assertEquals(BatchStatus.BUILT, batch.getStatus());
        assertEquals(1, result.excludedCount());
        assertEquals(lacking, result.excluded().get(0).claimId());
        assertEquals(Payee.Exclusion.NO_IBAN, result.excluded().get(0).reason());

        // the main member is paid for the spouse's claim too; the centre at its IBAN
        Map<Long, PaymentLine> lines = byClaim(finance(() -> payments.lines(finance, batch.getId(), 0, 100)));
        assertEquals(3, lines.size());
        assertEquals(w.paid.main().fullName(), lines.get(spouseClaim).payeeName());
        assertEquals(IBAN_A, lines.get(spouseClaim).iban());
        assertEquals(IBAN_A, lines.get(mainClaim).iban());
        assertEquals(IBAN_B, lines.get(center).iban());
        assertTrue(lines.get(center).payeeName().startsWith("بیمارستان پرداخت"));
        assertEquals(fixtures.claim(mainClaim).getTrackingCode(), lines.get(mainClaim).reference());
        assertEquals(3, w.count("select count(*) from claim where batch_id = ?", batch.getId()));
        assertEquals(0, w.count("select count(*) from claim where id = ? and batch_id is not null", otherInsurer));

        // nothing is taken twice: the next build has only the claim without an IBAN, and makes no batch
        BuildResult again = finance(() -> payments.build(finance, w.insurer));
        assertNull(again.batch());
        assertEquals(1, again.excludedCount());

        // the transfer file, read back
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertEquals(3, finance(() -> payments.writeXlsx(finance, batch.getId(), xlsx)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(batch.getNumber(), sheet.getSheetName());
            assertEquals("شماره شبا", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
            long sum = 0;
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.getRow(i);
                assertEquals(i, (int) row.getCell(0).getNumericCellValue());
                sum += (long) row.getCell(3).getNumericCellValue();
            }
            assertEquals(batch.getTotalAmount(), sum);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        finance(() -> payments.writeCsv(finance, batch.getId(), csv));
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<String> rows = Arrays.asList(text.split("\r\n"));
        assertEquals(PaymentFile.CSV_HEADER, rows.get(0));
        assertEquals(4, rows.size());
        long csvSum = 0;
        for (String row : rows.subList(1, 4)) {
            String[] f = row.split(",");
            assertEquals(4, f.length);
            assertTrue(f[0].matches("IR[0-9]{24}"));
            csvSum += Long.parseLong(f[2]);
            assertTrue(f[3].matches("[0-9]{10}"));
        }
        assertEquals(batch.getTotalAmount(), csvSum);
    }

    @Test
    void aBatchIsSentToBankPaidAndAReturnedClaimJoinsTheNextBatchOnceItsIbanIsFixed() throws Exception {
        World w = new World();
        long first = w.sentToFinance(w.paid, w.paid.main(), 2_000_000);
        long second = w.sentToFinance(w.paid, w.paid.dependents().get(0), 6_000_000);
        String mobile = w.paid.main().mobile();
        long smsBefore = w.count("select count(*) from sms_message where mobile = ?", mobile);
        PaymentBatch batch = finance(() -> payments.build(finance, w.insurer)).batch();

        // the date is checked before anything is marked
        assertEquals("finance.batch.dateRequired", assertThrows(ValidationException.class,
                () -> finance(() -> payments.sendToBank(finance, batch.getId(), null))).key());
        PaymentBatch sent = finance(() -> payments.sendToBank(finance, batch.getId(), TODAY.minusDays(2)));
        assertEquals(BatchStatus.SENT, sent.getStatus());
        for (long id : List.of(first, second)) {
            Claim c = fixtures.claim(id);
            assertEquals(ClaimState.SENT_TO_FINANCE, c.getState());
            assertEquals(TODAY.minusDays(2), c.getSentToBankOn());
            assertEquals(IBAN_A, c.getPaymentIban());
            assertEquals(batch.getNumber(), c.getRemittanceNumber());
            assertEquals(1, w.count("select count(*) from claim_event where claim_id = ? and action = 'SENT_TO_BANK' "
                    + "and actor = 'finance_it'", id));
        }
        assertEquals(smsBefore + 2, w.count("select count(*) from sms_message where mobile = ?", mobile));

        // paid: not before the bank had it
        assertEquals("claims.payment.depositBeforeBank", assertThrows(ValidationException.class,
                () -> finance(() -> payments.deposit(finance, batch.getId(), TODAY.minusDays(3)))).key());
        assertEquals(BatchStatus.PAID, finance(() -> payments.deposit(finance, batch.getId(), TODAY)).getStatus());
        assertEquals(ClaimState.PAID, fixtures.claim(first).getState());
        assertEquals(TODAY, fixtures.claim(second).getDepositedOn());
        assertEquals(1, w.count("select count(*) from claim_event where claim_id = ? and action = 'DEPOSITED'", second));
        assertEquals(smsBefore + 4, w.count("select count(*) from sms_message where mobile = ?", mobile));

        // the bank returns one transfer: a wrong code refuses the whole letter, nothing changes
        String code = fixtures.claim(second).getTrackingCode();
        assertEquals("finance.return.wrongCodes", assertThrows(ValidationException.class, () -> finance(
                () -> payments.recordReturns(finance, code + " 0000000000", "ع-۱۲", TODAY, ReturnReason.BAD_IBAN)))
                .key());
        assertEquals(ClaimState.PAID, fixtures.claim(second).getState());
        List<PaymentReturn> returned = finance(() -> payments.recordReturns(finance, code,
                "ع-۱۲", TODAY, ReturnReason.BAD_IBAN));
        assertEquals(1, returned.size());
        Claim back = fixtures.claim(second);
        assertEquals(ClaimState.PAYMENT_RETURNED, back.getState());
        assertEquals("ع-12", back.getReturnLetterNumber());
        assertEquals(0, w.count("select count(*) from claim where id = ? and batch_id is not null", second));
        assertEquals(1, w.count("select count(*) from payment_return where claim_id = ? and batch_id = ? and "
                + "reason = 'BAD_IBAN' and iban = ?", second, batch.getId(), IBAN_A));
        assertEquals(1, w.count("select count(*) from member_notification where person_id = ? and link = ?",
                w.paid.main().personId(), ClaimOffice.PROFILE));
        assertEquals(smsBefore + 5, w.count("select count(*) from sms_message where mobile = ?", mobile));
        assertEquals(1, finance(() -> payments.returns(finance, batch.getId(), 10)).size());

        // not again until the IBAN is fixed; then it joins the next batch and goes to the bank again
        BuildResult waiting = finance(() -> payments.build(finance, w.insurer));
        assertNull(waiting.batch());
        assertEquals(Payee.Exclusion.IBAN_NOT_FIXED, waiting.excluded().get(0).reason());
        w.iban(w.paid.main(), IBAN_C);
        PaymentBatch next = finance(() -> payments.build(finance, w.insurer)).batch();
        assertEquals(1, next.getClaimCount());
        assertEquals(IBAN_C, finance(() -> payments.lines(finance, next.getId(), 0, 10)).get(0).iban());
        finance(() -> payments.sendToBank(finance, next.getId(), TODAY));
        assertEquals(ClaimState.SENT_TO_FINANCE, fixtures.claim(second).getState());
        assertEquals(IBAN_C, fixtures.claim(second).getPaymentIban());
        assertEquals(2, w.count("select count(*) from claim_event where claim_id = ? and action = 'SENT_TO_BANK'",
                second));
    }

    @Test
    void aBatchHalfMarkedAfterAStopIsMarkedAgainWithoutTwiceForAnyClaim() throws Exception {
        World w = new World();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(w.sentToFinance(w.paid, w.paid.main(), 1_000_000 + i));
        }
        PaymentBatch batch = finance(() -> payments.build(finance, w.insurer)).batch();
        // a run that stopped after its first chunk of one claim
        finance(() -> run.start(finance, batch.getId(), TODAY, false));
        assertEquals(1, (int) finance(() -> run.sendChunk(finance, batch.getId(), batch.getNumber(), TODAY, 1)));
        assertEquals(BatchStatus.SENDING, finance(() -> payments.batch(finance, batch.getId())).getStatus());
        // another date is refused while it is under way; the same date marks the rest
        assertEquals("finance.batch.sendingOn", assertThrows(ValidationException.class,
                () -> finance(() -> payments.sendToBank(finance, batch.getId(), TODAY.plusDays(1)))).key());
        assertEquals(BatchStatus.SENT, finance(() -> payments.sendToBank(finance, batch.getId(), TODAY)).getStatus());
        for (long id : ids) {
            assertEquals(1, w.count("select count(*) from claim_event where claim_id = ? and action = 'SENT_TO_BANK'",
                    id));
        }
        // and once sent, sending again is refused
        assertEquals(PaymentBatch.NOT_ALLOWED, assertThrows(ValidationException.class,
                () -> finance(() -> payments.sendToBank(finance, batch.getId(), TODAY))).key());
    }

    @Test
    void assessorsAndMembersAreRefusedOnEveryFinanceMethod() throws Exception {
        World w = new World();
        long id = w.sentToFinance(w.paid, w.paid.main(), 1_000_000);
        long batchId = finance(() -> payments.build(finance, w.insurer)).batch().getId();
        ClaimViewer member = new ClaimViewer(Role.MEMBER, w.paid.main().nationalId(), w.paid.main().personId());
        for (RunAsRole role : List.of(asAssessor, asMember)) {
            ClaimViewer v = role == asMember ? member : assessor;
            List<Callable<?>> calls = List.of(
                    () -> payments.assessed(v, w.insurer, 0, 10),
                    () -> payments.sendToFinance(v, List.of(new PaymentBatches.Seen(id, version(id))), "F", null),
                    () -> payments.build(v, w.insurer),
                    () -> payments.batches(v, null, 0, 10),
                    () -> payments.lines(v, batchId, 0, 10),
                    () -> payments.writeCsv(v, batchId, new ByteArrayOutputStream()),
                    () -> payments.sendToBank(v, batchId, TODAY),
                    () -> payments.deposit(v, batchId, TODAY),
                    () -> payments.recordReturns(v, "1234567897", "L", TODAY, ReturnReason.OTHER),
                    () -> run.sendChunk(v, batchId, "PB", TODAY, 10),
                    () -> office.sendToBank(v, id, version(id), new ir.hami.claims.Payment(TODAY, TODAY, IBAN_A,
                            null, null, null)));
            for (Callable<?> call : calls) {
                assertThrows(EJBAccessException.class, () -> RunAsRole.callAs(role, call));
            }
        }
        assertEquals(BatchStatus.BUILT, finance(() -> payments.batch(finance, batchId)).getStatus());
        assertEquals(ClaimState.SENT_TO_FINANCE, fixtures.claim(id).getState());
    }
}
