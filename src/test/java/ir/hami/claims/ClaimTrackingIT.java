package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.Role;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsFinance;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following claims on the real services and database: the list per state, search and paging, who may see whose
 * claims (the coverage's main member, not a former family member's later claims, never another family's), and a
 * deficiency fixed with a new image, with its SMS in the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimTrackingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(TrackingFixtures.class);
    }

    @Inject
    ClaimTracking tracking;

    @Inject
    ClaimOffice office;

    @Inject
    ClaimFiles files;

    @Inject
    TrackingFixtures fixtures;

    @Inject
    RunAsMember asMember;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsFinance asFinance;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, "assessor_it", null);
    private final ClaimViewer finance = new ClaimViewer(Role.FINANCE, "finance_it", null);

    /** A family (main member and spouse) under a contract in force, with a cover for visits. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه پیگیری " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت پیگیری"))
                .cover("سرپایی", 500_000_000L, 10).create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final TestData.Member main = family.main();
        final TestData.Member spouse = family.dependents().get(0);
        final ClaimViewer mainViewer = new ClaimViewer(Role.MEMBER, main.nationalId(), main.personId());
        final ClaimViewer spouseViewer = new ClaimViewer(Role.MEMBER, spouse.nationalId(), spouse.personId());

        long claimOf(TestData.Member patient, long amount) {
            return fixtures.submitted(main.nationalId(), patient.personId(), main.personId(), contract,
                    patient.nationalId(), patient.fullName(), TODAY.minusDays(5), amount);
        }
    }

    private <T> T member(Callable<T> work) throws Exception {
        return RunAsRole.callAs(asMember, work);
    }

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).key();
    }

    private String memberRefusal(Runnable action) throws Exception {
        return member(() -> refusal(action));
    }

    private long version(long id) {
        return fixtures.claim(id).getVersion();
    }

    private void deficiency(long id) throws Exception {
        RunAsRole.runAs(asAssessor, () -> office.declareDeficiency(assessor, id, version(id), "تصویر فاکتور خوانا نیست"));
    }

    private static Assessment visit(long total, long franchise) {
        return new Assessment(List.of(new Assessment.Item(ItemKind.VISIT, "ویزیت عمومی", "دکتر آزمون", null, null, 1,
                total, List.of(new Assessment.Deduction(DeductionKind.FRANCHISE, franchise, null)))), "بدون ایراد");
    }

    @Test
    void theListFiltersByStateSearchesAndPages() throws Exception {
        World w = new World();
        long registered1 = w.claimOf(w.main, 1_000_000);
        long registered2 = w.claimOf(w.main, 1_100_000);
        long deficient = w.claimOf(w.main, 1_200_000);
        long originals = w.claimOf(w.main, 1_300_000);
        long delivered = w.claimOf(w.main, 1_400_000);
        long assessed = w.claimOf(w.main, 1_500_000);
        long paid = w.claimOf(w.main, 1_600_000);
        long rejected = w.claimOf(w.main, 1_700_000);
        long draft = fixtures.draft(w.main.nationalId(), w.main.personId(), w.main.personId(), w.contract,
                w.main.nationalId(), w.main.fullName(), TODAY, 900_000);

        deficiency(deficient);
        RunAsRole.runAs(asAssessor, () -> {
            office.requestOriginals(assessor, originals, version(originals), "شعبه مرکزی");
            office.requestOriginals(assessor, delivered, version(delivered), "شعبه مرکزی");
            office.originalsDelivered(assessor, delivered, version(delivered));
            office.assess(assessor, assessed, version(assessed), "دکتر ارزیاب", visit(1_500_000, 150_000));
            office.assess(assessor, paid, version(paid), "دکتر ارزیاب", visit(1_600_000, 160_000));
            office.reject(assessor, rejected, version(rejected), "خارج از تعهد");
        });
        RunAsRole.runAs(asFinance, () -> {
            office.sendToFinance(finance, paid, version(paid), "FN-1", null);
            office.sendToBank(finance, paid, version(paid), new ir.hami.claims.Payment(TODAY, TODAY,
                    "IR120000000000000000003456", "R-1", "پایا", "واحد مالی"));
            office.deposit(finance, paid, version(paid), TODAY);
        });

        long me = w.main.personId();
        member(() -> {
            assertEquals(8, tracking.count(w.mainViewer, me, ClaimFilter.ALL, null));
            assertEquals(List.of(rejected, paid, assessed, delivered, originals, deficient, registered2, registered1),
                    ids(tracking.page(w.mainViewer, me, ClaimFilter.ALL, null, 0, 20)));
            assertEquals(List.of(registered2, registered1),
                    ids(tracking.page(w.mainViewer, me, ClaimFilter.AWAITING_ASSESSMENT, null, 0, 20)));
            assertEquals(List.of(originals), ids(tracking.page(w.mainViewer, me, ClaimFilter.AWAITING_ORIGINALS, null, 0, 20)));
            assertEquals(List.of(delivered), ids(tracking.page(w.mainViewer, me, ClaimFilter.ORIGINALS_DELIVERED, null, 0, 20)));
            assertEquals(List.of(assessed), ids(tracking.page(w.mainViewer, me, ClaimFilter.IN_PAYMENT, null, 0, 20)));
            assertEquals(List.of(paid), ids(tracking.page(w.mainViewer, me, ClaimFilter.PAID, null, 0, 20)));
            assertEquals(List.of(rejected), ids(tracking.page(w.mainViewer, me, ClaimFilter.REJECTED, null, 0, 20)));
            assertEquals(List.of(deficient), ids(tracking.page(w.mainViewer, me, ClaimFilter.DEFICIENCY, null, 0, 20)));
            // pages of three: the third has the last two
            assertEquals(List.of(registered2, registered1),
                    ids(tracking.page(w.mainViewer, me, ClaimFilter.ALL, null, 6, 3)));
            assertEquals(3, tracking.page(w.mainViewer, me, ClaimFilter.ALL, null, 3, 3).size());
            // a card shows what the list promises: the service, the amounts, the state
            ClaimRow card = tracking.page(w.mainViewer, me, ClaimFilter.PAID, null, 0, 1).get(0);
            assertEquals("ویزیت پزشک عمومی", card.serviceTitle());
            assertEquals(1_600_000L, card.requestedAmount());
            assertEquals(1_440_000L, card.payableAmount());
            assertEquals(TODAY.minusDays(5), card.serviceDate());
            // search by the tracking code typed in Persian digits, in any filter that holds it
            String code = fixtures.claim(deficient).getTrackingCode();
            String typed = PersianText.toPersianDigits(code);
            assertEquals(List.of(deficient), ids(tracking.page(w.mainViewer, me, ClaimFilter.ALL, typed, 0, 20)));
            assertEquals(1, tracking.count(w.mainViewer, me, ClaimFilter.DEFICIENCY, typed));
            assertEquals(0, tracking.count(w.mainViewer, me, ClaimFilter.PAID, typed));
            assertEquals(ClaimQueries.KEY_SEARCH, refusal(() -> tracking.count(w.mainViewer, me, ClaimFilter.ALL, "abc")));
            // the drafts are the writer's, apart from the list
            assertEquals(List.of(draft), tracking.drafts(w.mainViewer, 10).stream().map(ClaimDraftRow::id).toList());
            assertEquals(List.of(), tracking.drafts(w.spouseViewer, 10));
            // seed 004's report: the contract is in force, so all eight, with the contract's number
            assertEquals(8, tracking.reportCount(w.mainViewer, me));
            List<ClaimReportRow> report = tracking.report(w.mainViewer, me, 0, 3);
            assertEquals(3, report.size());
            assertEquals(rejected, report.get(0).id());
            assertEquals("شرکت پیگیری", report.get(0).contractName());
            assertEquals("ویزیت پزشک عمومی", report.get(0).reason());
            return null;
        });

        // the paid claim's details: amounts as stored, the timeline done, the account masked
        ClaimView view = member(() -> tracking.details(w.mainViewer, paid));
        assertEquals(1_440_000L, view.claim().getPayableAmount());
        assertEquals("IR12 **** **** 3456", view.maskedIban());
        assertEquals(1, view.items().size());
        assertEquals(160_000L, view.getItemsInsuredShare());
        assertEquals(DeductionKind.FRANCHISE, view.deductions().get(0).kind());
        assertTrue(view.timeline().getSteps().stream().allMatch(s -> s.status() == ClaimTimeline.Status.DONE));
        assertEquals("ویزیت پزشک عمومی", view.names().service());
        assertEquals("سرپایی", view.names().cover());
    }

    @Test
    void aSpousesClaimsAreSeenByTheSpouseAndTheMainMemberButNotAFormerMembersLaterOnes() throws Exception {
        World w = new World();
        long spouseClaim = w.claimOf(w.spouse, 2_000_000);
        // the spouse left and has a coverage of their own now: their later claim is under themself as main member
        World other = new World();
        long later = fixtures.submitted(w.spouse.nationalId(), w.spouse.personId(), w.spouse.personId(),
                other.contract, w.spouse.nationalId(), w.spouse.fullName(), TODAY.minusDays(1), 3_000_000);
        long spouse = w.spouse.personId();
        member(() -> {
            assertEquals(List.of(spouseClaim), ids(tracking.page(w.mainViewer, spouse, ClaimFilter.ALL, null, 0, 10)));
            assertEquals(1, tracking.count(w.mainViewer, spouse, ClaimFilter.ALL, null));
            assertEquals(spouseClaim, tracking.details(w.mainViewer, spouseClaim).claim().getId());
            // the spouse sees both: the one about them and their own later one
            assertEquals(List.of(later, spouseClaim),
                    ids(tracking.page(w.spouseViewer, spouse, ClaimFilter.ALL, null, 0, 10)));
            return null;
        });
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> tracking.details(w.mainViewer, later)));
        // the main member's own claims are not the spouse's to list
        assertEquals(ClaimRecords.REFUSED, memberRefusal(
                () -> tracking.page(w.spouseViewer, w.main.personId(), ClaimFilter.ALL, null, 0, 10)));
    }

    @Test
    void anotherFamilysClaimIsRefusedWithTheSameMessageAsNoClaim() throws Exception {
        World w = new World();
        World stranger = new World();
        long claim = w.claimOf(w.main, 1_000_000);
        long strangersClaim = stranger.claimOf(stranger.main, 1_000_000);
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> tracking.details(stranger.mainViewer, claim)));
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> tracking.details(w.mainViewer, Long.MAX_VALUE - 7)));
        assertEquals(ClaimRecords.REFUSED, memberRefusal(
                () -> tracking.page(stranger.mainViewer, w.main.personId(), ClaimFilter.ALL, null, 0, 10)));
        assertEquals(ClaimRecords.REFUSED, memberRefusal(
                () -> tracking.count(stranger.mainViewer, w.spouse.personId(), ClaimFilter.ALL, null)));
        assertEquals(ClaimRecords.REFUSED, memberRefusal(
                () -> tracking.fixDeficiency(stranger.mainViewer, claim, version(claim), null)));
        // nor its images
        deficiency(strangersClaim);
        long image = member(() -> files.add(stranger.mainViewer, strangersClaim, TrackingFixtures.INVOICE,
                "invoice.png", TestData.png()).getId());
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> files.file(w.mainViewer, image)));
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> files.remove(w.mainViewer, image)));
        // a draft is its writer's alone, even in the family
        long draft = fixtures.draft(w.main.nationalId(), w.spouse.personId(), w.main.personId(), w.contract,
                w.spouse.nationalId(), w.spouse.fullName(), TODAY, 1);
        assertEquals(ClaimRecords.REFUSED, memberRefusal(() -> tracking.details(w.spouseViewer, draft)));
    }

    @Test
    void aDeficiencyIsFixedWithANewImageAndGoesBackToTheAssessor() throws Exception {
        World w = new World();
        long id = w.claimOf(w.spouse, 2_500_000);
        // only in a deficiency
        assertEquals(Claim.NOT_ALLOWED, memberRefusal(() -> tracking.fixDeficiency(w.mainViewer, id, version(id), null)));
        deficiency(id);
        String code = fixtures.claim(id).getTrackingCode();
        TestData data = w.data;
        long sms = count(data, "select count(*) from sms_message where mobile = ?", w.main.mobile());

        // without a new image: refused, nothing changes
        assertEquals(ClaimTracking.KEY_NEW_IMAGE,
                memberRefusal(() -> tracking.fixDeficiency(w.mainViewer, id, version(id), "ارسال شد")));
        assertEquals(ClaimState.DEFICIENCY, fixtures.claim(id).getState());

        // an image added then removed does not count
        long removed = member(() -> files.add(w.mainViewer, id, TrackingFixtures.INVOICE, "a.png", TestData.png())
                .getId());
        member(() -> {
            files.remove(w.mainViewer, removed);
            return null;
        });
        assertEquals(ClaimTracking.KEY_NEW_IMAGE,
                memberRefusal(() -> tracking.fixDeficiency(w.mainViewer, id, version(id), null)));

        long image = member(() -> files.add(w.mainViewer, id, TrackingFixtures.INVOICE, "invoice.png",
                TestData.png()).getId());
        ClaimView before = member(() -> tracking.details(w.mainViewer, id));
        assertEquals(1, before.getNewImages());
        assertTrue(before.rounds().stream().anyMatch(r -> r.round() == 1
                && r.documents().stream().anyMatch(d -> d.id() == image && d.removable())));
        assertEquals(ClaimTimeline.Status.MEMBER, before.timeline().getCurrent().status());

        long seen = before.claim().getVersion();
        member(() -> tracking.fixDeficiency(w.mainViewer, id, seen, "فاکتور خوانا ارسال شد"));
        Claim after = fixtures.claim(id);
        assertEquals(ClaimState.DEFICIENCY_FIXED, after.getState());
        assertTrue(after.getState().isAwaitingAssessor());
        // the event, the portal notification and the SMS, with the tracking code
        assertEquals(1, count(data, "select count(*) from claim_event where claim_id = ? and action = 'DEFICIENCY_FIXED' "
                + "and note = ?", id, "فاکتور خوانا ارسال شد"));
        assertEquals(sms + 1, count(data, "select count(*) from sms_message where mobile = ?", w.main.mobile()));
        assertEquals(1, count(data, "select count(*) from sms_message where mobile = ? and body like ?",
                w.main.mobile(), "%" + PersianText.toPersianDigits(code) + "%دوباره بررسی%"));
        // a second send of the same page is refused; the image of the fixed round is the assessor's record now
        assertEquals(Claim.NOT_ALLOWED, memberRefusal(() -> tracking.fixDeficiency(w.mainViewer, id, seen, null)));
        assertEquals(Claim.NOT_ALLOWED, memberRefusal(() -> files.remove(w.mainViewer, image)));
        // the assessor's queue has it again
        assertEquals(1, count(data, "select count(*) from claim where id = ? and state = 'DEFICIENCY_FIXED'", id));
    }

    private static long count(TestData data, String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    private static List<Long> ids(List<ClaimRow> rows) {
        return rows.stream().map(ClaimRow::id).toList();
    }
}
