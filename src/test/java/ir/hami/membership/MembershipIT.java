package ir.hami.membership;

import static ir.hami.testing.RunAsRole.runAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.home.AnnouncementService;
import ir.hami.home.AnnouncementView;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The membership and announcement services on the real database, in one deployment: the family table, who may
 * see whom, the member inquiry, announcements by date and insurer, the profile's IBAN rule, optimistic locking
 * and the mobile change by SMS code.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipIT {

    private static final String IBAN = "IR062960000000100324200001";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    FamilyService family;

    @Inject
    ProfileService profiles;

    @Inject
    AnnouncementService announcements;

    /** Announcements are written by administrators only (the service checks the role). */
    @Inject
    RunAsAdmin asAdmin;

    @Inject
    InsurerLogos logos;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData data;
    private long insurer;
    private long contract;

    @BeforeEach
    void fixtures() {
        data = TestData.on(dataSource);
        insurer = data.insurer("بیمه آزمون");
        contract = data.contract(insurer, data.policyholder("شرکت آزمون"))
                .cover("بستری و جراحی", 500_000_000L, 10)
                .cover("دندانپزشکی", 20_000_000L, 30)
                .create();
    }

    private static LocalDate today() {
        return LocalDate.now(ClockProducer.TEHRAN);
    }

    @Test
    void familyIsPagedInTheDatabaseMainMemberFirst() {
        TestData.Family f = data.family(contract).dependents(25).create();
        long main = f.main().personId();
        // the main member's coverage gets the highest id: "main member first" must not come from the id order
        data.update("update coverage set id = ? where person_id = ? and contract_id = ?", data.nextId("coverage"),
                main, contract);

        assertEquals(26, family.familyCount(main, contract, FamilySearch.everybody()));
        List<FamilyMember> all = new ArrayList<>();
        for (int first = 0; first < 30; first += 10) {
            all.addAll(family.family(main, contract, FamilySearch.everybody(), first, 10));
        }
        assertEquals(26, all.size());
        assertEquals(main, all.get(0).personId());
        assertEquals(Relation.SELF, all.get(0).relation());
        for (int i = 0; i < 25; i++) {
            assertEquals(f.dependents().get(i).personId(), all.get(i + 1).personId(), "dependent " + i);
        }
        assertEquals(10, family.family(main, contract, FamilySearch.everybody(), 10, 10).size());
        assertEquals(6, family.family(main, contract, FamilySearch.everybody(), 20, 10).size());
        assertEquals(f.dependents().get(24).nationalId(),
                family.family(main, contract, FamilySearch.everybody(), 20, 10).get(5).nationalId());
    }

    @Test
    void familyIsSearchedByNameTypedWithArabicLettersAndByNationalIdInPersianDigits() {
        TestData.Family f = data.family(contract).dependents(25).lastName("کاظمی").create();
        long main = f.main().personId();

        // TestData names dependents 1, 9 and 17 مریم; typed here with the Arabic yeh
        FamilySearch maryam = FamilySearch.parse("مريم");
        assertEquals(3, family.familyCount(main, contract, maryam));
        List<FamilyMember> found = family.family(main, contract, maryam, 0, 10);
        assertEquals(List.of(f.dependents().get(1).personId(), f.dependents().get(9).personId(),
                f.dependents().get(17).personId()), found.stream().map(FamilyMember::personId).toList());

        // last name with the Arabic kaf and yeh, and first and last name together
        assertEquals(26, family.familyCount(main, contract, FamilySearch.parse("كاظمي")));
        assertEquals(3, family.familyCount(main, contract, FamilySearch.parse("مريم كاظمي")));
        assertEquals(0, family.familyCount(main, contract, FamilySearch.parse("مریم تست‌زاده")));

        String nationalId = f.dependents().get(7).nationalId();
        List<FamilyMember> exact = family.family(main, contract, FamilySearch.parse(persianDigits(nationalId)), 0, 10);
        assertEquals(1, exact.size());
        assertEquals(nationalId, exact.get(0).nationalId());
        List<FamilyMember> prefix = family.family(main, contract,
                FamilySearch.parse(persianDigits(nationalId.substring(0, 4))), 0, 30);
        assertTrue(prefix.stream().anyMatch(m -> m.nationalId().equals(nationalId)));
        assertTrue(prefix.stream().allMatch(m -> m.nationalId().startsWith(nationalId.substring(0, 4))));
        assertEquals(0, family.familyCount(main, contract, FamilySearch.parse("%")));
    }

    @Test
    void dependentSeesOnlyThemself() {
        TestData.Family f = data.family(contract).dependents(3).create();
        TestData.Member spouse = f.dependents().get(0);

        assertEquals(1, family.familyCount(spouse.personId(), contract, FamilySearch.everybody()));
        List<FamilyMember> rows = family.family(spouse.personId(), contract, FamilySearch.everybody(), 0, 10);
        assertEquals(1, rows.size());
        assertEquals(spouse.personId(), rows.get(0).personId());
        assertEquals(Relation.SPOUSE, rows.get(0).relation());
        assertEquals(0, family.familyCount(spouse.personId(), contract, FamilySearch.parse("علی")),
                "the main member علی is not in a dependent's table");

        refused(() -> family.requireVisible(spouse.personId(), f.main().personId()));
        refused(() -> family.requireVisible(spouse.personId(), f.dependents().get(1).personId()));
        refused(() -> family.inquiry(spouse.personId(), f.main().personId(), contract));
        family.requireVisible(spouse.personId(), spouse.personId());
    }

    @Test
    void nobodySeesAnotherFamilysPerson() {
        TestData.Family mine = data.family(contract).dependents(1).create();
        long otherContract = data.contract(insurer, data.policyholder("شرکت دیگر")).create();
        TestData.Family other = data.family(otherContract).dependents(2).create();
        long me = mine.main().personId();

        family.requireVisible(me, me);
        family.requireVisible(me, mine.dependents().get(0).personId());
        refused(() -> family.requireVisible(me, other.dependents().get(1).personId()));
        refused(() -> family.requireVisible(me, other.main().personId()));
        refused(() -> family.inquiry(me, other.dependents().get(1).personId(), otherContract));
        refused(() -> family.inquiry(me, other.dependents().get(1).personId(), null));
        // naming one's own contract does not help either
        refused(() -> family.inquiry(me, other.dependents().get(1).personId(), contract));
        refused(() -> family.familyCount(me, otherContract, FamilySearch.everybody()));
        refused(() -> family.family(me, otherContract, FamilySearch.everybody(), 0, 10));
    }

    /**
     * An ex-spouse: covered under the main member until last week, now the main member of their own cover at another
     * policyholder. Neither reads the other's current data any more; the rest of the family still works.
     */
    @Test
    void formerSpouseAndFormerMainMemberNoLongerSeeEachOthersCurrentData() {
        TestData.Family f = data.family(contract).dependents(2).create();
        long main = f.main().personId();
        long exSpouse = f.dependents().get(0).personId();
        long child = f.dependents().get(1).personId();
        data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?",
                today().minusDays(7), exSpouse, contract);
        long ownCover = data.contract(insurer, data.policyholder("شرکت جدید")).create();
        coverage(ownCover, exSpouse, exSpouse, "SELF");
        data.update("update person set iban = ?, mobile = ? where id = ?", IBAN, "09121112233", exSpouse);

        // the former main member: no inquiry card (IBAN, mobile), no choice, under any contract or none
        refused(() -> family.requireVisible(main, exSpouse));
        refused(() -> family.inquiry(main, exSpouse, null));
        refused(() -> family.inquiry(main, exSpouse, contract));
        refused(() -> family.inquiry(main, exSpouse, ownCover));
        refused(() -> family.choose(main, contract, exSpouse));
        refused(() -> family.choose(main, ownCover, exSpouse));
        // the former dependent: nothing of the former main member either
        refused(() -> family.requireVisible(exSpouse, main));
        refused(() -> family.inquiry(exSpouse, main, null));
        refused(() -> family.inquiry(exSpouse, main, contract));

        // the ex-spouse's own card is that of their cover in force, with their data
        MemberInquiry own = family.inquiry(exSpouse, exSpouse, null);
        assertEquals(ownCover, own.contractId());
        assertEquals(Relation.SELF, own.relation());
        assertEquals(IBAN, own.iban());

        // the family table still lists the ended coverage (its past records stay the main member's), marked ended
        List<FamilyMember> rows = family.family(main, contract, FamilySearch.everybody(), 0, 10);
        assertEquals(List.of(main, exSpouse, child), rows.stream().map(FamilyMember::personId).toList());
        assertEquals(List.of(true, false, true), rows.stream().map(FamilyMember::active).toList());
        family.requireRecordsVisible(main, exSpouse);

        // the current family is untouched
        family.requireVisible(main, child);
        assertEquals(child, family.inquiry(main, child, contract).personId());
        assertEquals(child, family.inquiry(main, child, null).personId());
    }

    /**
     * A child whose parent's contract of last year ended, now covered by their own job: the parent (the former
     * main member) reads nothing current of the child; a stranger is refused even the records' gate.
     */
    @Test
    void aParentWhoseContractEndedNoLongerReadsTheGrownChild() {
        long lastYear = data.contract(insurer, data.policyholder("شرکت پارسال"))
                .period(today().minusYears(1).minusDays(30), today().minusDays(30)).create();
        TestData.Family f = data.family(lastYear).dependents(1).create();
        long parent = f.main().personId();
        long grown = f.dependents().get(0).personId();
        coverage(contract, grown, grown, "SELF");

        refused(() -> family.requireVisible(parent, grown));
        refused(() -> family.inquiry(parent, grown, null));
        refused(() -> family.inquiry(parent, grown, lastYear));
        refused(() -> family.choose(parent, lastYear, grown));
        assertEquals(contract, family.inquiry(grown, grown, null).contractId());
        family.requireRecordsVisible(parent, grown);
        long stranger = data.family(contract).create().main().personId();
        refused(() -> family.requireRecordsVisible(stranger, grown));
    }

    private void coverage(long contractId, long personId, long mainPersonId, String relation) {
        data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                        + "start_date, end_date, version) select ?, id, ?, ?, ?, ?, start_date, end_date, 0 "
                        + "from insurance_contract where id = ?", data.nextId("coverage"), personId, mainPersonId,
                TestData.unique("M"), relation, contractId);
    }

    @Test
    void inquiryShowsEverythingOfTheMemberInquiry() {
        TestData.Family f = data.family(contract).dependents(1).create();
        TestData.Member spouse = f.dependents().get(0);
        data.update("update person set birth_date = ?, birth_certificate_no = ?, iban = ?, phone = ?, mobile = ?, "
                        + "father_name = ? where id = ?", LocalDate.of(1990, 3, 21), "4521", IBAN, "02122514788",
                "09121112233", "محمود", spouse.personId());

        MemberInquiry q = family.inquiry(f.main().personId(), spouse.personId(), contract);
        assertEquals(spouse.fullName(), q.fullName());
        assertEquals("محمود", q.fatherName());
        assertEquals(Gender.FEMALE, q.gender());
        assertEquals("4521", q.birthCertificateNo());
        assertEquals(spouse.nationalId(), q.nationalId());
        assertEquals(LocalDate.of(1990, 3, 21), q.birthDate());
        assertEquals(Jalali.age(LocalDate.of(1990, 3, 21), today()), q.age());
        assertTrue(q.age() >= 35, "born 1369/01/01");
        assertEquals(Relation.SPOUSE, q.relation());
        assertEquals(spouse.memberCode(), q.memberCode());
        assertEquals(contract, q.contractId());
        assertEquals(data.queryValue("select contract_number from insurance_contract where id = ?", contract),
                q.contractNumber());
        assertEquals("شرکت آزمون", q.policyholderName());
        assertEquals("بیمه آزمون", q.insurerName());
        assertEquals(LocalDate.now().minusMonths(3), q.policyStart());
        assertEquals(LocalDate.now().plusMonths(9), q.policyEnd());
        assertEquals(IBAN, q.iban());
        assertEquals("02122514788", q.phone());
        assertEquals("09121112233", q.mobile());
        assertEquals(List.of(new MemberInquiry.CoverLine("بستری و جراحی", 500_000_000L, 10),
                new MemberInquiry.CoverLine("دندانپزشکی", 20_000_000L, 30)), q.covers());

        // the member's own inquiry, without naming the contract
        MemberInquiry own = family.inquiry(f.main().personId(), f.main().personId(), null);
        assertEquals(Relation.SELF, own.relation());
        assertEquals(contract, own.contractId());
    }

    @Test
    void contractsInForceComeFirst() {
        TestData.Family f = data.family(contract).dependents(0).create();
        long ended = data.contract(insurer, data.policyholder("شرکت قدیم"))
                .period(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1)).create();
        data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                        + "start_date, end_date, version) values (?,?,?,?,?,?,?,?,0)", data.nextId("coverage"), ended,
                f.main().personId(), f.main().personId(), TestData.unique("M"), "SELF",
                LocalDate.now().minusYears(2), LocalDate.now().minusYears(1));

        List<ContractChoice> contracts = family.contractsOf(f.main().personId());
        assertEquals(List.of(contract, ended), contracts.stream().map(ContractChoice::contractId).toList());
        assertTrue(contracts.get(0).active());
        assertFalse(contracts.get(1).active());
        assertEquals("بیمه آزمون", contracts.get(0).insurerName());
        assertEquals("شرکت آزمون", contracts.get(0).policyholderName());
    }

    @Test
    void announcementsAreShownByDateAndInsurer() throws Exception {
        runAs(asAdmin, this::announcementsAreShownByDateAndInsurerAsAdmin);
    }

    private void announcementsAreShownByDateAndInsurerAsAdmin() throws Exception {
        long otherInsurer = data.insurer("بیمه دیگر");
        LocalDate today = today();
        String admin = "admin-it";
        AnnouncementView forAll = save("برای همه", null, today, null, true);
        AnnouncementView forMine = save("برای بیمه آزمون", insurer, today.minusDays(1), today, true);
        AnnouncementView forOther = save("برای بیمه دیگر", otherInsurer, today, null, true);
        AnnouncementView future = save("آینده", null, today.plusDays(1), null, true);
        AnnouncementView expired = save("گذشته", insurer, today.minusDays(10), today.minusDays(1), true);
        AnnouncementView inactive = save("غیرفعال", insurer, today, null, false);

        List<Long> mine = announcements.latestFor(insurer, 1000).stream().map(AnnouncementView::id).toList();
        assertTrue(mine.contains(forAll.id()));
        assertTrue(mine.contains(forMine.id()));
        assertTrue(mine.indexOf(forAll.id()) < mine.indexOf(forMine.id()), "newest publication first");
        for (AnnouncementView hidden : List.of(forOther, future, expired, inactive)) {
            assertFalse(mine.contains(hidden.id()), hidden.title());
        }
        List<Long> noInsurer = announcements.latestFor(null, 1000).stream().map(AnnouncementView::id).toList();
        assertTrue(noInsurer.contains(forAll.id()));
        assertFalse(noInsurer.contains(forMine.id()));
        assertEquals(1, announcements.latestFor(insurer, 1).size());

        ValidationException e = assertThrows(ValidationException.class, () -> announcements.save(null, 0, "عنوان",
                "متن", null, today, today.minusDays(1), true, admin, "127.0.0.1"));
        assertEquals(AnnouncementService.KEY_EXPIRES_BEFORE, e.key());
    }

    @Test
    void announcementEditedMeanwhileIsRefusedAndKept() throws Exception {
        runAs(asAdmin, this::announcementEditedMeanwhileIsRefusedAndKeptAsAdmin);
    }

    private void announcementEditedMeanwhileIsRefusedAndKeptAsAdmin() throws Exception {
        LocalDate today = today();
        AnnouncementView seen = save("نسخه اول", insurer, today, null, true);
        AnnouncementView changed = announcements.save(seen.id(), seen.version(), "نسخه دوم", "متن دوم", insurer,
                today, null, true, "admin-a", "127.0.0.1");
        assertNotEquals(seen.version(), changed.version());

        ValidationException stale = assertThrows(ValidationException.class, () -> announcements.save(seen.id(),
                seen.version(), "نسخه سوم", "متن سوم", null, today, null, true, "admin-b", "127.0.0.1"));
        assertEquals(AnnouncementService.KEY_CONCURRENT, stale.key());
        assertEquals("نسخه دوم", announcements.find(seen.id()).title());

        ValidationException staleDelete = assertThrows(ValidationException.class,
                () -> announcements.delete(seen.id(), seen.version(), "admin-b", "127.0.0.1"));
        assertEquals(AnnouncementService.KEY_CONCURRENT, staleDelete.key());
        announcements.delete(changed.id(), changed.version(), "admin-a", "127.0.0.1");
        assertEquals(AnnouncementService.KEY_CONCURRENT,
                assertThrows(ValidationException.class, () -> announcements.find(seen.id())).key());
    }

    @Test
    void wrongIbanSavesNothing() {
        TestData.Family f = data.family(contract).create();
        long me = f.main().personId();
        Profile before = profiles.load(me);

        ValidationException e = assertThrows(ValidationException.class, () -> profiles.save(me, "02122514788",
                "ali@example.ir", "تهران", "1234567890", "IR072960000000100324200001", before.version(), "127.0.0.1"));
        assertEquals("iban.checksum", e.key());
        Profile after = profiles.load(me);
        assertNull(after.contact().phone());
        assertNull(after.contact().email());
        assertNull(after.contact().iban());
        assertEquals(before.version(), after.version());

        Profile saved = profiles.save(me, "۰۲۱-۲۲۵۱۴۷۸۸", "ali@example.ir", "تهران، خيابان جعفري", "۱۲۳۴۵۶۷۸۹۰",
                "ir06 2960 0000 0010 0324 2000 01", before.version(), "127.0.0.1");
        assertEquals("02122514788", saved.contact().phone());
        assertEquals("تهران، خیابان جعفری", saved.contact().address());
        assertEquals("1234567890", saved.contact().postalCode());
        assertEquals(IBAN, saved.contact().iban());
        assertEquals(IBAN, data.queryValue("select iban from person where id = ?", me));
        assertNotEquals(before.version(), saved.version());
    }

    @Test
    void profileChangedMeanwhileIsRefused() {
        TestData.Family f = data.family(contract).create();
        long me = f.main().personId();
        Profile firstTab = profiles.load(me);
        Profile secondTab = profiles.load(me);

        profiles.save(me, "02122514788", null, null, null, null, secondTab.version(), "127.0.0.1");
        ValidationException e = assertThrows(ValidationException.class, () -> profiles.save(me, "02188888888",
                null, null, null, IBAN, firstTab.version(), "127.0.0.1"));
        assertEquals("profile.concurrent", e.key());
        assertEquals("02122514788", profiles.load(me).contact().phone());
        assertNull(profiles.load(me).contact().iban());

        // a change made elsewhere (a roster import) counts as well
        Profile fresh = profiles.load(me);
        data.update("update person set address = ?, version = version + 1 where id = ?", "اصفهان", me);
        assertEquals("profile.concurrent", assertThrows(ValidationException.class, () -> profiles.save(me, null,
                null, "شیراز", null, null, fresh.version(), "127.0.0.1")).key());
        assertEquals("اصفهان", profiles.load(me).contact().address());
    }

    @Test
    void newMobileCountsOnlyWithTheCodeSentToIt() {
        TestData.Family f = data.family(contract).create();
        long me = f.main().personId();
        String oldMobile = f.main().mobile();
        String newMobile = TestData.newMobile();
        String ip = TestData.unique("it-");

        assertEquals("profile.mobile.same", assertThrows(ValidationException.class,
                () -> profiles.requestMobileChange(me, oldMobile, ip)).key());
        assertEquals("mobile.invalid", assertThrows(ValidationException.class,
                () -> profiles.requestMobileChange(me, "0212251", ip)).key());
        profiles.requestMobileChange(me, persianDigits(newMobile), ip);
        assertEquals(0L, ((Number) data.queryValue("select count(*) from sms_message where mobile = ?", oldMobile))
                .longValue(), "the code goes to the new mobile only");
        String code = codeIn((String) data.queryValue(
                "select body from sms_message where mobile = ? order by id desc", newMobile));

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertEquals("sms.code.wrong", assertThrows(ValidationException.class,
                () -> profiles.confirmMobile(me, wrong, ip)).key());
        assertEquals(oldMobile, profiles.load(me).mobile());

        assertEquals(newMobile, profiles.confirmMobile(me, persianDigits(code), ip));
        assertEquals(newMobile, profiles.load(me).mobile());
        assertEquals("sms.code.used", assertThrows(ValidationException.class,
                () -> profiles.confirmMobile(me, code, ip)).key());
    }

    @Test
    void insurerLogoIsServedOnlyAsARasterImage() {
        long png = storedFile("logo.png", "image/png");
        long svg = storedFile("logo.svg", "image/svg+xml");
        long other = data.insurer("بیمه با نشان برداری");
        data.update("update insurer set logo_file_id = ? where id = ?", png, insurer);
        data.update("update insurer set logo_file_id = ? where id = ?", svg, other);

        assertEquals(png, logos.logoOf(insurer).orElseThrow().getId());
        assertEquals("image/png", logos.logoOf(insurer).orElseThrow().getContentType());
        assertTrue(logos.logoOf(other).isEmpty());
        assertTrue(logos.logoOf(data.insurer("بیمه بی‌نشان")).isEmpty());
        assertTrue(logos.logoOf(-1).isEmpty());
    }

    private long storedFile(String name, String type) {
        long id = data.nextId("stored_file");
        data.update("insert into stored_file (id, file_name, content_type, size_bytes, sha256, data, created_at) "
                + "values (?,?,?,?,?,?,?)", id, name, type, 4L, "0".repeat(64), new byte[] {1, 2, 3, 4},
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return id;
    }

    private AnnouncementView save(String title, Long insurerId, LocalDate published, LocalDate expires,
                                  boolean active) {
        return announcements.save(null, 0, title + " " + TestData.unique(""), "متن " + title, insurerId, published,
                expires, active, "admin-it", "127.0.0.1");
    }

    private static void refused(Executable action) {
        ValidationException e = assertThrows(ValidationException.class, action);
        assertEquals(FamilyService.REFUSED, e.key());
    }

    private static String codeIn(String sms) {
        Matcher m = Pattern.compile("\\b([0-9]{6})\\b").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private static String persianDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }
}
