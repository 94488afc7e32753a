package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claims reports on the real service and database: the .xlsx totals equal a hand sum of fixture claims (read
 * back with POI), the dashboard's figures on the same claims, a contract's loss ratio from the premium an
 * administrator enters, and the roles refused (MEMBER, ASSESSOR; FINANCE may read but not change a premium).
 *
 * <p>Each test makes its own insurer, so the figures are its claims only, in a period of May 2021 no other test
 * writes to. Per claim: registered at 10:00 UTC, stages a whole number of days later.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimReportsIT {

    private static final LocalDate FROM = LocalDate.of(2021, 5, 1);
    private static final LocalDate TO = LocalDate.of(2021, 5, 31);
    private static final LocalDate YEAR_START = LocalDate.of(2021, 3, 21);
    private static final LocalDate YEAR_END = LocalDate.of(2022, 3, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ClaimReports reports;

    @Inject
    RunAsFinance asFinance;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    RunAsMember asMember;

    @Inject
    RunAsAssessor asAssessor;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    /** An insurer with two policyholders' contracts and the claims the hand sums below are made of. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه گزارش " + TestData.unique(""));
        final long holder = data.policyholder("شرکت گزارش " + TestData.unique(""));
        final long otherHolder = data.policyholder("شرکت دیگر " + TestData.unique(""));
        final long contract = data.contract(insurer, holder).period(YEAR_START, YEAR_END)
                .cover("سرپایی", 50_000_000L, 10).create();
        final long otherContract = data.contract(insurer, otherHolder).period(YEAR_START, YEAR_END)
                .cover("سرپایی", 50_000_000L, 10).create();
        final TestData.Member member = data.family(contract).create().main();

        World() {
            // 1: paid, first pass: 3 days to assessment, 2 to finance, 5 to the deposit (10 in all)
            claim(contract, "PAID", day(2)).amounts(10_000_000, 1_000_000, 0, 500_000, 0, 8_500_000)
                    .stages(3, 5, 10).insert();
            // 2: paid after a deficiency: 7 days, 1, 5 (13 in all)
            claim(contract, "PAID", day(3)).amounts(4_000_000, 400_000, 600_000, 0, 0, 3_000_000)
                    .stages(7, 8, 13).deficiency().insert();
            // 3: assessed, first pass, 1 day
            claim(contract, "ASSESSED", day(4)).amounts(2_000_000, 200_000, 0, 0, 300_000, 1_500_000)
                    .stages(1, null, null).insert();
            claim(contract, "REJECTED", day(5)).requested(5_000_000).rejected("DUPLICATE").insert();
            claim(contract, "DEFICIENCY", day(6)).requested(1_000_000).deficiency().insert();
            claim(contract, "REGISTERED", day(7)).requested(700_000).insert();
            // the other policyholder's, in the period
            claim(otherContract, "REGISTERED", day(8)).requested(300_000).insert();
            // after the period: paid, counts for the contract's loss ratio only
            claim(contract, "PAID", LocalDate.of(2021, 6, 5)).amounts(9_999, 0, 0, 0, 0, 9_999).stages(1, 2, 3)
                    .insert();
        }

        LocalDate day(int dayOfMay) {
            return LocalDate.of(2021, 5, dayOfMay);
        }

        ClaimFixture claim(long contractId, String state, LocalDate registered) {
            return new ClaimFixture(this, contractId, state, registered);
        }

        ReportFilter filter(Long policyholder) {
            return new ReportFilter(FROM, TO, insurer, policyholder, null);
        }
    }

    /** One claim row, written by SQL with the amounts and stage dates given. */
    private static final class ClaimFixture {
        private final World w;
        private final Map<String, Object> columns = new LinkedHashMap<>();
        private final Instant registered;

        ClaimFixture(World w, long contractId, String state, LocalDate registeredOn) {
            this.w = w;
            this.registered = registeredOn.atTime(10, 0).toInstant(ZoneOffset.UTC);
            columns.put("id", w.data.nextId("claim"));
            columns.put("tracking_code", TrackingCodes.next());
            columns.put("channel", "MEMBER");
            columns.put("created_by", w.member.nationalId());
            columns.put("person_id", w.member.personId());
            columns.put("main_person_id", w.member.personId());
            columns.put("contract_id", contractId);
            columns.put("insurer_id", w.insurer);
            columns.put("national_id", w.member.nationalId());
            columns.put("patient_name", w.member.fullName());
            columns.put("service_date", registeredOn.minusDays(2));
            columns.put("e_prescription", false);
            columns.put("draft_step", 5);
            columns.put("state", state);
            columns.put("created_at", registered);
            columns.put("registered_at", registered);
            columns.put("received_at", registered);
            columns.put("updated_at", registered);
            columns.put("deficiency_round", 0);
            columns.put("version", 0L);
        }

        ClaimFixture requested(long amount) {
            columns.put("requested_amount", amount);
            return this;
        }

        ClaimFixture amounts(long requested, long franchise, long overCeiling, long outOfTariff, long notCovered,
                             long payable) {
            requested(requested);
            columns.put("total_amount", requested);
            columns.put("franchise_amount", franchise);
            columns.put("over_ceiling_amount", overCeiling);
            columns.put("out_of_tariff_amount", outOfTariff);
            columns.put("not_covered_amount", notCovered);
            columns.put("commitment_amount", payable);
            columns.put("payable_amount", payable);
            return this;
        }

        /** Days after registration of the assessment, the sending to finance and the deposit (null: not yet). */
        ClaimFixture stages(Integer assessed, Integer toFinance, Integer deposited) {
            columns.put("assessed_at", registered.plusSeconds(86_400L * assessed));
            if (toFinance != null) {
                columns.put("sent_to_finance_at", registered.plusSeconds(86_400L * toFinance));
                columns.put("finance_file_number", "F-1");
            }
            if (deposited != null) {
                LocalDate day = LocalDate.ofInstant(registered, ZoneOffset.UTC).plusDays(deposited);
                columns.put("sent_to_bank_on", day);
                columns.put("deposited_on", day);
            }
            return this;
        }

        ClaimFixture deficiency() {
            columns.put("deficiency_round", 1);
            columns.put("deficiency_note", "مدارک ناقص");
            return this;
        }

        ClaimFixture rejected(String code) {
            columns.put("reject_code", code);
            columns.put("reject_reason", "تکراری");
            return this;
        }

        void insert() {
            w.data.update("insert into claim (" + String.join(", ", columns.keySet()) + ") values ("
                    + "?, ".repeat(columns.size() - 1) + "?)", columns.values().toArray());
        }
    }

    @Test
    void claimsReportTotalsEqualTheHandSumOfTheFixtureClaims() throws Exception {
        World w = new World();
        byte[] file = xlsx(out -> reports.writeClaims(w.filter(w.holder), out));
        List<List<Object>> rows = read(file);
        // header, six claims of the policyholder in May, the totals row
        assertEquals(8, rows.size());
        List<Object> total = rows.get(7);
        assertEquals("جمع", total.get(0));
        // requested, assessed total, franchise, over ceiling, out of tariff, not covered, payable, paid
        assertEquals(List.of(22_700_000L, 16_000_000L, 1_600_000L, 600_000L, 500_000L, 300_000L, 13_000_000L,
                11_500_000L), total.subList(9, 17));
        // the first claim, in registration order, with Jalali dates and its Persian state
        List<Object> first = rows.get(1);
        assertEquals(Jalali.format(LocalDate.of(2021, 5, 2)), first.get(0));
        assertEquals("1400/02/12", first.get(0));
        assertEquals("پرداخت شده", first.get(3));
        assertEquals(8_500_000L, first.get(16));
        assertEquals("1400/02/22", first.get(17));
    }

    @Test
    void summaryIsByInsurerPolicyholderAndStateWithTheSameTotals() throws Exception {
        World w = new World();
        List<ClaimReports.SummaryRow> rows = callAs(asFinance, () -> reports.summary(w.filter(null)));
        // two policyholders: five states of one, one state of the other
        assertEquals(6, rows.size());
        ClaimReports.SummaryRow paid = rows.stream().filter(r -> r.state() == ClaimState.PAID).findFirst()
                .orElseThrow();
        assertEquals(2, paid.count());
        assertEquals(14_000_000L, paid.requested());
        assertEquals(1_400_000L, paid.franchise());
        assertEquals(11_500_000L, paid.paid());
        byte[] file = xlsx(out -> reports.writeSummary(w.filter(null), out));
        List<Object> total = read(file).get(7);
        // count, requested (with the other policyholder's 300,000), …, payable, paid
        assertEquals(List.of(7L, 23_000_000L, 16_000_000L, 1_600_000L, 600_000L, 500_000L, 300_000L, 13_000_000L,
                11_500_000L), total.subList(5, 14));
        // a state filter narrows it
        List<ClaimReports.SummaryRow> registered = callAs(asFinance, () -> reports.summary(
                new ReportFilter(FROM, TO, w.insurer, null, ClaimState.REGISTERED)));
        assertEquals(2, registered.size());
    }

    @Test
    void dashboardFiguresOfTheFixtureClaims() throws Exception {
        World w = new World();
        DashboardFigures d = callAs(asFinance, () -> reports.dashboard(ReportFilter.period(FROM, TO, w.insurer)));
        assertEquals(7, d.registered());
        assertEquals(2, d.perState().get(ClaimState.PAID));
        assertEquals(2, d.perState().get(ClaimState.REGISTERED));
        assertEquals(1, d.perState().get(ClaimState.DEFICIENCY));
        // assessed three (two paid, one assessed), two of them at the first pass
        assertEquals(new BigDecimal("66.7"), d.firstPassRate());
        // a deficiency in two of seven
        assertEquals(new BigDecimal("28.6"), d.deficiencyRate());
        assertEquals(Map.of(RejectReason.DUPLICATE, 1L), d.rejections());
        // registered → assessed: 1, 3, 7 days; median 3, p90 7
        DashboardFigures.StageFigure assessed = d.stages().get(0);
        assertEquals(List.of(3L, 3, 7), List.of(assessed.count(), assessed.median(), assessed.p90()));
        DashboardFigures.StageFigure finance = d.stages().get(1);
        assertEquals(List.of(2L, 1, 2), List.of(finance.count(), finance.median(), finance.p90()));
        DashboardFigures.StageFigure paid = d.stages().get(2);
        assertEquals(List.of(2L, 5, 5), List.of(paid.count(), paid.median(), paid.p90()));
        DashboardFigures.StageFigure whole = d.stages().get(3);
        assertEquals(List.of(2L, 10, 13), List.of(whole.count(), whole.median(), whole.p90()));
        // May 2021 is Ordibehesht and Khordad 1400; both deposits were in Ordibehesht
        assertEquals(List.of("1400/02", "1400/03"), d.months().stream().map(m -> m.label()).toList());
        assertEquals(1, d.paid().size());
        assertEquals(List.of(11_500_000L, 0L), d.paid().get(0).perMonth());
    }

    @Test
    void lossRatioIsPaidClaimsAgainstThePremiumAnAdministratorEntered() throws Exception {
        World w = new World();
        ClaimReports.ContractLoss before = callAs(asFinance, () -> reports.contracts(w.insurer, w.holder, 0, 10))
                .get(0);
        assertNull(before.premium());
        assertNull(before.lossRatio());
        // every paid claim of the contract, the one after the period too
        assertEquals(11_509_999L, before.paid());
        ClaimReports.ContractLoss after = callAs(asAdmin,
                () -> reports.changePremium(w.contract, before.version(), 20_000_000L));
        assertEquals(20_000_000L, after.premium());
        assertEquals(new BigDecimal("57.5"), after.lossRatio());
        // someone who saw the old version is refused with the clear message
        ValidationException conflict = assertThrows(ValidationException.class, () -> callAs(asAdmin,
                () -> reports.changePremium(w.contract, before.version(), 30_000_000L)));
        assertEquals("claims.conflict", conflict.key());
        ValidationException zero = assertThrows(ValidationException.class, () -> callAs(asAdmin,
                () -> reports.changePremium(w.contract, after.version(), 0L)));
        assertEquals("reports.premium.invalid", zero.key());
        assertEquals(20_000_000L, ((Number) w.data.queryValue("select premium from insurance_contract where id = ?",
                w.contract)).longValue());
        // the loss ratio report: the contract's row and the totals
        byte[] file = xlsx(out -> reports.writeLossRatios(w.filter(w.holder), out));
        List<List<Object>> rows = read(file);
        assertEquals(3, rows.size());
        assertEquals(List.of(20_000_000L, 11_509_999L, "57.5%"), rows.get(1).subList(5, 8));
    }

    @Test
    void rolesOtherThanFinanceAndAdminAreRefused() throws Exception {
        World w = new World();
        ReportFilter f = w.filter(null);
        for (RunAsRole refused : List.of(asMember, asAssessor)) {
            assertRefused(refused, () -> reports.dashboard(f));
            assertRefused(refused, () -> {
                reports.writeClaims(f, new ByteArrayOutputStream());
                return null;
            });
            assertRefused(refused, () -> reports.contracts(null, null, 0, 10));
        }
        long version = ((Number) w.data.queryValue("select version from insurance_contract where id = ?",
                w.contract)).longValue();
        // finance reads the loss ratio but does not change a premium
        assertRefused(asFinance, () -> reports.changePremium(w.contract, version, 1_000L));
        assertNull(w.data.queryValue("select premium from insurance_contract where id = ?", w.contract));
    }

    @Test
    void aPeriodLongerThanAYearIsRefusedBeforeAnyRead() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> callAs(asFinance,
                () -> reports.dashboard(ReportFilter.period(FROM, FROM.plusDays(400), null))));
        assertEquals("reports.period.tooLong", e.key());
    }

    private static void assertRefused(RunAsRole bean, java.util.concurrent.Callable<?> work) {
        RunAsRole.Outcome<?> outcome = bean.attempt(work);
        assertInstanceOf(EJBAccessException.class, outcome.thrown(), "refused");
    }

    /** A report written as FINANCE. */
    private byte[] xlsx(java.util.function.Consumer<java.io.OutputStream> writer) throws Exception {
        return callAs(asFinance, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            return out.toByteArray();
        });
    }

    /** Every row of the first sheet: numbers as Long, text as String, empty cells as "". */
    private static List<List<Object>> read(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null || c.getCellType() == CellType.BLANK ? ""
                            : c.getCellType() == CellType.NUMERIC ? (Object) (long) c.getNumericCellValue()
                            : c.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
