package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import ir.hami.platform.web.FormKey;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The member's claim wizard on the real services and database: drafts, rules, uploads, codes, submit, duplicates. */
@ExtendWith(ArquillianExtension.class)
class ClaimSubmissionIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** V15's catalogue: type 1 visit, service 1 GP visit (invoice mandatory); document types 1 invoice, 9 other. */
    private static final long VISIT = 1;
    private static final long GP_VISIT = 1;
    private static final long INVOICE = 1;
    private static final long OTHER = 9;
    private static final long PROVINCE = 1;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ClaimSubmission submission;

    @Inject
    ClaimFiles files;

    @Inject
    RunAsMember asMember;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private final String ip = "10.15." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 200);

    /** A family (main member and a spouse) under a contract with e-claims, and a centre. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه خسارت " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت خسارت"))
                .cover("درمان", 500_000_000L, 10).create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final long center = data.center("درمانگاه آزمون", 160).create();
        final ClaimViewer member = new ClaimViewer(Role.MEMBER, family.main().nationalId(), family.main().personId());

        ClaimSubmission.DetailsForm details(long amount) {
            return new ClaimSubmission.DetailsForm(PROVINCE, center, false, null, amount, VISIT, GP_VISIT,
                    BasicInsurance.SALAMAT, "۱۲۳۴۵", false, null, "ویزیت");
        }
    }

    private <T> T as(Callable<T> work) throws Exception {
        return callAs(asMember, work);
    }

    private String refusal(Callable<?> work) {
        return assertThrows(ValidationException.class, () -> as(work)).key();
    }

    /** A draft through steps 1 to 4 for this person: described, with these images (invoice first), confirmed. */
    private Claim ready(World w, long personId, long amount, byte[]... images) throws Exception {
        Claim started = as(() -> submission.start(w.member, FormKey.random(), personId, w.contract,
                TODAY.minusDays(3)));
        Claim described = as(() -> submission.describe(w.member, started.getId(), started.getVersion(),
                w.details(amount)));
        for (int i = 0; i < images.length; i++) {
            byte[] image = images[i];
            long type = i == 0 ? INVOICE : OTHER;
            as(() -> files.add(w.member, described.getId(), type, "photo.jpg", image));
        }
        Claim done = as(() -> submission.documentsDone(w.member, described.getId(), described.getVersion()));
        as(() -> submission.sendCode(w.member, done.getId(), ip));
        String code = lastCodeSentTo(w, w.family.main().mobile());
        return as(() -> submission.confirmCode(w.member, done.getId(), code));
    }

    private static String lastCodeSentTo(World w, String mobile) {
        String sms = (String) w.data.queryValue("select body from sms_message where mobile = ? order by id desc",
                mobile);
        assertNotNull(sms, "no SMS to " + mobile);
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private static long count(World w, String sql, Object... args) {
        return ((Number) w.data.queryValue(sql, args)).longValue();
    }

    @Test
    void aDraftSurvivesAndIsSubmittedOnce() throws Exception {
        World w = new World();
        FormKey key = FormKey.random();
        long spouse = w.family.dependents().get(0).personId();
        Claim first = as(() -> submission.start(w.member, key, spouse, w.contract, TODAY.minusDays(2)));
        Claim again = as(() -> submission.start(w.member, key, spouse, w.contract, TODAY.minusDays(2)));
        assertEquals(first.getId(), again.getId(), "the same form key makes one draft");
        assertEquals(ClaimState.DRAFT, first.getState());
        // a new login finds it among the drafts, with what was typed
        assertTrue(as(() -> submission.drafts(w.member)).stream().anyMatch(c -> c.getId().equals(first.getId())));
        Claim described = as(() -> submission.describe(w.member, first.getId(), first.getVersion(),
                w.details(2_500_000L)));
        Claim resumed = as(() -> submission.draft(w.member, first.getId()));
        assertEquals(2_500_000L, resumed.getRequestedAmount());
        assertEquals("12345", resumed.getCouncilCode());
        assertEquals(3, resumed.getDraftStep());
        assertEquals(List.of("اصل صورتحساب یا فاکتور"), as(() -> submission.missingDocuments(w.member,
                first.getId())).stream().map(DocumentType::getTitle).toList());
        refused(ClaimWizardRules.DOCUMENTS_MISSING,
                () -> submission.documentsDone(w.member, first.getId(), described.getVersion()));
        as(() -> files.add(w.member, first.getId(), INVOICE, "invoice.jpg", SampleFiles.jpeg(2001)));
        as(() -> files.add(w.member, first.getId(), OTHER, "order.png", TestData.png()));
        assertEquals(2, as(() -> submission.documents(w.member, first.getId())).size());
        Claim step4 = as(() -> submission.documentsDone(w.member, first.getId(), described.getVersion()));
        refused(ClaimWizardRules.MOBILE_NOT_CONFIRMED,
                () -> submission.submit(w.member, first.getId(), step4.getVersion(), null));
        as(() -> submission.sendCode(w.member, first.getId(), ip));
        String code = lastCodeSentTo(w, w.family.main().mobile());
        Claim confirmed = as(() -> submission.confirmCode(w.member, first.getId(), code));
        assertEquals(w.family.main().mobile(), confirmed.getConfirmedMobile());

        Claim submitted = as(() -> submission.submit(w.member, first.getId(), confirmed.getVersion(), null));
        assertEquals(ClaimState.REGISTERED, submitted.getState());
        assertNotNull(submitted.getTrackingCode());
        assertNull(submitted.getDuplicateOf());
        // a resubmit with the old version returns the same claim
        Claim twice = as(() -> submission.submit(w.member, first.getId(), confirmed.getVersion(), null));
        assertEquals(submitted.getTrackingCode(), twice.getTrackingCode());
        assertEquals(1, count(w, "select count(*) from claim where person_id = ?", spouse));
        assertEquals(1, count(w, "select count(*) from claim_event where claim_id = ? and action = 'SUBMITTED'",
                first.getId()));
        // the code in either script (MariaDB's collation may hold the two equal: one row, counted once)
        assertEquals(1, count(w, "select count(*) from sms_message where mobile = ? and (body like ? or body like ?)",
                w.family.main().mobile(), "%" + ir.hami.platform.text.PersianText.toPersianDigits(
                        submitted.getTrackingCode()) + "%", "%" + submitted.getTrackingCode() + "%"));
        assertTrue(as(() -> submission.drafts(w.member)).stream().noneMatch(c -> c.getId().equals(first.getId())));
    }

    @Test
    void twoSubmitsRacingMakeOneClaim() throws Exception {
        World w = new World();
        Claim c = ready(w, w.family.main().personId(), 900_000L, SampleFiles.jpeg(3001));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> submit = () -> as(() -> submission.submit(w.member, c.getId(), c.getVersion(), null))
                    .getTrackingCode();
            List<Future<String>> both = pool.invokeAll(List.of(submit, submit));
            String one = both.get(0).get();
            String other = both.get(1).get();
            assertNotNull(one);
            assertEquals(one, other);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count(w, "select count(*) from claim_event where claim_id = ? and action = 'SUBMITTED'",
                c.getId()));
        assertEquals(1, count(w, "select count(*) from claim where person_id = ? and state = 'REGISTERED'",
                w.family.main().personId()));
    }

    @Test
    void uploadsAreImagesOfLimitedSizeAndNumber() throws Exception {
        World w = new World();
        Claim c = as(() -> submission.start(w.member, FormKey.random(), w.family.main().personId(), w.contract,
                TODAY));
        refused(ClaimFiles.KEY_TYPE, () -> files.add(w.member, c.getId(), INVOICE, "invoice.jpg", SampleFiles.pdf()));
        refused(ClaimFiles.KEY_TYPE, () -> files.add(w.member, c.getId(), INVOICE, "invoice.jpg", SampleFiles.exe()));
        int maxMb = as(() -> files.maxFileMb());
        int maxFiles = as(() -> files.maxFiles());
        refused("upload.tooLarge", () -> files.add(w.member, c.getId(), INVOICE, "big.jpg",
                SampleFiles.jpeg(maxMb * 1024 * 1024 + 1)));
        for (int i = 0; i < maxFiles; i++) {
            int size = 1000 + i;
            as(() -> files.add(w.member, c.getId(), OTHER, "p.jpg", SampleFiles.jpeg(size)));
        }
        refused(ClaimFiles.KEY_TOO_MANY, () -> files.add(w.member, c.getId(), OTHER, "p.jpg", SampleFiles.jpeg(999)));
        assertEquals(maxFiles, count(w, "select count(*) from claim_document where claim_id = ?", c.getId()));
    }

    @Test
    void wrongAndExpiredCodesAreRefused() throws Exception {
        World w = new World();
        Claim c = as(() -> submission.start(w.member, FormKey.random(), w.family.main().personId(), w.contract,
                TODAY));
        as(() -> submission.sendCode(w.member, c.getId(), ip));
        String code = lastCodeSentTo(w, w.family.main().mobile());
        String wrong = code.equals("123456") ? "654321" : "123456";
        refused("sms.code.wrong", () -> submission.confirmCode(w.member, c.getId(), wrong));
        w.data.update("update verification_code set expires_at = ? where subject = ?",
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), "claim:" + c.getId());
        refused("sms.code.expired", () -> submission.confirmCode(w.member, c.getId(), code));
        assertNull(as(() -> submission.draft(w.member, c.getId())).getMobileConfirmedAt());
    }

    @Test
    void stepOneRules() throws Exception {
        World w = new World();
        long me = w.family.main().personId();
        refused(ClaimWizardRules.DATE_FUTURE,
                () -> submission.start(w.member, FormKey.random(), me, w.contract, TODAY.plusDays(1)));
        refused(ClaimWizardRules.DATE_REQUIRED,
                () -> submission.start(w.member, FormKey.random(), me, w.contract, null));
        refused(ClaimWizardRules.DATE_OUTSIDE,
                () -> submission.start(w.member, FormKey.random(), me, w.contract, TODAY.minusYears(2)));
        w.data.update("update insurance_contract set e_claims = ? where id = ?", false, w.contract);
        refused(ClaimWizardRules.CONTRACT_NO_ECLAIMS,
                () -> submission.start(w.member, FormKey.random(), me, w.contract, TODAY));
        assertTrue(as(() -> submission.contracts(w.member)).stream().noneMatch(k -> k.contractId() == w.contract));
        assertEquals(0, count(w, "select count(*) from claim where main_person_id = ?", me));
    }

    @Test
    void anotherFamilysPeopleAndDraftsAreRefused() throws Exception {
        World w = new World();
        World other = new World();
        long stranger = other.family.main().personId();
        refused(FamilyService.REFUSED,
                () -> submission.start(w.member, FormKey.random(), stranger, other.contract, TODAY));
        refused(FamilyService.REFUSED,
                () -> submission.start(w.member, FormKey.random(), stranger, w.contract, TODAY));
        Claim theirs = as(() -> submission.start(other.member, FormKey.random(), stranger, other.contract, TODAY));
        ClaimDocument image = as(() -> files.add(other.member, theirs.getId(), INVOICE, "i.jpg",
                SampleFiles.jpeg(1500)));
        refused(ClaimRecords.REFUSED, () -> submission.draft(w.member, theirs.getId()));
        refused(ClaimRecords.REFUSED, () -> submission.describe(w.member, theirs.getId(), theirs.getVersion(),
                w.details(1000L)));
        refused(ClaimRecords.REFUSED, () -> submission.submit(w.member, theirs.getId(), theirs.getVersion(), null));
        refused(ClaimRecords.REFUSED, () -> submission.sendCode(w.member, theirs.getId(), ip));
        refused(ClaimRecords.REFUSED, () -> {
            submission.discard(w.member, theirs.getId());
            return null;
        });
        refused(ClaimRecords.REFUSED, () -> files.file(w.member, image.getId()));
        refused(ClaimRecords.REFUSED, () -> files.add(w.member, theirs.getId(), INVOICE, "x.jpg",
                SampleFiles.jpeg(1600)));
        refused(ClaimRecords.REFUSED, () -> submission.draft(w.member, Long.MAX_VALUE - 7));
        // even a spouse of the same family does not see the main member's draft
        TestData.Member spouse = w.family.dependents().get(0);
        ClaimViewer spouseViewer = new ClaimViewer(Role.MEMBER, spouse.nationalId(), spouse.personId());
        Claim mine = as(() -> submission.start(w.member, FormKey.random(), spouse.personId(), w.contract, TODAY));
        refused(ClaimRecords.REFUSED, () -> submission.draft(spouseViewer, mine.getId()));
        // and the owner can throw the draft away
        as(() -> {
            submission.discard(w.member, mine.getId());
            return null;
        });
        assertEquals(0, count(w, "select count(*) from claim where id = ?", mine.getId()));
    }

    @Test
    void aFormerMemberCannotClaimForTheOldFamily() throws Exception {
        TestData data = TestData.on(dataSource);
        long insurer = data.insurer("بیمه خسارت " + TestData.unique(""));
        long contract = data.contract(insurer, data.policyholder("شرکت")).cover("درمان", 100_000_000L, 10).create();
        TestData.Family family = data.family(contract).dependents(1).create();
        TestData.Member ex = family.dependents().get(0);
        data.update("update coverage set end_date = ? where person_id = ?", TODAY.minusDays(1), ex.personId());
        ClaimViewer exViewer = new ClaimViewer(Role.MEMBER, ex.nationalId(), ex.personId());
        ClaimViewer main = new ClaimViewer(Role.MEMBER, family.main().nationalId(), family.main().personId());
        // the former spouse claims for the old family's main member: not theirs
        refused(FamilyService.REFUSED, () -> submission.start(exViewer, FormKey.random(), family.main().personId(),
                contract, TODAY.minusDays(3)));
        // nor for themself under the coverage that ended
        refused(ClaimWizardRules.NOT_COVERED_TODAY, () -> submission.start(exViewer, FormKey.random(),
                ex.personId(), contract, TODAY.minusDays(3)));
        // nor does the main member claim for them any more
        refused(ClaimWizardRules.NOT_COVERED_TODAY, () -> submission.start(main, FormKey.random(), ex.personId(),
                contract, TODAY.minusDays(3)));
    }

    @Test
    void aLikelyDuplicateIsNamedAndFlagged() throws Exception {
        World w = new World();
        long me = w.family.main().personId();
        Claim a = ready(w, me, 1_200_000L, SampleFiles.jpeg(4001), TestData.png());
        Claim submittedA = as(() -> submission.submit(w.member, a.getId(), a.getVersion(), null));
        // same person, date, service and amount
        Claim b = ready(w, me, 1_200_000L, SampleFiles.jpeg(4002));
        ClaimSubmission.Duplicate dup = as(() -> submission.duplicate(w.member, b.getId())).orElseThrow();
        assertEquals(submittedA.getTrackingCode(), dup.trackingCode());
        assertEquals(false, dup.sameImage());
        refused(ClaimWizardRules.DUPLICATE_REASON_REQUIRED,
                () -> submission.submit(w.member, b.getId(), b.getVersion(), " "));
        Claim submittedB = as(() -> submission.submit(w.member, b.getId(), b.getVersion(), "دو بار مراجعه کردم"));
        assertEquals(submittedA.getTrackingCode(), submittedB.getDuplicateOf());
        assertEquals("دو بار مراجعه کردم", submittedB.getDuplicateReason());
        // another amount, but an image sent before
        Claim c = ready(w, me, 777_000L, SampleFiles.jpeg(4003), TestData.png());
        ClaimSubmission.Duplicate byImage = as(() -> submission.duplicate(w.member, c.getId())).orElseThrow();
        assertTrue(byImage.sameImage());
        // a different claim is not a duplicate
        Claim d = ready(w, me, 555_000L, SampleFiles.jpeg(4004));
        assertTrue(as(() -> submission.duplicate(w.member, d.getId())).isEmpty());
        Claim submittedD = as(() -> submission.submit(w.member, d.getId(), d.getVersion(), null));
        assertNull(submittedD.getDuplicateOf());
    }

    private void refused(String key, Callable<?> work) {
        assertEquals(key, refusal(work));
    }
}
