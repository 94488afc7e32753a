package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static ir.hami.testing.RunAsRole.runAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Role;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admissions, remaining ceilings, the medical file and the catalogue on the real services and database: ownership,
 * a confirmed admission frozen, a former family member, person and family ceilings from {@code cover_usage} rows made
 * by {@link ClaimOffice#assess} run as an assessor.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimExtrasIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));
    /** Service types of V15: 1 visit (OUTPATIENT), 2 drug (DRUG), 5 hospital (HOSPITAL). */
    private static final long VISIT = 1, DRUG = 2, HOSPITAL = 5;
    /** Document types of V15: 1 invoice, 2 prescription. */
    private static final long INVOICE = 1, PRESCRIPTION = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Admissions admissions;

    @Inject
    Ceilings ceilings;

    @Inject
    MedicalFile medicalFile;

    @Inject
    ClaimOffice office;

    @Inject
    ClaimCatalogAdmin catalogueAdmin;

    @Inject
    ClaimCatalog catalog;

    @Inject
    RunAsMember asMember;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    RunAsAssessor asAssessor;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, "assessor_it", null);

    /** A family (main member, spouse) under a contract with a family hospital ceiling and a personal drug one. */
    private final class World {
        final TestData data = TestData.on(dataSource);
        final long insurer = data.insurer("بیمه آزمون " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت آزمون"))
                .cover("بستری", 50_000_000L, 10).cover("دارو", 5_000_000L, 30).cover("سرپایی", 3_000_000L, 30)
                .create();
        final TestData.Family family = data.family(contract).dependents(1).create();
        final TestData.Member main = family.main();
        final TestData.Member spouse = family.dependents().get(0);
        final ClaimViewer mainViewer = member(main);
        final ClaimViewer spouseViewer = member(spouse);

        World() {
            data.update("update contract_cover set cover_kind = 'HOSPITAL', family_ceiling = ? where contract_id = ? "
                    + "and title = 'بستری'", true, contract);
            data.update("update contract_cover set cover_kind = 'DRUG' where contract_id = ? and title = 'دارو'",
                    contract);
            data.update("update contract_cover set cover_kind = 'OUTPATIENT' where contract_id = ? "
                    + "and title = 'سرپایی'", contract);
        }

        ClaimViewer member(TestData.Member m) {
            return new ClaimViewer(Role.MEMBER, m.nationalId(), m.personId());
        }

        /** A claim registered (submitted) for a person under a main member and contract, awaiting the assessor. */
        long claim(TestData.Member patient, TestData.Member mainMember, long contractId, long serviceType) {
            long id = data.nextId("claim");
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                            + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                            + "requested_amount, e_prescription, draft_step, state, created_at, registered_at, "
                            + "updated_at, deficiency_round, version) "
                            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, TrackingCodes.next(), "MEMBER", mainMember.nationalId(), patient.personId(),
                    mainMember.personId(), contractId, insurer, patient.nationalId(), patient.fullName(),
                    TODAY.minusDays(3), serviceType, 1_000_000L, false, 4, "REGISTERED", now, now, now, 0, 0L);
            return id;
        }

        /** Assesses the claim as an assessor, through the back office, with these items. */
        Claim assess(long claimId, Assessment.Item... items) throws Exception {
            return callAs(asAssessor, () -> {
                long version = ((Number) data.queryValue("select version from claim where id = ?", claimId))
                        .longValue();
                return office.assess(assessor, claimId, version, "کارشناس آزمون", new Assessment(List.of(items),
                        null));
            });
        }
    }

    private static Assessment.Item item(ItemKind kind, String title, String physician, long total, long deducted) {
        List<Assessment.Deduction> deductions = deducted == 0 ? List.of()
                : List.of(new Assessment.Deduction(DeductionKind.FRANCHISE, deducted, null));
        return new Assessment.Item(kind, title, physician, "12345", TODAY.minusDays(3), 1, total, deductions);
    }

    private static String refusal(Callable<?> work) {
        Throwable t = assertThrows(Throwable.class, work::call);
        assertInstanceOf(ValidationException.class, t, String.valueOf(t));
        return ((ValidationException) t).key();
    }

    private <T> T member(Callable<T> work) throws Exception {
        return callAs(asMember, work);
    }

    private long count(World w, String sql, Object... args) {
        return ((Number) w.data.queryValue(sql, args)).longValue();
    }

    private static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1,
                0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    // ---------------------------------------------------------------- admissions

    @Test
    void anAdmissionIsMadeOnceFilledAndFrozenOnceConfirmed() throws Exception {
        World w = new World();
        FormKey key = FormKey.random();
        Admissions.Form form = new Admissions.Form(w.spouse.personId(), w.contract, "  مدارک   بستری ", null, key);
        Admission a = member(() -> admissions.create(w.mainViewer, form));
        Admission again = member(() -> admissions.create(w.mainViewer, form));
        assertEquals(a.getId(), again.getId(), "the same form twice: one admission");
        assertEquals(1, count(w, "select count(*) from claim_admission where person_id = ?", w.spouse.personId()));
        assertEquals("مدارک بستری", a.getTitle());
        assertEquals(w.main.personId(), a.getMainPersonId());
        assertTrue(TrackingCodes.parse(a.getTrackingCode()).isPresent());
        long id = a.getId();

        assertEquals(Admissions.NO_DOCUMENTS, refusal(() -> member(() -> admissions.confirm(w.mainViewer, id))));
        assertEquals(ClaimFiles.KEY_TYPE, refusal(() -> member(() -> admissions.addDocument(w.mainViewer, id,
                INVOICE, null, "note.png", "not an image".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(ClaimFiles.KEY_DOCUMENT_TYPE, refusal(() -> member(() -> admissions.addDocument(w.mainViewer,
                id, 999_999, null, "a.png", TestData.png()))));
        AdmissionDocument png = member(() -> admissions.addDocument(w.mainViewer, id, INVOICE, "فاکتور",
                "invoice.png", TestData.png()));
        AdmissionDocument jpg = member(() -> admissions.addDocument(w.spouseViewer, id, INVOICE, null, "rx.jpg",
                jpeg()));
        assertEquals("image/jpeg", member(() -> admissions.file(w.mainViewer, jpg.getId())).getContentType());
        member(() -> admissions.changeDocument(w.mainViewer, jpg.getId(), PRESCRIPTION, "نسخه دکتر"));
        Admissions.Details details = member(() -> admissions.details(w.spouseViewer, id));
        assertEquals(List.of("اصل صورتحساب یا فاکتور", "نسخه یا دستور پزشک"),
                details.documents().stream().map(Admissions.DocumentRow::typeTitle).toList());
        assertEquals("نسخه دکتر", details.documents().get(1).note());
        runAs(asMember, () -> admissions.removeDocument(w.mainViewer, png.getId()));
        assertEquals(0, count(w, "select count(*) from stored_file where id = ?", png.getFileId()),
                "a deleted document's image is deleted too");

        Admission confirmed = member(() -> admissions.confirm(w.mainViewer, id));
        assertEquals(AdmissionState.COMPLETED, confirmed.getState());
        assertNotNull(confirmed.getConfirmedAt());
        // frozen: every change refused, nothing changed
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> member(() -> admissions.addDocument(w.mainViewer, id,
                INVOICE, null, "late.png", TestData.png()))));
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> member(() -> admissions.changeDocument(w.mainViewer,
                jpg.getId(), INVOICE, null))));
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> {
            runAs(asMember, () -> admissions.removeDocument(w.mainViewer, jpg.getId()));
            return null;
        }));
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> {
            runAs(asMember, () -> admissions.delete(w.mainViewer, id));
            return null;
        }));
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> member(() -> admissions.edit(w.mainViewer, id, "x", null))));
        assertEquals(Admission.NOT_ALLOWED, refusal(() -> member(() -> admissions.confirm(w.mainViewer, id))));
        assertEquals(1, count(w, "select count(*) from claim_admission_document where admission_id = ?", id));

        // staff reject it with a reason the main member reads (portal and SMS)
        assertEquals("admissions.reject.reasonRequired",
                refusal(() -> callAs(asAssessor, () -> admissions.reject(assessor, id, " "))));
        Admission rejected = callAs(asAssessor, () -> admissions.reject(assessor, id, "تصویر ناخوانا است"));
        assertEquals(AdmissionState.REJECTED, rejected.getState());
        assertEquals("تصویر ناخوانا است", member(() -> admissions.visible(w.spouseViewer, id)).getRejectReason());
        assertEquals(1, count(w, "select count(*) from member_notification where person_id = ? and text like ?",
                w.main.personId(), "%" + PersianText.toPersianDigits(a.getTrackingCode()) + "%ناخوانا%"));
        assertEquals(1, count(w, "select count(*) from sms_message where mobile = ? and purpose = 'ADMISSION'",
                w.main.mobile()));
        // a member cannot reject
        Throwable t = assertThrows(Throwable.class, () -> member(() -> admissions.reject(w.mainViewer, id, "x")));
        assertTrue(t instanceof EJBAccessException || t instanceof ValidationException, String.valueOf(t));
    }

    @Test
    void anAdmissionIsTheFamilysOnlyAndListedByState() throws Exception {
        World w = new World();
        World other = new World();
        Admission a = member(() -> admissions.create(w.spouseViewer, new Admissions.Form(w.spouse.personId(),
                w.contract, "دارو", null, FormKey.random())));
        AdmissionDocument doc = member(() -> admissions.addDocument(w.spouseViewer, a.getId(), INVOICE, null,
                "a.png", TestData.png()));
        // another family: the same answer as for an unknown id
        assertEquals(Admissions.REFUSED, refusal(() -> member(() -> admissions.visible(other.mainViewer, a.getId()))));
        assertEquals(Admissions.REFUSED, refusal(() -> member(() -> admissions.visible(other.mainViewer, 987_654_321L))));
        assertEquals(Admissions.REFUSED, refusal(() -> member(() -> admissions.file(other.mainViewer, doc.getId()))));
        assertEquals(Admissions.REFUSED, refusal(() -> member(() -> admissions.addDocument(other.mainViewer,
                a.getId(), INVOICE, null, "x.png", TestData.png()))));
        assertEquals("family.refused", refusal(() -> member(() -> admissions.create(other.mainViewer,
                new Admissions.Form(w.spouse.personId(), w.contract, "x", null, FormKey.random())))));
        assertEquals(0L, (long) member(() -> admissions.ofPersonCount(other.mainViewer, w.spouse.personId(),
                AdmissionState.IN_PROGRESS)));
        // the dependent cannot start one for the main member
        assertEquals("family.refused", refusal(() -> member(() -> admissions.create(w.spouseViewer,
                new Admissions.Form(w.main.personId(), w.contract, "x", null, FormKey.random())))));

        // lists by state, a page at a time
        Admission second = member(() -> admissions.create(w.mainViewer, new Admissions.Form(w.spouse.personId(),
                w.contract, "بستری", null, FormKey.random())));
        member(() -> admissions.confirm(w.spouseViewer, a.getId()));
        assertEquals(1L, (long) member(() -> admissions.ofPersonCount(w.mainViewer, w.spouse.personId(),
                AdmissionState.IN_PROGRESS)));
        assertEquals(List.of(a.getId()), member(() -> admissions.ofPerson(w.mainViewer, w.spouse.personId(),
                AdmissionState.COMPLETED, 0, 10)).stream().map(Admission::getId).toList());
        assertEquals(0L, (long) member(() -> admissions.ofPersonCount(w.mainViewer, w.spouse.personId(),
                AdmissionState.REJECTED)));

        // an admission in progress is deleted with its documents and their images
        AdmissionDocument d2 = member(() -> admissions.addDocument(w.mainViewer, second.getId(), INVOICE, null,
                "b.png", TestData.png()));
        runAs(asMember, () -> admissions.delete(w.mainViewer, second.getId()));
        assertEquals(0, count(w, "select count(*) from claim_admission where id = ?", second.getId()));
        assertEquals(0, count(w, "select count(*) from stored_file where id = ?", d2.getFileId()));
    }

    @Test
    void aFormerFamilyMemberKeepsTheirNewRecordsToThemselves() throws Exception {
        World w = new World();
        // the spouse leaves the family and is covered by a contract of their own
        w.data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?",
                TODAY.minusDays(10), w.spouse.personId(), w.contract);
        long own = w.data.contract(w.insurer, w.data.policyholder("کارفرمای تازه"))
                .cover("دارو", 4_000_000L, 20).create();
        w.data.update("update contract_cover set cover_kind = 'DRUG' where contract_id = ?", own);
        w.data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                        + "start_date, end_date, version) values (?,?,?,?,?,?,?,?,0)", w.data.nextId("coverage"),
                own, w.spouse.personId(), w.spouse.personId(), TestData.unique("M"), "SELF", TODAY.minusDays(9),
                TODAY.plusDays(300));

        Admission later = member(() -> admissions.create(w.spouseViewer, new Admissions.Form(w.spouse.personId(),
                own, "پس از جدایی", null, FormKey.random())));
        assertEquals(w.spouse.personId(), later.getMainPersonId());
        assertEquals(Admissions.REFUSED, refusal(() -> member(() -> admissions.visible(w.mainViewer, later.getId()))));
        assertEquals(0L, (long) member(() -> admissions.ofPersonCount(w.mainViewer, w.spouse.personId(),
                AdmissionState.IN_PROGRESS)));
        assertEquals(1L, (long) member(() -> admissions.ofPersonCount(w.spouseViewer, w.spouse.personId(),
                AdmissionState.IN_PROGRESS)));
        // the former main member cannot start one for them any more
        assertEquals(Admissions.NOT_COVERED, refusal(() -> member(() -> admissions.create(w.mainViewer,
                new Admissions.Form(w.spouse.personId(), w.contract, "x", null, FormKey.random())))));

        // claims: one made before leaving (under the main member), one after (their own)
        long before = w.claim(w.spouse, w.main, w.contract, DRUG);
        w.assess(before, item(ItemKind.DRUG, "آموکسی‌سیلین", "دکتر قبلی", 300_000, 0));
        long after = w.claim(w.spouse, w.spouse, own, DRUG);
        w.assess(after, item(ItemKind.DRUG, "داروی تازه", "دکتر تازه", 700_000, 0));

        List<String> mainSees = member(() -> medicalFile.drugs(w.mainViewer, w.spouse.personId(), 0, 10))
                .stream().map(MedicalFile.Item::title).toList();
        assertEquals(List.of("آموکسی‌سیلین"), mainSees, "the former main member sees only the old claim's drug");
        assertEquals(1L, (long) member(() -> medicalFile.drugCount(w.mainViewer, w.spouse.personId())));
        assertEquals(1L, (long) member(() -> medicalFile.physicianCount(w.mainViewer, w.spouse.personId())));
        assertEquals(2L, (long) member(() -> medicalFile.drugCount(w.spouseViewer, w.spouse.personId())));
        assertEquals(2L, (long) member(() -> medicalFile.prescriptionCount(w.spouseViewer, w.spouse.personId(),
                null)));

        // ceilings: the old contract's use is the old family's; the new contract is not the former main member's
        assertEquals("family.refused", refusal(() -> member(() -> ceilings.of(w.mainViewer, w.spouse.personId(),
                own))));
        CeilingLine ownDrug = member(() -> ceilings.of(w.spouseViewer, w.spouse.personId(), own)).get(0);
        assertEquals(700_000, ownDrug.used());
        assertEquals(3_300_000, ownDrug.remaining());
        CeilingLine oldDrug = byKind(member(() -> ceilings.of(w.mainViewer, w.spouse.personId(), w.contract)))
                .get(CoverKind.DRUG);
        assertEquals(300_000, oldDrug.used());
    }

    // ---------------------------------------------------------------- ceilings and the medical file

    @Test
    void ceilingsCountThePersonOrTheWholeFamilyFromAssessedClaims() throws Exception {
        World w = new World();
        World other = new World();
        long mainStay = w.claim(w.main, w.main, w.contract, HOSPITAL);
        w.assess(mainStay, item(ItemKind.HOSPITAL, "بستری سه‌روزه", "دکتر احمدی", 11_000_000, 1_000_000));
        long spouseStay = w.claim(w.spouse, w.main, w.contract, HOSPITAL);
        w.assess(spouseStay, item(ItemKind.HOSPITAL, "جراحی سرپایی", "دکتر احمدی", 2_000_000, 0));
        long spouseDrugs = w.claim(w.spouse, w.main, w.contract, DRUG);
        w.assess(spouseDrugs, item(ItemKind.DRUG, "استامینوفن", "دکتر رضایی", 400_000, 0),
                item(ItemKind.DRUG, "آموکسی‌سیلین", "دکتر رضایی", 800_000, 0));
        long mainDrugs = w.claim(w.main, w.main, w.contract, DRUG);
        w.assess(mainDrugs, item(ItemKind.DRUG, "انسولین", "دکتر کریمی", 6_000_000, 0));
        // the usage rows are the assessments' own
        assertEquals(4, count(w, "select count(*) from cover_usage where main_person_id = ?", w.main.personId()));

        Map<CoverKind, CeilingLine> spouse = byKind(member(() -> ceilings.of(w.mainViewer, w.spouse.personId(),
                w.contract)));
        CeilingLine stay = spouse.get(CoverKind.HOSPITAL);
        assertTrue(stay.familyCeiling());
        assertEquals(50_000_000, stay.ceiling());
        assertEquals(12_000_000, stay.used(), "a family ceiling: the main member's 10M and the spouse's 2M");
        assertEquals(38_000_000, stay.remaining());
        assertEquals(24, stay.percentUsed());
        CeilingLine drugs = spouse.get(CoverKind.DRUG);
        assertEquals(1_200_000, drugs.used(), "a personal ceiling: the spouse's own");
        assertEquals(3_800_000, drugs.remaining());
        assertEquals(0, spouse.get(CoverKind.OUTPATIENT).used());

        Map<CoverKind, CeilingLine> main = byKind(member(() -> ceilings.of(w.mainViewer, w.main.personId(),
                w.contract)));
        assertEquals(12_000_000, main.get(CoverKind.HOSPITAL).used());
        assertEquals(6_000_000, main.get(CoverKind.DRUG).used());
        assertEquals(0, main.get(CoverKind.DRUG).remaining(), "over-used: nothing left, never negative");
        assertEquals(1_000_000, main.get(CoverKind.DRUG).overUsed());
        // the spouse sees their own, not the main member's personal ceilings
        assertEquals(1_200_000, byKind(member(() -> ceilings.of(w.spouseViewer, w.spouse.personId(), w.contract)))
                .get(CoverKind.DRUG).used());
        assertEquals("family.refused", refusal(() -> member(() -> ceilings.of(w.spouseViewer, w.main.personId(),
                w.contract))));
        assertEquals("family.refused", refusal(() -> member(() -> ceilings.of(other.mainViewer, w.spouse.personId(),
                w.contract))));

        // the medical file: assessed items only, grouped and paged
        long waiting = w.claim(w.spouse, w.main, w.contract, DRUG); // not assessed: not in the file
        assertTrue(waiting > 0);
        assertEquals(2L, (long) member(() -> medicalFile.drugCount(w.mainViewer, w.spouse.personId())));
        assertEquals(java.util.Set.of("استامینوفن", "آموکسی‌سیلین"), member(() -> medicalFile.drugs(w.spouseViewer,
                w.spouse.personId(), 0, 10)).stream().map(MedicalFile.Item::title).collect(Collectors.toSet()));
        assertEquals(1, member(() -> medicalFile.drugs(w.spouseViewer, w.spouse.personId(), 1, 1)).size());
        assertEquals(1L, (long) member(() -> medicalFile.serviceCount(w.spouseViewer, w.spouse.personId())));
        assertEquals(ItemKind.HOSPITAL, member(() -> medicalFile.services(w.spouseViewer, w.spouse.personId(), 0,
                10)).get(0).kind());
        // prescriptions: every submitted claim, its state in the seed's words, searched by tracking code
        List<MedicalFile.Prescription> rx = member(() -> medicalFile.prescriptions(w.spouseViewer,
                w.spouse.personId(), null, 0, 10));
        assertEquals(3, rx.size());
        assertEquals(3L, (long) member(() -> medicalFile.prescriptionCount(w.spouseViewer, w.spouse.personId(),
                null)));
        MedicalFile.Prescription drugsRx = rx.stream().filter(p -> p.claimId() == spouseDrugs).findFirst()
                .orElseThrow();
        assertEquals(2, drugsRx.items());
        assertEquals("دکتر رضایی", drugsRx.physician());
        assertEquals(PrescriptionState.UNDER_REVIEW, drugsRx.getState(), "assessed, not yet sent to finance");
        MedicalFile.Prescription waitingRx = rx.stream().filter(p -> p.claimId() == waiting).findFirst()
                .orElseThrow();
        assertEquals(PrescriptionState.REGISTERED, waitingRx.getState());
        assertEquals(0, waitingRx.items());
        assertEquals(null, waitingRx.payable(), "no insurer's share before the assessment");
        assertEquals(List.of(waiting), member(() -> medicalFile.prescriptions(w.mainViewer, w.spouse.personId(),
                PersianText.toPersianDigits(waitingRx.trackingCode()), 0, 10)).stream()
                .map(MedicalFile.Prescription::claimId).toList());
        assertEquals(0L, (long) member(() -> medicalFile.prescriptionCount(w.spouseViewer, w.spouse.personId(),
                "0000000000")));
        MedicalFile.PrescriptionDetails opened = member(() -> medicalFile.prescription(w.spouseViewer,
                w.spouse.personId(), spouseDrugs));
        assertEquals(2, opened.items().size());
        assertEquals(1_200_000, opened.items().stream().mapToLong(MedicalFile.Item::total).sum());
        assertEquals(ClaimRecords.REFUSED, refusal(() -> member(() -> medicalFile.prescription(w.spouseViewer,
                w.spouse.personId(), mainDrugs))), "another person's claim is not this file's");
        // a drug's details: its prescription and its deductions
        MedicalFile.Item drug = member(() -> medicalFile.drugs(w.spouseViewer, w.spouse.personId(), 0, 10)).get(0);
        MedicalFile.ItemDetails drugDetails = member(() -> medicalFile.item(w.spouseViewer, w.spouse.personId(),
                drug.id()));
        assertEquals(spouseDrugs, drugDetails.prescription().claimId());
        assertEquals("family.refused", refusal(() -> member(() -> medicalFile.item(other.mainViewer,
                w.spouse.personId(), drug.id()))));
        // a physician's prescriptions
        assertEquals(List.of(spouseDrugs), member(() -> medicalFile.prescriptionsBy(w.spouseViewer,
                w.spouse.personId(), "دکتر رضایی", "12345", 10)).stream().map(MedicalFile.Prescription::claimId)
                .toList());
        List<MedicalFile.Physician> physicians = member(() -> medicalFile.physicians(w.mainViewer,
                w.spouse.personId(), 0, 10));
        assertEquals(Map.of("دکتر احمدی", 1L, "دکتر رضایی", 1L), physicians.stream()
                .collect(Collectors.toMap(MedicalFile.Physician::name, MedicalFile.Physician::visits)));
        assertEquals("family.refused", refusal(() -> member(() -> medicalFile.drugs(other.mainViewer,
                w.spouse.personId(), 0, 10))));
        assertEquals("family.refused", refusal(() -> member(() -> medicalFile.drugCount(w.spouseViewer,
                w.main.personId()))));
    }

    private static Map<CoverKind, CeilingLine> byKind(List<CeilingLine> lines) {
        return lines.stream().collect(Collectors.toMap(CeilingLine::kind, l -> l));
    }

    // ---------------------------------------------------------------- the catalogue

    @Test
    void administratorsKeepTheCatalogue() throws Exception {
        World w = new World();
        String code = ("IT-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        FormKey key = FormKey.random();
        ClaimCatalogAdmin.Entry entry = new ClaimCatalogAdmin.Entry(null, 0, code.toLowerCase(), "خدمت آزمون", null,
                0, VISIT, true, key);
        MedicalService s = callAs(asAdmin, () -> catalogueAdmin.saveService(entry));
        MedicalService again = callAs(asAdmin, () -> catalogueAdmin.saveService(entry));
        assertEquals(s.getId(), again.getId(), "the same form twice: one service");
        assertEquals(code, s.getCode());
        assertEquals(ClaimCatalogAdmin.CODE_TAKEN, refusal(() -> callAs(asAdmin, () -> catalogueAdmin.saveService(
                new ClaimCatalogAdmin.Entry(null, 0, code, "دیگری", null, 0, VISIT, true, FormKey.random())))));
        callAs(asAdmin, () -> catalogueAdmin.require(s.getId(), PRESCRIPTION, true));
        callAs(asAdmin, () -> catalogueAdmin.require(s.getId(), INVOICE, false));
        assertEquals(List.of(PRESCRIPTION, INVOICE), callAs(asAdmin, () -> catalogueAdmin.requirements(s.getId()))
                .stream().map(ClaimCatalogAdmin.Requirement::documentTypeId).toList(), "mandatory first");
        assertTrue(catalog.requirements(s.getId()).stream().anyMatch(r -> r.type().getId() == PRESCRIPTION
                && r.mandatory()), "what the claim wizard reads");
        assertTrue(catalog.services(VISIT).stream().anyMatch(x -> x.getId().equals(s.getId())));

        // deactivated, never deleted; an edit names the version it saw
        MedicalService off = callAs(asAdmin, () -> catalogueAdmin.saveService(new ClaimCatalogAdmin.Entry(s.getId(),
                again.getVersion(), null, "خدمت آزمون", null, 0, VISIT, false, null)));
        assertTrue(catalog.services(VISIT).stream().noneMatch(x -> x.getId().equals(s.getId())));
        assertEquals(1, count(w, "select count(*) from claim_service where id = ?", s.getId()));
        assertEquals(ClaimCatalogAdmin.CONFLICT, refusal(() -> callAs(asAdmin, () -> catalogueAdmin.saveService(
                new ClaimCatalogAdmin.Entry(s.getId(), off.getVersion() - 1, null, "x", null, 0, VISIT, true,
                        null)))));
        // a service type needs its paying cover kind
        assertEquals(ClaimCatalogAdmin.KIND_REQUIRED, refusal(() -> callAs(asAdmin, () ->
                catalogueAdmin.saveServiceType(new ClaimCatalogAdmin.Entry(null, 0, code, "نوع", null, 9, null,
                        true, FormKey.random())))));
        // members may not
        Throwable t = assertThrows(Throwable.class, () -> member(() -> catalogueAdmin.serviceTypes()));
        assertInstanceOf(EJBAccessException.class, t);
    }
}
