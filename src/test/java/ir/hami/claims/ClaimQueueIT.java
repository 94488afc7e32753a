package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.*;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Role;
import ir.hami.platform.web.FormKey;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reception and the assessor's queue on the real services and database: a claim is assigned when it is registered,
 * a supervisor reassigns (a plain assessor, finance and members cannot), the queue's filters and its order, the
 * originals' delivery, a coded rejection, the desk's duplicate check and the tariff search.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimQueueIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** V15's catalogue: type 1 visit, service 1 GP visit; document types 1 invoice, 9 other; province 1. */
    private static final long VISIT = 1, GP_VISIT = 1, INVOICE = 1, OTHER = 9, PROVINCE = 1, OTHER_PROVINCE = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ClaimAssignments assignments;

    @Inject
    ClaimQueue queue;

    @Inject
    ClaimOffice office;

    @Inject
    AssessmentDesk desk;

    @Inject
    ClaimSubmission submission;

    @Inject
    ClaimFiles files;

    @Inject
    AdmissionQueue admissionQueue;

    @Inject
    Admissions admissions;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    RunAsFinance asFinance;

    @Inject
    RunAsMember asMember;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    /** An insurer of its own (so the queue's insurer filter sees only this test's claims), a family, two assessors. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه صف " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت صف")).cover("درمان", 500_000_000L, 10)
                .create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final long center = data.center("درمانگاه صف", 160).create();
        final ClaimViewer member = new ClaimViewer(Role.MEMBER, family.main().nationalId(), family.main().personId());
        final String assessorName = data.staff("ASSESSOR", "Assessor@1405");
        final String otherAssessorName = data.staff("ASSESSOR", "Assessor@1405");
        final String supervisorName = data.staff("ASSESSOR", "Assessor@1405");
        final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, assessorName, null);
        final ClaimViewer otherAssessor = new ClaimViewer(Role.ASSESSOR, otherAssessorName, null);
        final ClaimViewer supervisor = new ClaimViewer(Role.ASSESSOR, supervisorName, null);
        final ClaimViewer finance = new ClaimViewer(Role.FINANCE, "finance_it", null);
        final ClaimViewer admin = new ClaimViewer(Role.ADMIN, "admin_it", null);

        World() {
            data.update("update user_account set claims_supervisor = ? where username = ?", true, supervisorName);
        }

        /** A claim written as registered at {@code registeredAt}, with these back-office facts. */
        long claim(String state, Instant registeredAt, String assignedTo, String duplicateOf, String channel,
                   long amount) {
            long id = data.nextId("claim");
            TestData.Member p = family.main();
            data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                            + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                            + "service_id, residence_province_id, requested_amount, e_prescription, draft_step, state, "
                            + "created_at, registered_at, updated_at, deficiency_round, assigned_to, duplicate_of, "
                            + "version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, TrackingCodes.next(), channel, p.nationalId(), p.personId(), p.personId(), contract, insurer,
                    p.nationalId(), p.fullName(), TODAY.minusDays(5), VISIT, GP_VISIT, PROVINCE, amount, false, 4,
                    state, registeredAt, registeredAt, registeredAt, 0, assignedTo, duplicateOf, 0L);
            return id;
        }

        long claim(String state, Instant registeredAt, String assignedTo) {
            return claim(state, registeredAt, assignedTo, null, "MEMBER", 1_000_000L);
        }

        long version(long claimId) {
            return ((Number) data.queryValue("select version from claim where id = ?", claimId)).longValue();
        }

        String trackingCode(long claimId) {
            return (String) data.queryValue("select tracking_code from claim where id = ?", claimId);
        }

        ClaimQueueFilter byInsurer(ClaimState state, ClaimQueueFilter.Scope scope) {
            return new ClaimQueueFilter(state, insurer, null, null, null, null, null, false, false, false, scope);
        }
    }

    private static Instant daysAgo(int days) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(days, ChronoUnit.DAYS);
    }

    private static String refusal(RunAsRole as, Callable<?> work) {
        Throwable t = assertThrows(Throwable.class, () -> callAs(as, work));
        assertInstanceOf(ValidationException.class, t, String.valueOf(t));
        return ((ValidationException) t).key();
    }

    private static void forbidden(RunAsRole as, Callable<?> work) {
        Throwable t = assertThrows(Throwable.class, () -> callAs(as, work));
        assertInstanceOf(EJBAccessException.class, t, String.valueOf(t));
    }

    private List<Long> ids(RunAsRole as, ClaimViewer v, ClaimQueueFilter f, int first, int size) throws Exception {
        return callAs(as, () -> queue.page(v, f, first, size)).stream().map(QueueRow::id).toList();
    }

    // ---------------------------------------------------------------- reception

    /** A member's claim through the wizard to submission (described with province 1). */
    private Claim submitted(World w) throws Exception {
        Claim started = callAs(asMember, () -> submission.start(w.member, FormKey.random(),
                w.family.main().personId(), w.contract, TODAY.minusDays(3)));
        Claim described = callAs(asMember, () -> submission.describe(w.member, started.getId(),
                started.getVersion(), new ClaimSubmission.DetailsForm(PROVINCE, w.center, false, null, 2_000_000L,
                        VISIT, GP_VISIT, BasicInsurance.SALAMAT, "۱۲۳۴۵", false, null, "ویزیت")));
        callAs(asMember, () -> files.add(w.member, described.getId(), INVOICE, "invoice.jpg",
                SampleFiles.jpeg((int) (System.nanoTime() % 5000) + 100)));
        Claim done = callAs(asMember, () -> submission.documentsDone(w.member, described.getId(),
                described.getVersion()));
        String ip = "10.17." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 200);
        callAs(asMember, () -> submission.sendCode(w.member, done.getId(), ip));
        String sms = (String) w.data.queryValue("select body from sms_message where mobile = ? order by id desc",
                w.family.main().mobile());
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        String code = m.group(1);
        Claim confirmed = callAs(asMember, () -> submission.confirmCode(w.member, done.getId(), code));
        return callAs(asMember, () -> submission.submit(w.member, done.getId(), confirmed.getVersion(), null));
    }

    @Test
    void aRegisteredClaimGoesToTheAssessorOfItsInsurerAndProvince() throws Exception {
        World w = new World();
        callAs(asAdmin, () -> assignments.addRule(w.admin, w.insurer, null, w.otherAssessorName));
        callAs(asAdmin, () -> assignments.addRule(w.admin, w.insurer, PROVINCE, w.assessorName));
        assertEquals(ClaimAssignments.RULE_EXISTS, refusal(asAdmin,
                () -> assignments.addRule(w.admin, w.insurer, PROVINCE, w.otherAssessorName)));
        assertEquals(ClaimAssignments.UNKNOWN_ASSESSOR, refusal(asAdmin,
                () -> assignments.addRule(w.admin, w.insurer, OTHER_PROVINCE, "nobody_" + TestData.unique(""))));
        forbidden(asAssessor, () -> assignments.addRule(w.assessor, w.insurer, OTHER_PROVINCE, w.assessorName));

        Claim c = submitted(w);
        assertEquals(ClaimState.REGISTERED, c.getState());
        assertEquals(w.assessorName, w.data.queryValue("select assigned_to from claim where id = ?", c.getId()));
        List<Long> mine = ids(asAssessor, w.assessor, w.byInsurer(null, ClaimQueueFilter.Scope.MINE), 0, 20);
        assertEquals(List.of(c.getId()), mine, "in the assessor's own queue");
        assertTrue(ids(asAssessor, w.otherAssessor, w.byInsurer(null, ClaimQueueFilter.Scope.MINE), 0, 20)
                .isEmpty());
    }

    @Test
    void aSupervisorReassignsOneOrManyAndTheHistorySaysSo() throws Exception {
        World w = new World();
        long a = w.claim("REGISTERED", daysAgo(3), w.assessorName);
        long b = w.claim("DEFICIENCY_FIXED", daysAgo(2), w.assessorName);
        List<ClaimAssignments.Seen> both = List.of(new ClaimAssignments.Seen(a, w.version(a)),
                new ClaimAssignments.Seen(b, w.version(b)));

        assertEquals(ClaimAssignments.NOT_SUPERVISOR, refusal(asAssessor,
                () -> assignments.reassign(w.assessor, both, w.otherAssessorName)));
        forbidden(asFinance, () -> assignments.reassign(w.finance, both, w.otherAssessorName));
        forbidden(asMember, () -> assignments.reassign(w.member, both, w.otherAssessorName));
        assertEquals(w.assessorName, w.data.queryValue("select assigned_to from claim where id = ?", a));

        assertEquals(2, (int) callAs(asAssessor, () -> assignments.reassign(w.supervisor, both,
                w.otherAssessorName)));
        assertEquals(List.of(a, b), ids(asAssessor, w.otherAssessor,
                w.byInsurer(null, ClaimQueueFilter.Scope.MINE), 0, 20));
        assertEquals(1L, ((Number) w.data.queryValue("select count(*) from claim_event where claim_id = ? "
                + "and action = 'REASSIGNED' and actor = ?", a, w.supervisorName)).longValue());
        // the version the supervisor saw is gone: a second reassignment from the same page is a conflict, not a change
        assertEquals(ClaimRecords.CONFLICT, refusal(asAssessor,
                () -> assignments.reassign(w.supervisor, both, w.assessorName)));
        assertEquals(w.otherAssessorName, w.data.queryValue("select assigned_to from claim where id = ?", b));
        // an administrator is a supervisor too; none chosen is back to unassigned
        callAs(asAdmin, () -> assignments.reassign(w.admin, List.of(new ClaimAssignments.Seen(a, w.version(a))),
                null));
        assertEquals(List.of(a), ids(asAssessor, w.assessor, w.byInsurer(null, ClaimQueueFilter.Scope.UNASSIGNED),
                0, 20));
        // the member's history does not show the back office's hand-overs
        assertEquals(0L, ((Number) w.data.queryValue("select count(*) from member_notification where person_id = ? "
                + "and link like ?", w.family.main().personId(), "%id=" + a)).longValue());
    }

    // ---------------------------------------------------------------- the queue

    @Test
    void theQueueIsOldestFirstAndEachFilterNarrowsIt() throws Exception {
        World w = new World();
        long old = w.claim("REGISTERED", daysAgo(10), w.assessorName);
        long fixed = w.claim("DEFICIENCY_FIXED", daysAgo(8), w.assessorName);
        long delivered = w.claim("ORIGINALS_DELIVERED", daysAgo(6), null);
        long dup = w.claim("REGISTERED", daysAgo(4), w.otherAssessorName, "1234567897", "MEMBER", 5_000_000L);
        long direct = w.claim("REGISTERED", daysAgo(2), null, null, "CENTER", 7_000_000L);
        long deficiency = w.claim("DEFICIENCY", daysAgo(9), w.assessorName);
        long assessed = w.claim("ASSESSED", daysAgo(12), w.assessorName);

        ClaimQueueFilter all = w.byInsurer(null, ClaimQueueFilter.Scope.ALL);
        assertEquals(List.of(old, fixed, delivered, dup, direct), ids(asAssessor, w.assessor, all, 0, 20),
                "awaiting the assessor, oldest first, across states");
        assertEquals(5L, (long) callAs(asAssessor, () -> queue.countUpTo(w.assessor, all, 100)));
        assertEquals(List.of(fixed, delivered), ids(asAssessor, w.assessor, all, 1, 2), "a page inside the merge");
        assertEquals(List.of(old, fixed), ids(asAssessor, w.assessor,
                w.byInsurer(null, ClaimQueueFilter.Scope.MINE), 0, 20));
        assertEquals(List.of(delivered, direct), ids(asAssessor, w.assessor,
                w.byInsurer(null, ClaimQueueFilter.Scope.UNASSIGNED), 0, 20));
        assertEquals(List.of(deficiency), ids(asAssessor, w.assessor,
                w.byInsurer(ClaimState.DEFICIENCY, ClaimQueueFilter.Scope.ALL), 0, 20));
        assertEquals(List.of(assessed), ids(asAssessor, w.assessor,
                w.byInsurer(ClaimState.ASSESSED, ClaimQueueFilter.Scope.ALL), 0, 20));

        String code = w.trackingCode(fixed);
        String persian = code.chars().mapToObj(ch -> String.valueOf((char) ('۰' + ch - '0')))
                .reduce("", String::concat);
        assertEquals(List.of(fixed), ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, null, null,
                null, persian, null, false, false, false, ClaimQueueFilter.Scope.ALL), 0, 20), "Persian digits");
        assertEquals(List.of(dup), ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, null, null, null,
                null, null, true, false, false, ClaimQueueFilter.Scope.ALL), 0, 20));
        assertEquals(List.of(direct), ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, null, null,
                null, null, null, false, false, true, ClaimQueueFilter.Scope.ALL), 0, 20));
        assertEquals(List.of(fixed), ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, null, null,
                null, null, null, false, true, false, ClaimQueueFilter.Scope.ALL), 0, 20));
        assertEquals(List.of(dup, direct), ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, null,
                TODAY.minusDays(5), TODAY, null, null, false, false, false, ClaimQueueFilter.Scope.ALL), 0, 20));
        assertEquals(List.of(old, fixed, delivered, dup, direct), ids(asAssessor, w.assessor, new ClaimQueueFilter(
                null, w.insurer, PROVINCE, null, null, null, w.family.main().nationalId(), false, false, false,
                ClaimQueueFilter.Scope.ALL), 0, 20));
        assertTrue(ids(asAssessor, w.assessor, new ClaimQueueFilter(null, w.insurer, OTHER_PROVINCE, null, null,
                null, null, false, false, false, ClaimQueueFilter.Scope.ALL), 0, 20).isEmpty());
        assertEquals(ClaimQueueQueries.KEY_DIGITS, refusal(asAssessor, () -> queue.page(w.assessor,
                new ClaimQueueFilter(null, w.insurer, null, null, null, "abc", null, false, false, false,
                        ClaimQueueFilter.Scope.ALL), 0, 20)));

        forbidden(asFinance, () -> queue.page(w.finance, all, 0, 20));
        forbidden(asMember, () -> queue.page(w.member, all, 0, 20));
    }

    // ---------------------------------------------------------------- the workbench's decisions

    @Test
    void theBranchRecordsTheOriginalsDeliveryAndTheMemberIsTold() throws Exception {
        World w = new World();
        long id = w.claim("REGISTERED", daysAgo(3), w.assessorName);
        callAs(asAssessor, () -> office.requestOriginals(w.assessor, id, w.version(id), "شعبه مرکزی"));
        assertEquals("claims.originals.deliveredInFuture", refusal(asAssessor, () -> office.originalsDelivered(
                w.assessor, id, w.version(id), TODAY.plusDays(1), "شعبه شیراز")));
        assertEquals("AWAITING_ORIGINALS", w.data.queryValue("select state from claim where id = ?", id));
        Claim c = callAs(asAssessor, () -> office.originalsDelivered(w.assessor, id, w.version(id), TODAY,
                "شعبه  شیراز"));
        assertEquals(ClaimState.ORIGINALS_DELIVERED, c.getState());
        assertEquals(TODAY, c.getOriginalsDeliveredOn());
        assertEquals("شعبه شیراز", c.getOriginalsDeliveredPlace());
        assertEquals(1L, ((Number) w.data.queryValue("select count(*) from claim_event where claim_id = ? and "
                + "action = 'ORIGINALS_DELIVERED' and actor = ?", id, w.assessorName)).longValue());
        assertEquals(2L, ((Number) w.data.queryValue("select count(*) from member_notification where person_id = ? "
                + "and link like ?", w.family.main().personId(), "%id=" + id)).longValue(),
                "asked for, then delivered");
        assertEquals(List.of(id), ids(asAssessor, w.assessor, w.byInsurer(null, ClaimQueueFilter.Scope.MINE), 0,
                20), "back in the queue");
    }

    @Test
    void aRejectionCarriesItsCodeAndAnOldVersionIsAConflict() throws Exception {
        World w = new World();
        long id = w.claim("REGISTERED", daysAgo(3), w.assessorName);
        long seen = w.version(id);
        assertEquals("claims.reject.codeRequired", refusal(asAssessor,
                () -> office.reject(w.assessor, id, seen, null, "تکراری")));
        callAs(asAssessor, () -> office.reject(w.assessor, id, seen, RejectReason.DUPLICATE, "پیش‌تر پرداخت شده"));
        assertEquals("DUPLICATE", w.data.queryValue("select reject_code from claim where id = ?", id));
        assertEquals(ClaimRecords.CONFLICT, refusal(asAssessor,
                () -> office.declareDeficiency(w.otherAssessor, id, seen, "مدرک")));
        forbidden(asFinance, () -> office.reject(w.finance, id, w.version(id), RejectReason.OTHER, "x"));
    }

    @Test
    void theDeskFindsTheSameServiceAndTheSameImageInTheFamily() throws Exception {
        World w = new World();
        long earlier = w.claim("ASSESSED", daysAgo(20), null, null, "MEMBER", 3_000_000L);
        long sameImage = w.claim("REGISTERED", daysAgo(15), null, null, "MEMBER", 9_000_000L);
        long now = w.claim("REGISTERED", daysAgo(1), w.assessorName, w.trackingCode(earlier), "MEMBER", 3_000_000L);
        long other = w.claim("REGISTERED", daysAgo(1), w.assessorName, null, "MEMBER", 4_000_000L);
        byte[] image = SampleFiles.jpeg(3333);
        String sha = ir.hami.platform.files.FileStore.sha256(image);
        for (long claim : List.of(sameImage, now)) {
            long file = w.data.storedFile("a.jpg", "image/jpeg", image);
            w.data.update("insert into claim_document (id, claim_id, main_person_id, file_id, document_type_id, "
                            + "file_name, sha256, round_no, added_by, added_at) values (?,?,?,?,?,?,?,?,?,?)",
                    w.data.nextId("claim_document"), claim, w.family.main().personId(), file, INVOICE, "a.jpg", sha,
                    0, "it", daysAgo(1));
        }
        List<AssessmentDesk.Duplicate> found = callAs(asAssessor, () -> desk.duplicates(w.assessor, now));
        assertEquals(List.of(earlier, sameImage), found.stream().map(AssessmentDesk.Duplicate::claimId).toList());
        assertEquals(AssessmentDesk.DuplicateKind.FLAGGED_AT_SUBMISSION, found.get(0).kind());
        assertEquals(AssessmentDesk.DuplicateKind.SAME_IMAGE, found.get(1).kind());
        List<AssessmentDesk.Duplicate> forOther = callAs(asAssessor, () -> desk.duplicates(w.assessor, other));
        assertTrue(forOther.isEmpty(), String.valueOf(forOther));
        List<AssessmentDesk.Duplicate> forEarlier = callAs(asAssessor, () -> desk.duplicates(w.assessor, earlier));
        assertEquals(List.of(now), forEarlier.stream().map(AssessmentDesk.Duplicate::claimId).toList());
        assertEquals(AssessmentDesk.DuplicateKind.SAME_SERVICE, forEarlier.get(0).kind());
    }

    @Test
    void theTariffIsFoundByCodeOrTitleInAnyDigits() throws Exception {
        List<String> byCode = callAs(asAssessor, () -> desk.searchTariffs("۹۰۱۹")).stream().map(Tariff::getCode)
                .toList();
        assertTrue(byCode.containsAll(List.of("901910", "901915")), String.valueOf(byCode));
        List<String> byTitle = callAs(asAssessor, () -> desk.searchTariffs("ام‌آر‌آی")).stream()
                .map(Tariff::getCode).toList();
        assertTrue(byTitle.contains("701620"), String.valueOf(byTitle));
        assertTrue(callAs(asAssessor, () -> desk.searchTariffs(" ")).isEmpty());
        forbidden(asMember, () -> desk.searchTariffs("9019"));
    }

    @Test
    void anAssessorRejectsACompletedAdmissionFromTheOldestFirstList() throws Exception {
        World w = new World();
        long id = w.data.nextId("claim_admission");
        Instant confirmed = Instant.parse("2000-01-01T08:00:00Z").plusSeconds(id % 100_000);
        w.data.update("insert into claim_admission (id, tracking_code, created_by, person_id, main_person_id, "
                        + "contract_id, title, state, created_at, confirmed_at, updated_at, version) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,0)", id, TrackingCodes.next(), w.family.main().nationalId(),
                w.family.main().personId(), w.family.main().personId(), w.contract, "مدارک بستری", "COMPLETED",
                confirmed, confirmed, confirmed);
        List<AdmissionQueue.Row> rows = callAs(asAssessor, () -> admissionQueue.page(0, 100));
        assertTrue(rows.stream().anyMatch(r -> r.id() == id), "an old completed admission is on the first page");
        assertTrue(callAs(asAssessor, () -> admissionQueue.countUpTo(10)) >= 1);
        forbidden(asFinance, () -> admissionQueue.page(0, 20));
        forbidden(asFinance, () -> admissions.reject(w.finance, id, "x"));
        callAs(asAssessor, () -> admissions.reject(w.assessor, id, "تصویر خلاصه پرونده ناخواناست"));
        assertEquals("REJECTED", w.data.queryValue("select state from claim_admission where id = ?", id));
        assertFalse(callAs(asAssessor, () -> admissionQueue.page(0, 100)).stream().anyMatch(r -> r.id() == id));
    }
}
