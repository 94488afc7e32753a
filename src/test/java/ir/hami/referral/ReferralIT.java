package ir.hami.referral;

import ir.hami.platform.id.TrackingCodes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.security.Role;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.FileStore;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import ir.hami.testing.Deployments;
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

import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Referral requests on the real services and database: rules, access, idempotency, locking, queue, verification. */
@ExtendWith(ArquillianExtension.class)
class ReferralIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** Procedures of V6: 1 general admission (no exam), 12 rhinoplasty (exam). */
    private static final long GENERAL = 1;
    private static final long RHINOPLASTY = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ReferralDesk desk;

    @Inject
    ReferralQueue queue;

    @Inject
    FileStore files;

    @Inject
    Staging staging;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData data() {
        return TestData.on(dataSource);
    }

    /** A family with a contract in force, an insurer of its own and a centre that issues letters (and online). */
    private final class World {
        final TestData data = data();
        final long insurer = data.insurer("بیمه آزمون " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت آزمون"))
                .cover("بستری", 800_000_000L, 10).cover("دندانپزشکی", 20_000_000L, 30).create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final long center = data.center("بیمارستان آزمون", 160).onlineReferrals().insurer(insurer).create();
        final String centerUser = data.centerUser(center, "Hami-Test-1403");
        final Viewer member = new Viewer(Role.MEMBER, family.main().nationalId(), family.main().personId(), null);
        final Viewer centre = new Viewer(Role.CENTER, centerUser, null, center);
        final Viewer unit = new Viewer(Role.REFERRAL, "referral_" + TestData.unique(""), null, null);

        MemberRequestForm form(long personId, FormKey key) {
            FormKey formKey = key == null ? FormKey.random() : key;
            long order = stage(member, formKey, "order.png");
            long card = stage(member, formKey, "card.png");
            return new MemberRequestForm(personId, contract, center, TODAY.plusDays(2), "دکتر رضایی", GENERAL,
                    null, order, card, formKey);
        }

        CenterRequestForm centerForm(String nationalId, Long procedure, FormKey key) {
            return new CenterRequestForm(nationalId, procedure, null, "دکتر کریمی", null, key);
        }
    }

    /** A PNG staged by this viewer on a form, as the request page stages a chosen file; its staged id. */
    private long stage(Viewer viewer, FormKey form, String name) {
        return staging.stage(UploadOwner.account(viewer.username()), form, Staging.ANY_SLOT, name, TestData.png(),
                UploadRule.documents(UploadRule.DEFAULT_MAX_BYTES)).getId();
    }

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).key();
    }

    private long count(String sql, Object... args) {
        return ((Number) data().queryValue(sql, args)).longValue();
    }

    @Test
    void memberRequestIsMadeOnceEvenWhenTheFormIsSentTwice() {
        World w = new World();
        TestData.Member spouse = w.family.dependents().get(0);
        MemberRequestForm form = w.form(spouse.personId(), FormKey.random());
        ReferralRequest first = desk.submitByMember(w.member, form);
        ReferralRequest again = desk.submitByMember(w.member, form);
        assertEquals(first.getId(), again.getId());
        assertEquals(1, count("select count(*) from referral_request where person_id = ?", spouse.personId()));
        assertTrue(TrackingCodes.parse(first.getTrackingCode()).isPresent());
        assertEquals(ReferralStatus.SUBMITTED, first.getStatus());
        assertEquals("بستری عمومی", first.getCause());
        assertEquals(w.family.main().personId(), first.getMainPersonId());

        ReferralDetails details = desk.details(w.member, first.getId());
        assertEquals(2, details.attachments().size());
        assertEquals(1, details.events().size());
        assertEquals("بیمارستان آزمون", details.centerName());
        // the member is told on the portal and by SMS, with the tracking code
        assertEquals(1, count("select count(*) from member_notification where person_id = ? and text like ?",
                w.family.main().personId(), "%" + PersianText.toPersianDigits(first.getTrackingCode()) + "%"));
        assertEquals(1, count("select count(*) from sms_message where mobile = ? and purpose = 'REFERRAL'",
                w.family.main().mobile()));
    }

    @Test
    void badRequestsAreRefusedAndLeaveNothingBehind() {
        World w = new World();
        long person = w.family.main().personId();
        MemberRequestForm ok = w.form(person, null);
        assertEquals("referral.admission.past", refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY.minusDays(1), "دکتر", GENERAL, null,
                        ok.doctorOrderUploadId(), ok.nationalCardUploadId(), null))));
        assertEquals("referral.doctorOrder.required", refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY, "دکتر", GENERAL, null, null,
                        ok.nationalCardUploadId(), null))));
        assertEquals("referral.cause.required", refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY, "دکتر", null, "  ",
                        ok.doctorOrderUploadId(), ok.nationalCardUploadId(), null))));
        long plain = w.data.center("درمانگاه بدون معرفی‌نامه", 160).create();
        assertEquals("referral.center.noReferrals", refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, plain, TODAY, "دکتر", GENERAL, null,
                        ok.doctorOrderUploadId(), ok.nationalCardUploadId(), null))));
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", person));
    }

    @Test
    void anExpiredContractGetsNoLetter() {
        TestData data = data();
        long insurer = data.insurer("بیمه منقضی");
        long contract = data.contract(insurer, data.policyholder("شرکت قدیمی"))
                .period(TODAY.minusYears(2), TODAY.minusYears(1)).cover("بستری", 1_000_000L, 10).create();
        TestData.Family f = data.family(contract).create();
        long center = data.center("بیمارستان آنلاین", 160).onlineReferrals().insurer(insurer).create();
        Viewer member = new Viewer(Role.MEMBER, f.main().nationalId(), f.main().personId(), null);
        long order = stage(member, FormKey.random(), "o.png");
        assertEquals("referral.notCovered", refusal(() -> desk.submitByMember(member, new MemberRequestForm(
                f.main().personId(), contract, center, TODAY, "دکتر", GENERAL, null, order, order, null))));
        Viewer centre = new Viewer(Role.CENTER, data.centerUser(center, "Hami-Test-1403"), null, center);
        assertEquals(AutoIssue.NOT_COVERED, refusal(() -> desk.requestByCenter(centre,
                new CenterRequestForm(f.main().nationalId(), GENERAL, null, null, null, null))));
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", f.main().personId()));
    }

    @Test
    void membersSeeOnlyTheirFamilysRequests() {
        World a = new World();
        World b = new World();
        ReferralRequest r = desk.submitByMember(a.member, a.form(a.family.main().personId(), null));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.details(b.member, r.getId())));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.cancel(b.member, r.getId())));
        assertEquals("family.refused", refusal(() -> desk.submitByMember(b.member,
                b.form(a.family.main().personId(), null))));
        assertEquals("family.refused", refusal(() -> queue.ofPerson(b.member, a.family.main().personId(), null,
                0, 10)));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> queue.queue(a.member, QueueFilter.awaitingUnit(), 0, 10)));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.issue(a.member, r.getId(), r.getVersion(),
                new LetterTerms(TODAY, TODAY, "x", 1L, 1, null))));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.details(a.member, Long.MAX_VALUE)));
        assertEquals(1, queue.ofPersonCount(a.member, a.family.main().personId(), null));
        assertEquals(r.getTrackingCode(), queue.ofPerson(a.member, a.family.main().personId(),
                PersianText.toPersianDigits(r.getTrackingCode()), 0, 10).get(0).trackingCode());
    }

    /**
     * Issue 14, point 1: a divorce. The spouse's coverage under the main member ends and they get their own cover at
     * another policyholder. The request made under the shared coverage stays visible to both (the person it is about
     * and that coverage's main member); what each makes afterwards is the other's no more: not its details, its
     * attachments (national card, doctor's order), its letter, nor cancelling it.
     */
    @Test
    void aFormerFamilyDoesNotSeeEachOthersNewRequests() {
        World w = new World();
        TestData.Member exMain = w.family.main();
        TestData.Member exSpouse = w.family.dependents().get(0);
        ReferralRequest shared = desk.submitByMember(w.member, w.form(exSpouse.personId(), null));

        w.data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?", TODAY.minusDays(1),
                exSpouse.personId(), w.contract);
        long ownCover = w.data.contract(w.insurer, w.data.policyholder("شرکت جدید")).cover("بستری", 300_000_000L, 10)
                .create();
        w.data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                        + "start_date, end_date, version) select ?, id, ?, ?, ?, 'SELF', start_date, end_date, 0 "
                        + "from insurance_contract where id = ?", w.data.nextId("coverage"), exSpouse.personId(),
                exSpouse.personId(), TestData.unique("M"), ownCover);
        Viewer spouse = new Viewer(Role.MEMBER, exSpouse.nationalId(), exSpouse.personId(), null);

        FormKey spouseForm = FormKey.random();
        ReferralRequest theirs = desk.submitByMember(spouse, new MemberRequestForm(exSpouse.personId(), ownCover,
                w.center, TODAY.plusDays(2), "دکتر رضایی", GENERAL, null, stage(spouse, spouseForm, "order.png"),
                stage(spouse, spouseForm, "card.png"), spouseForm));
        assertEquals(exSpouse.personId(), theirs.getMainPersonId());
        ReferralRequest his = desk.submitByMember(w.member, w.form(exMain.personId(), null));
        ReferralRequest byCentre = desk.requestByCenter(w.centre, w.centerForm(exSpouse.nationalId(), GENERAL,
                null)).request();
        assertEquals(ownCover, byCentre.getContractId());

        // the former main member: not the ex-spouse's new requests, nor their files, letter, or a cancel
        for (ReferralRequest r : List.of(theirs, byCentre)) {
            assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.details(w.member, r.getId())));
            assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.cancel(w.member, r.getId())));
            assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.letter(w.member, r.getId())));
            for (ReferralAttachment a : desk.details(spouse, r.getId()).attachments()) {
                assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.attachment(w.member, a.getId())));
            }
        }
        assertEquals(2, desk.details(spouse, theirs.getId()).attachments().size());
        assertEquals(ReferralStatus.SUBMITTED, desk.details(spouse, theirs.getId()).request().getStatus());
        assertEquals(List.of(shared.getId()), queue.ofPerson(w.member, exSpouse.personId(), null, 0, 10).stream()
                .map(ReferralRow::id).toList());
        assertEquals(1, queue.ofPersonCount(w.member, exSpouse.personId(), null));
        // nor make one for them, under their new cover or the ended one
        FormKey memberForm = FormKey.random();
        assertEquals("family.refused", refusal(() -> desk.submitByMember(w.member, new MemberRequestForm(
                exSpouse.personId(), ownCover, w.center, TODAY.plusDays(2), "دکتر", GENERAL, null,
                stage(w.member, memberForm, "order.png"), stage(w.member, memberForm, "card.png"), memberForm))));
        assertEquals("referral.notCovered", refusal(() -> desk.submitByMember(w.member,
                w.form(exSpouse.personId(), null))));

        // the former dependent: not the former main member's requests either
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.details(spouse, his.getId())));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.cancel(spouse, his.getId())));
        for (ReferralAttachment a : desk.details(w.member, his.getId()).attachments()) {
            assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.attachment(spouse, a.getId())));
        }
        assertEquals("family.refused", refusal(() -> queue.ofPerson(spouse, exMain.personId(), null, 0, 10)));

        // the request made under the shared coverage stays with both
        assertEquals(shared.getId(), desk.details(w.member, shared.getId()).request().getId());
        assertEquals(shared.getId(), desk.details(spouse, shared.getId()).request().getId());
        ReferralAttachment order = desk.details(spouse, shared.getId()).attachments().get(0);
        assertNotNull(desk.attachment(w.member, order.getId()));
        assertNotNull(desk.attachment(spouse, order.getId()));
        assertEquals(3, queue.ofPersonCount(spouse, exSpouse.personId(), null));
        assertEquals(ReferralStatus.SUBMITTED, desk.details(spouse, theirs.getId()).request().getStatus());
    }

    /** A change refused half-way leaves the request exactly as it was: status, version, history. */
    @Test
    void aRefusedActionLeavesTheRequestAsItWas() {
        World w = new World();
        ReferralRequest r = desk.submitByMember(w.member, w.form(w.family.main().personId(), null));
        r = desk.requestDocuments(w.unit, r.getId(), r.getVersion(), "تصویر گزارش سونوگرافی");
        long id = r.getId();
        long version = r.getVersion();
        long more = stage(w.member, FormKey.random(), "sono.png");

        // the second file was never staged: nothing of the change may stay, and the first stays staged
        assertEquals("upload.missing", refusal(() -> desk.addDocuments(w.member, id,
                List.of(more, Long.MAX_VALUE))));
        ReferralRequest after = desk.details(w.unit, id).request();
        assertEquals(ReferralStatus.DOCUMENTS_REQUESTED, after.getStatus());
        assertEquals(version, after.getVersion());
        assertEquals(2, desk.details(w.unit, id).events().size());
        assertEquals(2, desk.details(w.unit, id).attachments().size());

        // a centre's letter that cannot be issued (the plan's ceiling is zero) leaves no request behind
        TestData data = data();
        long insurer = data.insurer("بیمه بی‌سقف " + TestData.unique(""));
        long contract = data.contract(insurer, data.policyholder("شرکت بی‌سقف")).cover("بستری", 0L, 10).create();
        TestData.Family f = data.family(contract).create();
        long center = data.center("بیمارستان آنلاین", 160).onlineReferrals().insurer(insurer).create();
        Viewer centre = new Viewer(Role.CENTER, data.centerUser(center, "Hami-Test-1403"), null, center);
        assertEquals("referral.letter.ceiling", refusal(() -> desk.requestByCenter(centre,
                new CenterRequestForm(f.main().nationalId(), GENERAL, null, null, null, null))));
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", f.main().personId()));
        assertEquals(0, count("select count(*) from sms_message where mobile = ?", f.main().mobile()));
    }

    /** The queue's page and both counts come from one definition of the filter: they agree for every filter. */
    @Test
    void theQueueCountsAreThoseOfItsRows() {
        World w = new World();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestData.Member main = w.family.main();
        TestData.Member spouse = w.family.dependents().get(0);
        TestData.Referral first = w.data.referral(main, main, w.contract, w.center).requestedAt(now.minusSeconds(90000))
                .create();
        w.data.referral(spouse, main, w.contract, w.center).create();
        w.data.referral(spouse, main, w.contract, w.center).status("EXAM_BOOKED").create();
        w.data.referral(main, main, w.contract, w.center).status("REFUSED").create();
        w.data.referral(main, main, w.contract, w.center).issued(TODAY, TODAY.plusDays(6),
                LetterCodes.verificationCode()).create();
        long province = ((Number) w.data.queryValue("select province_id from treatment_center where id = ?",
                w.center)).longValue();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Tehran"));

        List<QueueFilter> filters = List.of(
                new QueueFilter(null, w.insurer, null, null, null, null, null, null),
                new QueueFilter(ReferralStatus.REFUSED, w.insurer, null, null, null, null, null, null),
                new QueueFilter(ReferralStatus.ISSUED, null, w.center, null, null, null, null, null),
                new QueueFilter(ReferralStatus.EXAM_BOOKED, w.insurer, null, province, null, null, null, null),
                new QueueFilter(null, null, w.center, null, today, today, null, null),
                new QueueFilter(null, w.insurer, null, null, today.minusDays(3), today.minusDays(1), null, null),
                new QueueFilter(null, null, null, null, null, null, null,
                        PersianText.toPersianDigits(spouse.nationalId())),
                new QueueFilter(null, null, null, null, null, null, first.trackingCode(), null),
                new QueueFilter(ReferralStatus.CANCELLED, w.insurer, null, null, null, null, null, null));
        List<Integer> expected = List.of(3, 1, 1, 1, 2, 1, 2, 1, 0);
        for (int i = 0; i < filters.size(); i++) {
            QueueFilter f = filters.get(i);
            int rows = queue.queue(w.unit, f, 0, 100).size();
            assertEquals(expected.get(i), rows, "rows of " + f);
            assertEquals(rows, queue.queueCount(w.unit, f), "count of " + f);
            assertEquals(rows, queue.queueCountUpTo(w.unit, f, 1000), "capped count of " + f);
        }
    }

    @Test
    void aCentreWithTheOnlineFlagGetsALetterAtOnceUnlessAnExamIsNeeded() {
        World w = new World();
        TestData.Member spouse = w.family.dependents().get(0);
        ReferralDesk.CenterOutcome issued = desk.requestByCenter(w.centre,
                w.centerForm(PersianText.toPersianDigits(spouse.nationalId()), GENERAL, FormKey.random()));
        assertTrue(issued.issued());
        ReferralRequest letter = issued.request();
        assertEquals(ReferralStatus.ISSUED, letter.getStatus());
        assertEquals(ReferralRequest.AUTO_ACTOR, letter.getDecidedBy());
        assertEquals(800_000_000L, letter.getCommitmentCeiling());
        assertEquals(10, letter.getFranchisePercent());
        assertEquals(TODAY, letter.getLetterValidFrom());
        assertNotNull(letter.getLetterNumber());
        Verification v = queue.verify(letter.getVerificationCode()).orElseThrow();
        assertTrue(v.isValid());
        assertEquals(LetterCodes.initials(spouse.firstName(), spouse.lastName()), v.initials());
        assertTrue(queue.verify("ABCDEFGHJKMNPQRSTUVW").isEmpty());
        assertTrue(queue.verify("not a code").isEmpty());

        ReferralDesk.CenterOutcome queued = desk.requestByCenter(w.centre,
                w.centerForm(w.family.main().nationalId(), RHINOPLASTY, null));
        assertFalse(queued.issued());
        assertEquals(AutoIssue.QUEUED_EXAM, queued.queuedReason());
        assertEquals(ReferralStatus.SUBMITTED, queued.request().getStatus());
        assertTrue(queued.request().isExamRequired());

        assertEquals(2, queue.ofCenterCount(w.centre, null, null));
        assertEquals(1, queue.ofCenterCount(w.centre, ReferralStatus.ISSUED, null));
        assertEquals(1, queue.ofCenterCount(w.centre, null, spouse.nationalId()));
    }

    @Test
    void anIssueThatFailsToSaveTellsTheMemberNothing() throws InterruptedException {
        // issue 14: a centre's cause of 301-500 characters overflowed the letter's covered_procedure (300) at commit,
        // after the "issued" SMS had already left in a transaction of its own
        World w = new World();
        String cause = "بستری برای عمل جراحی و مراقبت پس از آن ".repeat(12).substring(0, 420);
        assertThrows(RuntimeException.class, () -> desk.requestByCenter(w.centre,
                new CenterRequestForm(w.family.main().nationalId(), GENERAL, cause, "دکتر کریمی", null,
                        FormKey.random())));
        Thread.sleep(1_500); // the outbox worker polls every second: nothing may leave meanwhile either
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", w.family.main().personId()));
        assertEquals(0, count("select count(*) from sms_message where mobile = ?", w.family.main().mobile()));
        assertEquals(0, count("select count(*) from member_notification where person_id = ?",
                w.family.main().personId()));
    }

    @Test
    void centresWithoutTheFlagOrWithBadInputAreRefusedAndSeeOnlyTheirOwn() {
        World w = new World();
        long offline = w.data.center("بیمارستان آفلاین", 160).issuesReferrals().insurer(w.insurer).create();
        Viewer offlineCentre = new Viewer(Role.CENTER, w.data.centerUser(offline, "Hami-Test-1403"), null, offline);
        assertEquals(AutoIssue.NOT_ONLINE, refusal(() -> desk.requestByCenter(offlineCentre,
                w.centerForm(w.family.main().nationalId(), GENERAL, null))));
        assertEquals(AutoIssue.NOT_COVERED, refusal(() -> desk.requestByCenter(w.centre,
                w.centerForm(TestData.newNationalId(), GENERAL, null))));
        String id = w.family.main().nationalId();
        String wrongDigit = id.substring(0, 9) + (char) ('0' + (id.charAt(9) - '0' + 1) % 10);
        assertEquals("nationalId.invalid", refusal(() -> desk.requestByCenter(w.centre,
                w.centerForm(wrongDigit, GENERAL, null))));
        assertEquals(0, count("select count(*) from referral_request where center_id in (?, ?)", offline, w.center));

        ReferralRequest mine = desk.requestByCenter(w.centre, w.centerForm(id, GENERAL, null)).request();
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.details(offlineCentre, mine.getId())));
        assertEquals(0, queue.ofCenterCount(offlineCentre, null, null));
        assertEquals(mine.getId(), desk.details(w.centre, mine.getId()).request().getId());
    }

    @Test
    void theQueueIsOldestFirstAndFiltered() {
        World w = new World();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestData.Member main = w.family.main();
        TestData.Member spouse = w.family.dependents().get(0);
        TestData.Referral newest = w.data.referral(main, main, w.contract, w.center).requestedAt(now).create();
        TestData.Referral oldest = w.data.referral(spouse, main, w.contract, w.center)
                .requestedAt(now.minusSeconds(7200)).create();
        TestData.Referral middle = w.data.referral(main, main, w.contract, w.center)
                .requestedAt(now.minusSeconds(3600)).status("EXAM_REQUIRED").create();
        w.data.referral(main, main, w.contract, w.center).status("REFUSED").create();

        QueueFilter byInsurer = new QueueFilter(null, w.insurer, null, null, null, null, null, null);
        List<ReferralRow> rows = queue.queue(w.unit, byInsurer, 0, 10);
        assertEquals(List.of(oldest.id(), middle.id(), newest.id()), rows.stream().map(ReferralRow::id).toList());
        assertEquals(3, queue.queueCount(w.unit, byInsurer));
        assertEquals("بیمارستان آزمون", rows.get(0).centerName());
        assertEquals(List.of(middle.id(), newest.id()), queue.queue(w.unit, byInsurer, 1, 2).stream()
                .map(ReferralRow::id).toList());

        assertEquals(1, queue.queueCount(w.unit, new QueueFilter(ReferralStatus.REFUSED, w.insurer, null, null, null,
                null, null, null)));
        assertEquals(1, queue.queueCount(w.unit, new QueueFilter(ReferralStatus.EXAM_REQUIRED, w.insurer, null,
                null, null, null, null, null)));
        assertEquals(oldest.id(), queue.queue(w.unit, new QueueFilter(null, null, null, null, null, null, null,
                PersianText.toPersianDigits(spouse.nationalId())), 0, 10).get(0).id());
        assertEquals(newest.id(), queue.queue(w.unit, new QueueFilter(null, null, null, null, null, null,
                newest.trackingCode(), null), 0, 10).get(0).id());
        assertEquals(3, queue.queueCount(w.unit, new QueueFilter(null, null, w.center, null, null, null, null,
                null)));
        long province = ((Number) w.data.queryValue("select province_id from treatment_center where id = ?",
                w.center)).longValue();
        assertTrue(queue.queueCount(w.unit, new QueueFilter(null, w.insurer, null, province, null, null, null,
                null)) == 3);
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Tehran"));
        assertEquals(3, queue.queueCount(w.unit, new QueueFilter(null, w.insurer, null, null, today.minusDays(1),
                today, null, null)));
        assertEquals(0, queue.queueCount(w.unit, new QueueFilter(null, w.insurer, null, null, today.plusDays(1),
                today.plusDays(2), null, null)));
    }

    @Test
    void twoStaffCannotActOnTheSameRequestAtOnce() {
        World w = new World();
        ReferralRequest r = desk.submitByMember(w.member, w.form(w.family.main().personId(), null));
        long seen = r.getVersion();
        Viewer other = new Viewer(Role.REFERRAL, "referral_b", null, null);
        LetterTerms terms = desk.proposedTerms(w.unit, r.getId());
        assertEquals(800_000_000L, terms.commitmentCeiling());
        desk.issue(w.unit, r.getId(), seen, terms);
        assertEquals(ReferralDesk.CONFLICT, refusal(() -> desk.refuse(other, r.getId(), seen, "تکراری")));
        assertEquals(ReferralStatus.ISSUED, desk.details(w.unit, r.getId()).request().getStatus());
    }

    @Test
    void theUnitAsksForDocumentsBooksAnExamIssuesAndRefuses() {
        World w = new World();
        long person = w.family.main().personId();
        ReferralRequest r = desk.submitByMember(w.member, w.form(person, null));
        r = desk.requestDocuments(w.unit, r.getId(), r.getVersion(), "تصویر گزارش سونوگرافی");
        assertEquals(ReferralStatus.DOCUMENTS_REQUESTED, r.getStatus());
        long more = stage(w.member, FormKey.random(), "sono.png");
        r = desk.addDocuments(w.member, r.getId(), List.of(more));
        assertEquals(ReferralStatus.SUBMITTED, r.getStatus());
        r = desk.requireExam(w.unit, r.getId(), r.getVersion(), null);
        long id = r.getId();
        long version = r.getVersion();
        assertEquals(ReferralRequest.EXAM_FIRST, refusal(() -> desk.issue(w.unit, id, version,
                new LetterTerms(TODAY, TODAY.plusDays(3), "بستری", 1_000_000L, 10, null))));
        assertEquals("referral.exam.past", refusal(() -> desk.bookExam(w.unit, id, version,
                new ExamAppointment("دکتر معتمد", TODAY.minusDays(1), "10:00", "تهران"))));
        r = desk.bookExam(w.unit, id, version, new ExamAppointment("دکتر معتمد", TODAY, "10:00", "تهران، ولیعصر"));
        r = desk.issue(w.unit, id, r.getVersion(), new LetterTerms(TODAY, TODAY.plusDays(3), "بستری",
                1_000_000L, 10, "با ارائه کارت ملی"));
        assertEquals(ReferralStatus.ISSUED, r.getStatus());
        ReferralDetails d = desk.details(w.member, id);
        assertEquals(3, d.attachments().size());
        assertEquals(List.of(ReferralAction.SUBMITTED, ReferralAction.DOCUMENTS_REQUESTED,
                        ReferralAction.DOCUMENTS_ADDED, ReferralAction.EXAM_REQUIRED, ReferralAction.EXAM_BOOKED,
                        ReferralAction.ISSUED),
                d.events().stream().map(ReferralEvent::getAction).toList());
        assertEquals(w.unit.username(), d.events().get(5).getActor());
        assertEquals(5, count("select count(*) from member_notification where person_id = ?", person));
        assertEquals(ReferralRequest.NOT_ALLOWED, refusal(() -> desk.cancel(w.member, id)));

        ReferralRequest other = desk.submitByMember(w.member, w.form(person, null));
        assertEquals("referral.refuse.reason", refusal(() -> desk.refuse(w.unit, other.getId(), other.getVersion(),
                "")));
        assertEquals(ReferralStatus.REFUSED, desk.refuse(w.unit, other.getId(), other.getVersion(),
                "خارج از تعهد قرارداد").getStatus());

        ReferralRequest third = desk.submitByMember(w.member, w.form(person, null));
        assertEquals(ReferralStatus.CANCELLED, desk.cancel(w.member, third.getId()).getStatus());
    }

    @Test
    void aCentresCauseLongerThanTheLettersCoveredProcedureIsRefusedBesideTheFieldNotWithA500() {
        World w = new World();
        TestData.Member spouse = w.family.dependents().get(0);
        long smsBefore = count("select count(*) from sms_message where mobile = ?", w.family.main().mobile());
        for (int length : new int[] {301, 500}) {
            ValidationException e = assertThrows(ValidationException.class, () -> desk.requestByCenter(w.centre,
                    new CenterRequestForm(spouse.nationalId(), GENERAL, "ع".repeat(length), "دکتر کریمی", null,
                            FormKey.random())));
            assertEquals(ReferralDesk.CAUSE_TOO_LONG, e.key());
            assertArrayEquals(new Object[] {ReferralRequest.COVERED_PROCEDURE_LENGTH}, e.args());
        }
        assertEquals("referral.physician.tooLong", refusal(() -> desk.requestByCenter(w.centre,
                new CenterRequestForm(spouse.nationalId(), GENERAL, null, "د".repeat(201), null, null))));
        assertEquals(0, count("select count(*) from referral_request where center_id = ?", w.center));
        assertEquals(smsBefore, count("select count(*) from sms_message where mobile = ?", w.family.main().mobile()));

        // exactly the column's length, with Arabic letters and doubled spaces that normalisation removes, is issued
        String cause = "ي".repeat(150) + "  " + "ك".repeat(149);
        ReferralDesk.CenterOutcome issued = desk.requestByCenter(w.centre,
                new CenterRequestForm(spouse.nationalId(), GENERAL, cause, null, null, null));
        assertTrue(issued.issued());
        assertEquals("ی".repeat(150) + " " + "ک".repeat(149), issued.request().getCoveredProcedure());
    }

    @Test
    void aMembersTextsLongerThanTheirColumnsAreRefusedAndNothingIsStored() {
        World w = new World();
        long person = w.family.main().personId();
        MemberRequestForm ok = w.form(person, null);
        ValidationException cause = assertThrows(ValidationException.class, () -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY, "دکتر", null, "ب".repeat(501),
                        ok.doctorOrderUploadId(), ok.nationalCardUploadId(), ok.formKey())));
        assertEquals(ReferralDesk.CAUSE_TOO_LONG, cause.key());
        assertArrayEquals(new Object[] {ReferralRequest.CAUSE_LENGTH}, cause.args());
        assertEquals(ReferralDesk.PHYSICIAN_TOO_LONG, refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY, "د".repeat(201), GENERAL, null,
                        ok.doctorOrderUploadId(), ok.nationalCardUploadId(), ok.formKey()))));
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", person));
        // 500 letters stay 500 however many spaces surround them
        ReferralRequest r = desk.submitByMember(w.member, new MemberRequestForm(person, w.contract, w.center, TODAY,
                "دکتر", null, "   " + "ب".repeat(500) + "\n\n ", ok.doctorOrderUploadId(), ok.nationalCardUploadId(),
                ok.formKey()));
        assertEquals(500, r.getCause().length());
    }

    @Test
    void theUnitsTextsLongerThanTheirColumnsAreRefusedAndTheRequestStaysAsItWas() {
        World w = new World();
        long person = w.family.main().personId();
        ReferralRequest r = desk.submitByMember(w.member, w.form(person, null));
        long id = r.getId();
        long version = r.getVersion();
        String tooLong = "ن".repeat(1001);
        assertEquals(ReferralDesk.REASON_TOO_LONG, refusal(() -> desk.refuse(w.unit, id, version, tooLong)));
        assertEquals(ReferralDesk.DOCUMENTS_NOTE_TOO_LONG,
                refusal(() -> desk.requestDocuments(w.unit, id, version, tooLong)));
        assertEquals(ReferralDesk.EXAM_NOTE_TOO_LONG, refusal(() -> desk.requireExam(w.unit, id, version, tooLong)));
        assertEquals(LetterTerms.PROCEDURE_TOO_LONG, refusal(() -> desk.issue(w.unit, id, version,
                new LetterTerms(TODAY, TODAY.plusDays(3), "ب".repeat(301), 1_000_000L, 10, null))));
        assertEquals(LetterTerms.REMARKS_TOO_LONG, refusal(() -> desk.issue(w.unit, id, version,
                new LetterTerms(TODAY, TODAY.plusDays(3), "بستری", 1_000_000L, 10, tooLong))));
        ReferralDetails unchanged = desk.details(w.unit, id);
        assertEquals(ReferralStatus.SUBMITTED, unchanged.request().getStatus());
        assertEquals(version, unchanged.request().getVersion());
        assertNull(unchanged.request().getUnitNote());
        assertEquals(1, unchanged.events().size());

        ReferralRequest exam = desk.requireExam(w.unit, id, version, "ن".repeat(1000));
        assertEquals(1000, exam.getUnitNote().length());
        long examVersion = exam.getVersion();
        assertEquals(ExamAppointment.PHYSICIAN_TOO_LONG, refusal(() -> desk.bookExam(w.unit, id, examVersion,
                new ExamAppointment("د".repeat(201), TODAY, "10:00", "تهران"))));
        assertEquals(ExamAppointment.PLACE_TOO_LONG, refusal(() -> desk.bookExam(w.unit, id, examVersion,
                new ExamAppointment("دکتر معتمد", TODAY, "10:00", "ت".repeat(301)))));
        assertNull(desk.details(w.unit, id).request().getExamPlace());

        // a reason of the full 1000 characters is kept whole on the request; the SMS quotes its beginning
        ReferralRequest refused = desk.refuse(w.unit, id, examVersion, "ر".repeat(1000));
        assertEquals(ReferralStatus.REFUSED, refused.getStatus());
        assertEquals(1000, desk.details(w.unit, id).request().getUnitNote().length());
        assertEquals(1, count("select count(*) from sms_message where mobile = ? and body like ?",
                w.family.main().mobile(), "%" + "ر".repeat(299) + "…%"));
    }

    @Test
    void attachmentsAreCheckedByContentAndSizeBeforeAnythingIsStored() {
        long before = count("select count(*) from stored_file");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        UploadRule rule = UploadRule.documents(UploadRule.DEFAULT_MAX_BYTES);
        assertEquals("upload.type", refusal(() -> files.store("order.jpg", exe, rule)));
        byte[] big = new byte[(int) UploadRule.DEFAULT_MAX_BYTES + 1];
        System.arraycopy(TestData.png(), 0, big, 0, TestData.png().length);
        assertEquals("upload.tooLarge", refusal(() -> files.store("big.png", big, rule)));
        assertEquals(before, count("select count(*) from stored_file"));
        assertEquals("image/png", files.store("C:\\photos\\order.png", TestData.png(), rule).getContentType());
        assertEquals(before + 1, count("select count(*) from stored_file"));
    }

    @Test
    void thePrintableLetterIsOnlyForAnIssuedRequestAndOnlyForThoseWhoMaySeeIt() {
        World w = new World();
        TestData.Member spouse = w.family.dependents().get(0);
        ReferralRequest issued = desk.requestByCenter(w.centre,
                w.centerForm(spouse.nationalId(), GENERAL, FormKey.random())).request();
        ReferralLetter letter = desk.letter(w.member, issued.getId());
        assertEquals(issued.getLetterNumber(), letter.getRequest().getLetterNumber());
        assertEquals(w.family.main().fullName(), letter.getMainMemberName());
        assertEquals(issued.getId(), desk.letter(w.centre, issued.getId()).getRequest().getId());
        assertEquals(issued.getId(), desk.letter(w.unit, issued.getId()).getRequest().getId());

        World stranger = new World();
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.letter(stranger.member, issued.getId())));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.letter(stranger.centre, issued.getId())));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.letter(w.member, Long.MAX_VALUE)));

        ReferralRequest open = desk.submitByMember(w.member, w.form(spouse.personId(), null));
        assertEquals("referral.letter.notIssued", refusal(() -> desk.letter(w.member, open.getId())));
    }

    // ---------------------------------------------------------------- the referral unit's workbench (issue 4)

    @Inject
    ProcedureAdmin procedureAdmin;

    @Inject
    ReferralExport export;

    @Test
    void theUnitSeesTheMembersCoverageTodayAndNoCentreAuditRowIsWritten() {
        World w = new World();
        ReferralRequest r = desk.submitByMember(w.member, w.form(w.family.main().personId(), null));
        long audits = count("select count(*) from eligibility_check");
        CoverageToday k = desk.coverageToday(w.unit, r.getId());
        assertTrue(k.covered());
        assertEquals("workbench.coverage.covered", k.verdictKey());
        assertEquals("شرکت آزمون", k.policyholderName());
        assertEquals(w.data.queryValue("select contract_number from insurance_contract where id = ?", w.contract),
                k.contractNumber());
        assertEquals(List.of("بستری", "دندانپزشکی"), k.covers().stream().map(CoverageToday.Line::title).toList());
        assertEquals(800_000_000L, k.covers().get(0).annualCeiling());
        assertEquals(30, k.covers().get(1).franchisePercent());
        assertEquals(audits, count("select count(*) from eligibility_check"));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.coverageToday(w.member, r.getId())));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> desk.coverageToday(w.centre, r.getId())));

        TestData data = data();
        long contract = data.contract(w.insurer, data.policyholder("شرکت قدیمی"))
                .period(TODAY.minusYears(2), TODAY.minusYears(1)).cover("بستری", 1_000_000L, 10).create();
        TestData.Family old = data.family(contract).create();
        TestData.Referral stale = data.referral(old.main(), old.main(), contract, w.center).create();
        CoverageToday ended = desk.coverageToday(w.unit, stale.id());
        assertFalse(ended.covered());
        assertEquals("workbench.coverage.ended", ended.verdictKey());
        assertEquals(TODAY.minusYears(1), ended.to());
    }

    @Test
    void administratorsKeepTheProceduresWithUniqueCodesAndVersionChecks() {
        Viewer admin = new Viewer(Role.ADMIN, "admin_" + TestData.unique(""), null, null);
        String code = "T" + TestData.unique("").replaceAll("[^0-9]", "");
        ProcedureForm form = new ProcedureForm();
        form.setCode(" " + code.toLowerCase() + " ");
        form.setTitle("جراحی آزمون پلک");
        form.setRequiresExam(true);
        ReferralProcedure created = procedureAdmin.save(admin, form);
        assertEquals(code, created.getCode());
        assertTrue(created.isRequiresExam());
        assertTrue(procedureAdmin.count(admin) >= 19);
        // a procedure that needs the exam sends a centre's online request to the unit, with the exam flag
        World w = new World();
        ReferralDesk.CenterOutcome queued = desk.requestByCenter(w.centre,
                w.centerForm(w.family.main().nationalId(), created.getId(), null));
        assertFalse(queued.issued());
        assertTrue(queued.request().isExamRequired());

        ProcedureForm twin = new ProcedureForm();
        twin.setCode(code);
        twin.setTitle("تکراری");
        assertEquals(ProcedureAdmin.CODE_TAKEN, refusal(() -> procedureAdmin.save(admin, twin)));
        ProcedureForm blank = new ProcedureForm();
        blank.setCode("OK-1");
        assertEquals("procedures.title.required", refusal(() -> procedureAdmin.save(admin, blank)));

        ProcedureForm mine = procedureAdmin.load(admin, created.getId());
        ProcedureForm theirs = procedureAdmin.load(admin, created.getId());
        mine.setActive(false);
        procedureAdmin.save(admin, mine);
        theirs.setTitle("عنوان دیگر");
        assertEquals(ProcedureAdmin.CONFLICT, refusal(() -> procedureAdmin.save(admin, theirs)));
        ProcedureForm reread = procedureAdmin.load(admin, created.getId());
        assertFalse(reread.isActive());
        assertEquals("جراحی آزمون پلک", reread.getTitle());
        assertEquals(ReferralDesk.REFUSED, refusal(() -> procedureAdmin.list(w.unit, 0, 10)));

    }

    @Test
    void theExportReadsTheFilteredQueueAndTheLettersPageByPageById() {
        World w = new World();
        TestData.Member main = w.family.main();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Long> awaiting = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            awaiting.add(w.data.referral(main, main, w.contract, w.center).requestedAt(now.minusSeconds(60L * i))
                    .create().id());
        }
        w.data.referral(main, main, w.contract, w.center).status("REFUSED").create();
        TestData.Referral letter = w.data.referral(main, main, w.contract, w.center)
                .issued(TODAY, TODAY.plusDays(6), LetterCodes.verificationCode()).create();
        QueueFilter mine = new QueueFilter(null, w.insurer, null, null, null, null, null, null);

        List<ReferralRow> first = export.queueRows(w.unit, mine, Long.MIN_VALUE, 3);
        List<ReferralRow> rest = export.queueRows(w.unit, mine, first.get(2).id(), 3);
        assertEquals(awaiting, java.util.stream.Stream.concat(first.stream(), rest.stream())
                .map(ReferralRow::id).toList());
        assertTrue(export.queueRows(w.unit, mine, rest.get(rest.size() - 1).id(), 3).isEmpty());
        assertEquals(ReferralDesk.REFUSED, refusal(() -> export.queueRows(w.member, mine, 0, 3)));

        List<ReferralExport.LetterRow> letters = export.letterRows(w.unit, TODAY.minusDays(1), TODAY, Long.MIN_VALUE,
                1000).stream().filter(l -> l.id() == letter.id()).toList();
        assertEquals(1, letters.size());
        assertEquals(500_000_000L, letters.get(0).commitmentCeiling());
        assertEquals(main.fullName(), letters.get(0).patientName());
        assertEquals("workbench.export.datesOrder", refusal(() -> export.letterRows(w.unit, TODAY, TODAY.minusDays(1),
                0, 10)));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        export.writeQueue(w.unit, mine, out);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertEquals("کد رهگیری", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5, sheet.getLastRowNum());
            assertEquals("در انتظار بررسی", sheet.getRow(1).getCell(9).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(1).getStringCellValue().startsWith("14"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theQueueCountStopsAtItsCap() {
        World w = new World();
        TestData.Member main = w.family.main();
        for (int i = 0; i < 4; i++) {
            w.data.referral(main, main, w.contract, w.center).create();
        }
        QueueFilter mine = new QueueFilter(null, w.insurer, null, null, null, null, null, null);
        assertEquals(4, queue.queueCountUpTo(w.unit, mine, 10));
        assertEquals(3, queue.queueCountUpTo(w.unit, mine, 2));
        assertEquals(ReferralDesk.REFUSED, refusal(() -> queue.queueCountUpTo(w.member, mine, 10)));
    }

    // ---------------------------------------------------------------- one staging area, one form key

    @Test
    void aDoubleSubmitAtOnceMakesOneRequestAndBothAnswersShowIt() throws Exception {
        World w = new World();
        MemberRequestForm form = w.form(w.family.main().personId(), FormKey.random());
        CenterRequestForm centre = w.centerForm(w.family.dependents().get(0).nationalId(), GENERAL, FormKey.random());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Long> member = () -> submitOrFirst(w.member, form);
            Callable<Long> desk = () -> centreOrFirst(w.centre, centre);
            List<Future<Long>> members = pool.invokeAll(List.of(member, member));
            assertEquals(members.get(0).get(), members.get(1).get());
            List<Future<Long>> centres = pool.invokeAll(List.of(desk, desk));
            assertEquals(centres.get(0).get(), centres.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from referral_request where person_id = ?",
                w.family.main().personId()));
        assertEquals(1, count("select count(*) from referral_request where person_id = ?",
                w.family.dependents().get(0).personId()));
        assertEquals(2, count("select count(*) from referral_attachment a join referral_request r "
                + "on r.id = a.request_id where r.person_id = ?", w.family.main().personId()));
        // the main member is told once of each request (the member's and the centre's), not once per submit
        assertEquals(2, count("select count(*) from sms_message where mobile = ? and purpose = 'REFERRAL'",
                w.family.main().mobile()));
    }

    /** What a page shows after a submit: the request made, or (the same form sent at once) the first one's. */
    private long submitOrFirst(Viewer viewer, MemberRequestForm form) {
        try {
            return desk.submitByMember(viewer, form).getId();
        } catch (ValidationException e) {
            return desk.byClientKey(viewer.username(), form.formKey()).orElseThrow(() -> e).getId();
        }
    }

    private long centreOrFirst(Viewer viewer, CenterRequestForm form) {
        try {
            return desk.requestByCenter(viewer, form).request().getId();
        } catch (ValidationException e) {
            return desk.byClientKey(viewer.username(), form.formKey()).orElseThrow(() -> e).getId();
        }
    }

    @Test
    void anAccountCannotStageBeyondItsQuotaAcrossTwoForms() {
        World w = new World();
        FormKey firstTab = FormKey.random();
        FormKey secondTab = FormKey.random();
        int max = staging.maxFiles();
        List<Long> first = new java.util.ArrayList<>();
        for (int i = 0; i < max / 2; i++) {
            first.add(stage(w.member, firstTab, "a" + i + ".png"));
        }
        for (int i = max / 2; i < max; i++) {
            stage(w.member, secondTab, "b" + i + ".png");
        }
        long files = count("select count(*) from stored_file");
        assertEquals(Staging.KEY_QUOTA_FILES, refusal(() -> stage(w.member, secondTab, "one-more.png")));
        assertEquals(Staging.KEY_QUOTA_FILES, refusal(() -> stage(w.member, FormKey.random(), "third-tab.png")));
        assertEquals(files, count("select count(*) from stored_file"), "a refused file stores nothing");
        // another account is not held back by it
        stage(w.unit, FormKey.random(), "unit.png");

        // the first form is sent with two of its files: they are no longer staged, so there is room again
        desk.submitByMember(w.member, new MemberRequestForm(w.family.main().personId(), w.contract, w.center,
                TODAY.plusDays(1), "دکتر", GENERAL, null, first.get(0), first.get(1), firstTab));
        stage(w.member, secondTab, "now-it-fits.png");
        stage(w.member, secondTab, "and-this.png");
        assertEquals(Staging.KEY_QUOTA_FILES, refusal(() -> stage(w.member, secondTab, "but-not-this.png")));
    }

    @Test
    void aStagedFileOfAnotherAccountCannotBeAttachedToMyRequest() {
        World w = new World();
        World other = new World();
        long theirs = stage(other.member, FormKey.random(), "their-card.png");
        long mine = stage(w.member, FormKey.random(), "my-order.png");
        long person = w.family.main().personId();
        assertEquals("referral.nationalCard.required", refusal(() -> desk.submitByMember(w.member,
                new MemberRequestForm(person, w.contract, w.center, TODAY.plusDays(1), "دکتر", GENERAL, null, mine,
                        theirs, FormKey.random()))));
        assertEquals(0, count("select count(*) from referral_request where person_id = ?", person));
        assertTrue(staging.find(theirs).isPresent(), "their file is still theirs, staged");
        assertTrue(staging.find(mine).isPresent(), "mine was not used up by the refused submit");
        // nor added as a document to my request
        ReferralRequest r = desk.submitByMember(w.member, w.form(person, null));
        desk.requestDocuments(w.unit, r.getId(), r.getVersion(), "گزارش");
        assertEquals("upload.missing", refusal(() -> desk.addDocuments(w.member, r.getId(), List.of(theirs))));
        assertEquals(2, desk.details(w.member, r.getId()).attachments().size());
        assertEquals(ReferralStatus.DOCUMENTS_REQUESTED, desk.details(w.member, r.getId()).request().getStatus());
    }

    @Test
    void thePurgeDropsOldUnsentFilesAndKeepsTheSentOnes() {
        World w = new World();
        ReferralRequest sent = desk.submitByMember(w.member, w.form(w.family.main().personId(), null));
        long left = stage(w.member, FormKey.random(), "left-behind.png");
        long leftFile = staging.find(left).orElseThrow().getFileId();

        staging.purgeOlderThan(Instant.now().minus(1, ChronoUnit.HOURS));
        assertTrue(staging.find(left).isPresent(), "a file staged a moment ago stays");

        staging.purgeOlderThan(Instant.now().plus(1, ChronoUnit.HOURS));
        assertTrue(staging.find(left).isEmpty());
        assertEquals(0, count("select count(*) from stored_file where id = ?", leftFile), "its bytes are gone too");
        ReferralDetails details = desk.details(w.member, sent.getId());
        assertEquals(2, details.attachments().size());
        for (ReferralAttachment a : details.attachments()) {
            assertEquals("image/png", desk.attachment(w.member, a.getId()).getContentType(),
                    "a sent request keeps its files");
        }
    }

    @Test
    void aNewProcedureFormSentTwiceOrAtOnceCreatesOneProcedureAndAnswersWithIt() throws Exception {
        Viewer admin = new Viewer(Role.ADMIN, "admin_" + TestData.unique(""), null, null);
        ProcedureForm form = newProcedure("P");
        ReferralProcedure first = procedureAdmin.save(admin, form);
        assertEquals(first.getId(), procedureAdmin.save(admin, form).getId(), "a resubmit answers with the first");

        ProcedureForm raced = newProcedure("Q");
        Callable<Long> submit = () -> {
            try {
                return procedureAdmin.save(admin, raced).getId();
            } catch (ValidationException e) {
                // what the page does when the same form was sent at the same moment and stopped at its key
                assertEquals(ir.hami.platform.persistence.FormSubmissions.REPEATED, e.key(), e::key);
                return procedureAdmin.save(admin, raced).getId();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> both = pool.invokeAll(List.of(submit, submit));
            assertEquals(both.get(0).get(), both.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("select count(*) from referral_procedure where code = ?",
                raced.normalizedCode()));
    }

    private static ProcedureForm newProcedure(String prefix) {
        ProcedureForm form = new ProcedureForm();
        form.setCode(prefix + TestData.unique("").replaceAll("[^0-9]", ""));
        form.setTitle("روش آزمون " + prefix);
        return form;
    }
}
