package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Role;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assessment through the deduction engine on the real service and database: what it stores and charges, what the
 * member is told, and the ceilings under parallel assessors (the family's lock), per person and per contract.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentDeskIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** Service types of V15: 1 visit (OUTPATIENT), 2 drug (DRUG), 5 hospital (HOSPITAL). */
    private static final long VISIT = 1, DRUG = 2, HOSPITAL = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AssessmentDesk desk;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsMember asMember;

    @Inject
    RunAsFinance asFinance;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, "assessor_it", null);

    /**
     * A family (main member, spouse, child) under a contract: hospital 20,000,000 a year for the whole family at 10%,
     * drugs 5,000,000 a year each at 30%, outpatient 3,000,000 a year each at 30%. No dental cover, no catch-all.
     */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه ارزیابی " + TestData.unique(""));
        final long contract = contract();
        final TestData.Family family = data.family(contract).dependents(2).create();
        final TestData.Member main = family.main();
        final TestData.Member spouse = family.dependents().get(0);
        final TestData.Member child = family.dependents().get(1);

        long contract() {
            long id = data.contract(insurer, data.policyholder("شرکت ارزیابی"))
                    .cover("بستری", 20_000_000L, 10).cover("دارو", 5_000_000L, 30).cover("سرپایی", 3_000_000L, 30)
                    .create();
            kinds(id);
            return id;
        }

        void kinds(long contractId) {
            data.update("update contract_cover set cover_kind = 'HOSPITAL', family_ceiling = ? where contract_id = ? "
                    + "and title = 'بستری'", true, contractId);
            data.update("update contract_cover set cover_kind = 'DRUG' where contract_id = ? and title = 'دارو'",
                    contractId);
            data.update("update contract_cover set cover_kind = 'OUTPATIENT' where contract_id = ? "
                    + "and title = 'سرپایی'", contractId);
        }

        long cover(long contractId, String title) {
            return ((Number) data.queryValue("select id from contract_cover where contract_id = ? and title = ?",
                    contractId, title)).longValue();
        }

        /** A claim registered (submitted) for a person of the family, awaiting the assessor. */
        long claim(TestData.Member patient, long contractId, long serviceType) {
            long id = data.nextId("claim");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                            + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                            + "requested_amount, e_prescription, draft_step, state, created_at, registered_at, "
                            + "updated_at, deficiency_round, version) "
                            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, TrackingCodes.next(), "MEMBER", main.nationalId(), patient.personId(), main.personId(),
                    contractId, insurer, patient.nationalId(), patient.fullName(), TODAY.minusDays(3), serviceType,
                    1_000_000L, false, 4, "REGISTERED", now, now, now, 0, 0L);
            return id;
        }

        long version(long claimId) {
            return number("select version from claim where id = ?", claimId);
        }

        long number(String sql, Object... args) {
            Object v = data.queryValue(sql, args);
            return v == null ? 0 : ((Number) v).longValue();
        }

        /** What the family's rows of a cover were charged, all persons together. */
        long charged(long coverId) {
            return number("select coalesce(sum(used_amount), 0) from cover_usage where cover_id = ?", coverId);
        }

        Claim assess(long claimId, AssessmentLine... lines) throws Exception {
            long seen = version(claimId);
            return callAs(asAssessor, () -> desk.assess(assessor, claimId, seen, "کارشناس آزمون", List.of(lines),
                    "بررسی شد"));
        }
    }

    private static AssessmentLine line(ItemKind kind, String tariffCode, String title, int quantity, long unitPrice) {
        return new AssessmentLine(kind, tariffCode, title, "دکتر آزمون", "12345", TODAY.minusDays(3), quantity,
                unitPrice, false);
    }

    private static AssessmentLine stay(long price) {
        return line(ItemKind.HOSPITAL, null, "بستری یک‌روزه", 1, price);
    }

    private static String refusal(Callable<?> work) {
        Throwable t = assertThrows(Throwable.class, work::call);
        assertInstanceOf(ValidationException.class, t, String.valueOf(t));
        return ((ValidationException) t).key();
    }

    // ---------------------------------------------------------------- what an assessment stores

    @Test
    void anAssessmentStoresItemsDeductionsWithSentencesAmountsAndChargesEachCover() throws Exception {
        World w = new World();
        long id = w.claim(w.spouse, w.contract, VISIT);
        long sms = w.number("select count(*) from sms_message where mobile = ?", w.main.mobile());
        // V16's tariff: 901910 visit 1,500,000 (outpatient), D-AMOX500 35,000 a capsule (drug), 301000 dental
        Claim c = w.assess(id,
                // 2,000,000 asked, tariff 1,500,000: 500,000 out of tariff; franchise 30% of 1,500,000 = 450,000;
                // payable 1,050,000 (of an outpatient ceiling of 3,000,000)
                line(ItemKind.VISIT, "901910", "ویزیت عمومی", 1, 2_000_000),
                // 20 × 35,000 = 700,000 at the tariff; franchise 30% = 210,000; payable 490,000
                line(ItemKind.DRUG, "D-AMOX500", "آموکسی‌سیلین", 20, 35_000),
                // 18,000,000 of dental care: no dental cover in the plan, all of it not covered
                line(ItemKind.DENTAL, "301000", "ترمیم دندان", 1, 18_000_000));

        assertEquals(ClaimState.ASSESSED, c.getState());
        assertEquals(20_700_000, c.getTotalAmount());
        assertEquals(500_000, c.getOutOfTariffAmount());
        assertEquals(18_000_000, c.getNotCoveredAmount());
        assertEquals(660_000, c.getFranchiseAmount());
        assertEquals(0, c.getOverCeilingAmount());
        assertEquals(2_200_000, c.getCommitmentAmount());
        assertEquals(1_540_000, c.getPayableAmount());
        assertEquals(1_540_000, w.number("select payable_amount from claim where id = ?", id));
        assertEquals("ASSESSED", w.data.queryValue("select state from claim where id = ?", id));

        // items with their tariff, price asked, tariff price and cover
        long outpatient = w.cover(w.contract, "سرپایی");
        long drug = w.cover(w.contract, "دارو");
        assertEquals(3, w.number("select count(*) from claim_item where claim_id = ?", id));
        assertEquals(1_500_000, w.number("select tariff_price from claim_item where claim_id = ? and line_no = 1", id));
        assertEquals(2_000_000, w.number("select unit_price from claim_item where claim_id = ? and line_no = 1", id));
        assertEquals(outpatient, w.number("select cover_id from claim_item where claim_id = ? and line_no = 1", id));
        assertEquals(drug, w.number("select cover_id from claim_item where claim_id = ? and line_no = 2", id));
        assertNull(w.data.queryValue("select cover_id from claim_item where claim_id = ? and line_no = 3", id));
        assertEquals("D-AMOX500", w.data.queryValue("select tariff_code from claim_item where claim_id = ? "
                + "and line_no = 2", id));
        assertEquals(490_000, w.number("select payable_amount from claim_item where claim_id = ? and line_no = 2",
                id));

        // deductions, each with its Persian sentence and figures
        assertEquals(4, w.number("select count(*) from claim_deduction where claim_id = ?", id));
        String tariffSentence = (String) w.data.queryValue("select explanation from claim_deduction where claim_id = ? "
                + "and kind = 'OUT_OF_TARIFF'", id);
        assertTrue(tariffSentence.contains(PersianText.toPersianDigits("2") + "٬")
                && tariffSentence.contains("۵۰۰٬۰۰۰") && tariffSentence.contains("تعرفه"), tariffSentence);
        String notCovered = (String) w.data.queryValue("select explanation from claim_deduction where claim_id = ? "
                + "and kind = 'NOT_COVERED'", id);
        assertTrue(notCovered.contains("۱۸٬۰۰۰٬۰۰۰"), notCovered);
        assertEquals(660_000, w.number("select sum(amount) from claim_deduction where claim_id = ? "
                + "and kind = 'FRANCHISE'", id));

        // each cover charged with what it pays, on the patient's own row
        assertEquals(1_050_000, w.number("select used_amount from cover_usage where cover_id = ? and person_id = ?",
                outpatient, w.spouse.personId()));
        assertEquals(490_000, w.number("select used_amount from cover_usage where cover_id = ? and person_id = ?",
                drug, w.spouse.personId()));
        assertEquals(0, w.number("select count(*) from cover_usage where person_id = ?", w.main.personId()));

        // recorded with who, and the main member told on the portal and by SMS
        assertEquals(1, w.number("select count(*) from claim_event where claim_id = ? and action = 'ASSESSED' "
                + "and actor = ?", id, "assessor_it"));
        assertEquals(1, w.number("select count(*) from member_notification where person_id = ? and link like ?",
                w.main.personId(), "%id=" + id));
        assertEquals(sms + 1, w.number("select count(*) from sms_message where mobile = ?", w.main.mobile()));
    }

    @Test
    void aRefusedAssessmentLeavesNothingBehind() throws Exception {
        World w = new World();
        long id = w.claim(w.main, w.contract, VISIT);
        long sms = w.number("select count(*) from sms_message where mobile = ?", w.main.mobile());
        assertEquals("claims.assessment.unknownTariff", refusal(() -> w.assess(id,
                line(ItemKind.VISIT, "901910", "ویزیت", 1, 1_000_000),
                line(ItemKind.DRUG, "NO-SUCH-CODE", "دارو", 1, 1_000))));
        assertEquals(DeductionEngine.KEY_TOO_LARGE, refusal(() -> w.assess(id,
                line(ItemKind.VISIT, null, "ویزیت", 1_000_000, Long.MAX_VALUE / 1_000))));
        assertEquals("REGISTERED", w.data.queryValue("select state from claim where id = ?", id));
        assertEquals(0, w.number("select count(*) from claim_item where claim_id = ?", id));
        assertEquals(0, w.number("select count(*) from cover_usage where person_id = ?", w.main.personId()));
        assertEquals(sms, w.number("select count(*) from sms_message where mobile = ?", w.main.mobile()));
    }

    // ---------------------------------------------------------------- ceilings

    @Test
    void twoAssessorsInParallelCannotBothUseTheLastOfAFamilyCeiling() throws Exception {
        for (int round = 0; round < 6; round++) {
            World w = new World();
            long hospital = w.cover(w.contract, "بستری");
            // the child's stay used most of the family's 20,000,000 already: 15,555,556 less a franchise of
            // 1,555,555 (10%, rounded down) = 14,000,001 charged, 5,999,999 left
            w.assess(w.claim(w.child, w.contract, HOSPITAL), stay(15_555_556));
            long before = w.charged(hospital);
            long left = 20_000_000 - before;
            // two claims of two members, each with a share (9,000,000) larger than what is left
            long a = w.claim(w.main, w.contract, HOSPITAL);
            long b = w.claim(w.spouse, w.contract, HOSPITAL);
            long va = w.version(a), vb = w.version(b);
            CyclicBarrier start = new CyclicBarrier(2);
            Future<RunAsRole.Outcome<Claim>> fa = executor.submit(() -> asAssessor.attempt(() -> {
                start.await(10, TimeUnit.SECONDS);
                return desk.assess(assessor, a, va, "کارشناس یک", List.of(stay(10_000_000)), null);
            }));
            Future<RunAsRole.Outcome<Claim>> fb = executor.submit(() -> asAssessor.attempt(() -> {
                start.await(10, TimeUnit.SECONDS);
                return desk.assess(assessor, b, vb, "کارشناس دو", List.of(stay(10_000_000)), null);
            }));
            RunAsRole.Outcome<Claim> ra = fa.get(60, TimeUnit.SECONDS);
            RunAsRole.Outcome<Claim> rb = fb.get(60, TimeUnit.SECONDS);
            assertNull(ra.thrown(), () -> String.valueOf(ra.thrown()));
            assertNull(rb.thrown(), () -> String.valueOf(rb.thrown()));
            long paidA = ra.value().getPayableAmount(), paidB = rb.value().getPayableAmount();
            assertEquals(left, paidA + paidB, "round " + round + ": together they pay exactly what was left");
            assertTrue(paidA == 0 || paidB == 0, "round " + round + ": one took all that was left: " + paidA + ", "
                    + paidB);
            assertEquals(20_000_000, w.charged(hospital), "round " + round + ": the ceiling, never more");
            assertEquals(20_000_000, before + w.number("select sum(payable_amount) from claim where id in (?, ?)",
                    a, b));
            // the one that came second says so in its sentence: over the family's ceiling
            long second = paidA == 0 ? a : b;
            assertEquals(9_000_000, w.number("select over_ceiling_amount from claim where id = ?", second));
            String why = (String) w.data.queryValue("select explanation from claim_deduction where claim_id = ? "
                    + "and kind = 'OVER_CEILING'", second);
            assertTrue(why.contains("کل خانواده") && why.contains("۲۰٬۰۰۰٬۰۰۰"), why);
        }
    }

    @Test
    void twoAssessorsOfOneClaimAtOnce_oneWinsTheOtherIsToldItChanged() throws Exception {
        World w = new World();
        long id = w.claim(w.main, w.contract, DRUG);
        long seen = w.version(id);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<RunAsRole.Outcome<Claim>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> asAssessor.attempt(() -> {
                start.await(10, TimeUnit.SECONDS);
                return desk.assess(assessor, id, seen, "کارشناس", List.of(line(ItemKind.DRUG, null, "دارو", 1,
                        1_000_000)), null);
            })));
        }
        int won = 0, conflicts = 0;
        for (Future<RunAsRole.Outcome<Claim>> f : runs) {
            RunAsRole.Outcome<Claim> o = f.get(60, TimeUnit.SECONDS);
            if (o.thrown() == null) {
                won++;
            } else {
                assertInstanceOf(ValidationException.class, o.thrown(), String.valueOf(o.thrown()));
                assertEquals(ClaimRecords.CONFLICT, ((ValidationException) o.thrown()).key());
                conflicts++;
            }
        }
        assertEquals(1, won);
        assertEquals(1, conflicts);
        assertEquals(700_000, w.number("select used_amount from cover_usage where person_id = ?",
                w.main.personId()), "charged once");
        assertEquals(1, w.number("select count(*) from claim_event where claim_id = ? and action = 'ASSESSED'", id));
    }

    @Test
    void aSecondAssessmentOfTheSameVersionIsAConflict() throws Exception {
        World w = new World();
        long id = w.claim(w.main, w.contract, DRUG);
        long seen = w.version(id);
        callAs(asAssessor, () -> desk.assess(assessor, id, seen, "کارشناس", List.of(line(ItemKind.DRUG, null, "دارو",
                1, 1_000_000)), null));
        assertEquals(ClaimRecords.CONFLICT, refusal(() -> callAs(asAssessor, () -> desk.assess(assessor, id, seen,
                "کارشناس", List.of(line(ItemKind.DRUG, null, "دارو", 1, 1_000_000)), null))));
        assertEquals(700_000, w.number("select used_amount from cover_usage where person_id = ?", w.main.personId()));
    }

    @Test
    void aPersonsCeilingIsThePersonsOwn() throws Exception {
        World w = new World();
        long drug = w.cover(w.contract, "دارو");
        // 8,000,000 of drugs at 30%: share 5,600,000, the main member's ceiling 5,000,000: 600,000 over
        Claim first = w.assess(w.claim(w.main, w.contract, DRUG), line(ItemKind.DRUG, null, "دارو", 4, 2_000_000));
        assertEquals(5_000_000, first.getPayableAmount());
        assertEquals(600_000, first.getOverCeilingAmount());
        // the spouse's own ceiling is untouched by it
        Claim spouse = w.assess(w.claim(w.spouse, w.contract, DRUG), line(ItemKind.DRUG, null, "دارو", 1, 1_000_000));
        assertEquals(700_000, spouse.getPayableAmount());
        assertEquals(0, spouse.getOverCeilingAmount());
        // the main member's next claim finds nothing left
        Claim again = w.assess(w.claim(w.main, w.contract, DRUG), line(ItemKind.DRUG, null, "دارو", 1, 1_000_000));
        assertEquals(0, again.getPayableAmount());
        assertEquals(700_000, again.getOverCeilingAmount());
        assertEquals(5_000_000, w.number("select used_amount from cover_usage where cover_id = ? and person_id = ?",
                drug, w.main.personId()));
        assertEquals(700_000, w.number("select used_amount from cover_usage where cover_id = ? and person_id = ?",
                drug, w.spouse.personId()));
        String why = (String) w.data.queryValue("select explanation from claim_deduction where claim_id = ? "
                + "and kind = 'OVER_CEILING'", again.getId());
        assertTrue(why.contains("هر نفر") && why.contains("۵٬۰۰۰٬۰۰۰"), why);
    }

    @Test
    void aNewContractYearStartsFromZero() throws Exception {
        World w = new World();
        // this year's family hospital ceiling is spent
        Claim spent = w.assess(w.claim(w.main, w.contract, HOSPITAL), stay(30_000_000));
        assertEquals(20_000_000, spent.getPayableAmount());
        // next year's contract, the same family
        long next = w.data.contract(w.insurer, w.data.policyholder("شرکت ارزیابی"))
                .period(LocalDate.now().plusMonths(9).plusDays(1), LocalDate.now().plusMonths(21))
                .cover("بستری", 20_000_000L, 10).cover("دارو", 5_000_000L, 30).cover("سرپایی", 3_000_000L, 30)
                .create();
        w.kinds(next);
        for (TestData.Member m : List.of(w.main, w.spouse, w.child)) {
            w.data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                            + "start_date, end_date, version) values (?,?,?,?,?,?,?,?,0)", w.data.nextId("coverage"),
                    next, m.personId(), w.main.personId(), TestData.unique("N"), m == w.main ? "SELF" : "CHILD",
                    LocalDate.now().plusMonths(9).plusDays(1), LocalDate.now().plusMonths(21));
        }
        Claim fresh = w.assess(w.claim(w.spouse, next, HOSPITAL), stay(10_000_000));
        assertEquals(9_000_000, fresh.getPayableAmount(), "the new year's ceiling is whole");
        assertEquals(0, fresh.getOverCeilingAmount());
        assertEquals(9_000_000, w.charged(w.cover(next, "بستری")));
        assertEquals(20_000_000, w.charged(w.cover(w.contract, "بستری")), "last year's stays as it was");
    }

    // ---------------------------------------------------------------- roles

    @Test
    void membersAndFinanceMayNotAssess() throws Exception {
        World w = new World();
        long id = w.claim(w.main, w.contract, VISIT);
        long seen = w.version(id);
        ClaimViewer member = new ClaimViewer(Role.MEMBER, w.main.nationalId(), w.main.personId());
        List<AssessmentLine> lines = List.of(line(ItemKind.VISIT, null, "ویزیت", 1, 1_000_000));
        Throwable asMemberRefused = assertThrows(Exception.class, () -> callAs(asMember,
                () -> desk.assess(member, id, seen, "عضو", lines, null)));
        assertInstanceOf(EJBAccessException.class, asMemberRefused, String.valueOf(asMemberRefused));
        Throwable previewRefused = assertThrows(Exception.class, () -> callAs(asMember,
                () -> desk.preview(member, id, lines)));
        assertInstanceOf(EJBAccessException.class, previewRefused, String.valueOf(previewRefused));
        ClaimViewer finance = new ClaimViewer(Role.FINANCE, "finance_it", null);
        Throwable asFinanceRefused = assertThrows(Exception.class, () -> callAs(asFinance,
                () -> desk.assess(finance, id, seen, "مالی", lines, null)));
        assertInstanceOf(EJBAccessException.class, asFinanceRefused, String.valueOf(asFinanceRefused));
        assertEquals("REGISTERED", w.data.queryValue("select state from claim where id = ?", id));
        assertNotNull(callAs(asAssessor, () -> desk.preview(assessor, id, lines)));
    }
}
