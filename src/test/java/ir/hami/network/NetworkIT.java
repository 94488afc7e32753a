package ir.hami.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ir.hami.testing.RunAsRole.runAs;

import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The centre directory on the real database: reference data, partial Persian words typed with Arabic letters,
 * province/city/type and referral flags, paging and counts, details and the referral unit's lines.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private static final long TABRIZ = 1;
    private static final long ISFAHAN = 33;
    private static final long KASHAN = 34;
    private static final long SHIRAZ = 160;
    private static final long JAHROM = 162;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CenterDirectory directory;

    @Inject
    CenterAdmin admin;

    @Inject
    CenterExport export;

    @Inject
    CenterImport importer;

    @Inject
    ReferralContacts referralContacts;

    /** The admin services check the caller's role; a test in the container has none of its own. */
    @Inject
    RunAsAdmin asAdmin;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData data;
    /** A word unique to this test's centres, so that other data never matches. */
    private String tag;

    @BeforeEach
    void fixtures() {
        data = TestData.on(dataSource);
        tag = TestData.unique("tag");
    }

    private CenterFilter byName(String name) {
        return new CenterFilter(name, null, null, null, false, false);
    }

    @Test
    void allProvincesAndTheirCitiesAreThere() {
        List<Province> provinces = directory.provinces();
        assertEquals(31, provinces.size());
        assertTrue(directory.cities(provinces.stream().filter(p -> p.getNameEn().equals("Fars")).findFirst()
                .orElseThrow().getId()).stream().anyMatch(c -> c.getName().equals("شیراز")));
    }

    @Test
    void partialWordsTypedWithArabicLettersFindTheCentre() {
        long shafa = data.center("بیمارستان شفا " + tag, SHIRAZ).create();
        data.center("کلینیک کوثر " + tag, SHIRAZ).type("CLINIC").create();

        List<TreatmentCenter> found = directory.search(byName("بيمار شف " + tag), 0, 10);
        assertEquals(List.of(shafa), found.stream().map(TreatmentCenter::getId).toList());
        assertEquals(1, directory.search(byName("كوث " + tag), 0, 10).size());
        assertEquals(2, directory.count(byName(tag)));
        assertEquals(0, directory.count(byName("شفا کوثر " + tag)));
    }

    @Test
    void partOfAWordAnywhereInsideItAndPunctuationFindTheCentreThroughTheNameIndex() throws Exception {
        long id = data.center("بیمارستان ابن‌سینا، (شیراز) " + tag, SHIRAZ).create();
        runAs(asAdmin, () -> partOfAWordAnywhereInsideItAndPunctuationFindTheCentreThroughTheNameIndexAsAdmin(id));
    }

    private void partOfAWordAnywhereInsideItAndPunctuationFindTheCentreThroughTheNameIndexAsAdmin(long id) throws Exception {

        assertEquals(1, directory.count(byName("راز " + tag)));
        assertEquals(1, directory.count(byName("سينا، " + tag)));
        assertEquals(1, directory.count(byName("(شیر) " + tag)));
        assertEquals(0, directory.count(byName("تهران " + tag)));

        CenterForm form = admin.load(id);
        form.setName("درمانگاه مهرگان " + tag);
        admin.save(form);
        assertEquals(0, directory.count(byName("سینا " + tag)));
        assertEquals(1, directory.count(byName("رگان " + tag)));
        assertEquals(((Number) data.queryValue("select count(*) from center_name_token where center_id = ?", id))
                .longValue(), TreatmentCenter.nameTokens("درمانگاه مهرگان " + tag).size());
    }

    @Test
    void centresWrittenWithoutTheNameIndexAreIndexedByTheStartFill() throws Exception {
        long id = data.center("کلینیک بی‌نمایه " + tag, SHIRAZ).create();
        try (var c = dataSource.getConnection()) {
            try (var s = c.prepareStatement("delete from center_name_token where center_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            assertEquals(0, directory.count(byName("نمایه " + tag)));
            c.setAutoCommit(false);
            assertTrue(CenterNameIndex.fillMissing(c) >= 1);
            c.setAutoCommit(true);
        }
        assertEquals(1, directory.count(byName("نمایه " + tag)));
    }

    @Test
    void provinceCityAndTypeNarrow() {
        data.center("بیمارستان الف " + tag, SHIRAZ).create();
        data.center("بیمارستان ب " + tag, JAHROM).type("PUBLIC_HOSPITAL").create();
        data.center("آزمایشگاه پاستور " + tag, ISFAHAN).type("LABORATORY").create();
        data.center("آزمایشگاه کاشان " + tag, KASHAN).type("LABORATORY").create();
        long fars = ((Number) data.queryValue("select province_id from city where id = ?", SHIRAZ)).longValue();

        assertEquals(2, directory.count(new CenterFilter(tag, fars, null, null, false, false)));
        assertEquals(1, directory.count(new CenterFilter(tag, fars, JAHROM, null, false, false)));
        assertEquals(2, directory.count(new CenterFilter(tag, null, null, CenterType.LABORATORY, false, false)));
        assertEquals(1, directory.count(new CenterFilter(tag, null, KASHAN, CenterType.LABORATORY, false, false)));
    }

    @Test
    void referralFlagsNarrowAndOnlineImpliesIssuing() {
        data.center("مرکز الف " + tag, TABRIZ).create();
        data.center("مرکز ب " + tag, TABRIZ).issuesReferrals().create();
        data.center("مرکز ج " + tag, TABRIZ).onlineReferrals().create();

        assertEquals(3, directory.count(byName(tag)));
        assertEquals(2, directory.count(new CenterFilter(tag, null, null, null, true, false)));
        List<TreatmentCenter> online = directory.search(new CenterFilter(tag, null, null, null, false, true), 0, 10);
        assertEquals(1, online.size());
        assertTrue(online.get(0).isIssuesReferrals());
    }

    @Test
    void pagesAreOrderedByNameAndCountedAndInactiveCentresHidden() {
        for (int i = 1; i <= 7; i++) {
            data.center("داروخانه " + tag + " " + (char) ('ا' + i), TABRIZ).type("PHARMACY").create();
        }
        data.center("داروخانه " + tag + " بسته", TABRIZ).inactive().create();

        CenterFilter filter = byName("دارو " + tag);
        assertEquals(7, directory.count(filter));
        List<TreatmentCenter> first = directory.search(filter, 0, 5);
        List<TreatmentCenter> second = directory.search(filter, 5, 5);
        assertEquals(5, first.size());
        assertEquals(2, second.size());
        assertTrue(first.get(4).getName().compareTo(second.get(0).getName()) < 0);
        assertFalse(second.stream().anyMatch(c -> c.getName().endsWith("بسته")));
    }

    @Test
    void detailsCarryInsurersServicesAndPhysiciansAndMarkersOnlyLocatedCentres() {
        long insurer = data.insurer("بیمه " + tag);
        long id = data.center("بیمارستان مهر " + tag, SHIRAZ).insurer(insurer).at(29.61, 52.53)
                .service("سی‌تی‌اسکن").service("آزمایش خون").physician("دکتر رضا احمدی", "قلب و عروق", "12345")
                .create();
        data.center("کلینیک بی‌نشان " + tag, SHIRAZ).create();

        TreatmentCenter center = directory.details(id).orElseThrow();
        assertEquals(1, center.getInsurers().size());
        assertEquals(List.of("سی‌تی‌اسکن", "آزمایش خون"),
                center.getServices().stream().map(CenterService::getTitle).toList());
        assertEquals("12345", center.getPhysicians().get(0).getCouncilCode());
        assertEquals("شیراز", center.getCity().getName());

        List<CenterMarker> markers = directory.markers(byName(tag));
        assertEquals(1, markers.size());
        assertEquals(id, markers.get(0).id());
    }

    @Test
    void referralUnitLinesOfTheMembersInsurer() {
        long insurer = data.insurer("بیمه " + tag);
        data.referralContact(insurer, "۷:۳۰ تا ۱۶:۳۰", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۲۷۱", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۱۴۹");
        ReferralContact contact = directory.referralContact(insurer).orElseThrow();
        assertEquals("۷:۳۰ تا ۱۶:۳۰", contact.getOfficeHours());
        assertTrue(directory.referralContact(null).isEmpty());
        assertTrue(directory.referralContact(data.insurer("بیمه دیگر")).isEmpty());
    }

    @Test
    void adminKeepsAnInsurersReferralLinesWithTheirRulesAndAStaleEditIsRefused() throws Exception {
        long insurer = data.insurer("بیمه " + tag);
        runAs(asAdmin, () -> adminKeepsAnInsurersReferralLinesWithTheirRulesAndAStaleEditIsRefusedAsAdmin(insurer));
    }

    private void adminKeepsAnInsurersReferralLinesWithTheirRulesAndAStaleEditIsRefusedAsAdmin(long insurer) throws Exception {
        ReferralContactForm form = new ReferralContactForm();
        form.setInsurerId(insurer);
        form.setOfficeHours("۷:۳۰ تا ۱۶:۳۰");
        form.setOfficePhones("۰۲۱-۸۸۶۴۸۴۲۱-۳۹");
        form.setOfficeExtensions("۰۲۷۱، ۰۲۰۰ ,0680");
        form.setAfterHoursExtensions("۰۱۴۹");
        assertEquals(ReferralContact.Field.AFTER_HOURS_EXTENSIONS, assertThrows(ReferralContact.Invalid.class,
                () -> referralContacts.save(form)).field());
        form.setAfterHoursPhones("021-88648421-39");
        form.setOfficePhones("تلفن");
        ReferralContact.Invalid phone = assertThrows(ReferralContact.Invalid.class, () -> referralContacts.save(form));
        assertEquals(ReferralContact.Field.OFFICE_PHONES, phone.field());
        assertEquals(ReferralContact.KEY_PHONE, phone.key());
        form.setOfficePhones("۰۲۱-۸۸۶۴۸۴۲۱-۳۹");
        long id = referralContacts.save(form);

        ReferralContact saved = directory.referralContact(insurer).orElseThrow();
        assertEquals("021-88648421-39", saved.getOfficePhones());
        assertEquals("0271، 0200، 0680", saved.getOfficeExtensions());
        assertEquals("0149", saved.getAfterHoursExtensions());
        assertTrue(referralContacts.insurersWithoutLines().stream().noneMatch(i -> i.getId() == insurer));
        form.setInsurerId(insurer);
        assertEquals(ReferralContacts.KEY_INSURER_TAKEN,
                assertThrows(ReferralContact.Invalid.class, () -> referralContacts.save(form)).key());

        ReferralContactForm first = referralContacts.load(id);
        ReferralContactForm second = referralContacts.load(id);
        first.setOfficeHours("۸ تا ۱۶");
        first.setOfficeExtensions("abc");
        assertEquals(ReferralContact.Field.OFFICE_EXTENSIONS, assertThrows(ReferralContact.Invalid.class,
                () -> referralContacts.save(first)).field());
        first.setOfficeExtensions("");
        referralContacts.save(first);
        assertEquals("8 تا 16", directory.referralContact(insurer).orElseThrow().getOfficeHours());
        assertEquals(null, directory.referralContact(insurer).orElseThrow().getOfficeExtensions());
        assertEquals(ReferralContacts.KEY_CONFLICT,
                assertThrows(ReferralContact.Invalid.class, () -> referralContacts.save(second)).key());
        assertEquals(ReferralContacts.KEY_CONFLICT, assertThrows(ReferralContact.Invalid.class,
                () -> referralContacts.delete(id, second.getVersion())).key());

        referralContacts.delete(id, referralContacts.load(id).getVersion());
        assertTrue(directory.referralContact(insurer).isEmpty());
    }

    @Test
    void adminCreatesAndEditsACentreAndAStaleEditIsRefused() throws Exception {
        long insurer = data.insurer("بیمه " + tag);
        runAs(asAdmin, () -> adminCreatesAndEditsACentreAndAStaleEditIsRefusedAsAdmin(insurer));
    }

    private void adminCreatesAndEditsACentreAndAStaleEditIsRefusedAsAdmin(long insurer) throws Exception {
        CenterForm form = new CenterForm();
        form.setCode(TestData.unique("A"));
        form.setName("كلينيك دندانپزشکی مهر " + tag);
        form.setType(CenterType.DENTISTRY);
        form.setContractType(ContractType.DIRECT);
        form.setCityId(SHIRAZ);
        form.setLatitude(new java.math.BigDecimal("29.6"));
        form.setLongitude(new java.math.BigDecimal("52.5"));
        form.setOnlineReferrals(true);
        form.setInsurerIds(new java.util.ArrayList<>(List.of(insurer)));
        form.setServices("جرم‌گیری\n\nایمپلنت");
        form.setPhysicians("دکتر سارا کریمی؛ ارتودنسی؛ ۱۲۳۴۵");
        long id = admin.save(form);

        TreatmentCenter saved = directory.details(id).orElseThrow();
        assertEquals("کلینیک دندانپزشکی مهر " + tag, saved.getName());
        assertTrue(saved.isIssuesReferrals());
        assertEquals(2, saved.getServices().size());
        assertEquals("12345", saved.getPhysicians().get(0).getCouncilCode());
        assertEquals(1, directory.count(byName("مهر دندان " + tag)));

        CenterForm first = admin.load(id);
        CenterForm second = admin.load(id);
        first.setPhysicians("");
        first.setActive(false);
        admin.save(first);
        assertEquals(0, directory.count(byName(tag)));
        assertEquals(1, directory.count(new CenterFilter(tag, null, null, null, false, false, true)));
        ir.hami.platform.ValidationException stale = org.junit.jupiter.api.Assertions.assertThrows(
                ir.hami.platform.ValidationException.class, () -> admin.save(second));
        assertEquals(CenterAdmin.KEY_CONFLICT, stale.key());
    }

    @Test
    void adminInputIsChecked() throws Exception {
        runAs(asAdmin, this::adminInputIsCheckedAsAdmin);
    }

    private void adminInputIsCheckedAsAdmin() throws Exception {
        CenterForm form = new CenterForm();
        form.setCode(TestData.unique("B"));
        form.setName("مرکز " + tag);
        form.setType(CenterType.CLINIC);
        form.setCityId(SHIRAZ);
        form.setLatitude(new java.math.BigDecimal("91"));
        form.setLongitude(new java.math.BigDecimal("52"));
        assertEquals(CenterAdmin.KEY_LATITUDE, org.junit.jupiter.api.Assertions.assertThrows(
                ir.hami.platform.ValidationException.class, () -> admin.save(form)).key());
        form.setLatitude(null);
        assertEquals(CenterAdmin.KEY_LOCATION_HALF, org.junit.jupiter.api.Assertions.assertThrows(
                ir.hami.platform.ValidationException.class, () -> admin.save(form)).key());
        form.setLongitude(null);
        form.setProvinceId(1L);
        assertEquals(CenterAdmin.KEY_NO_CITY, org.junit.jupiter.api.Assertions.assertThrows(
                ir.hami.platform.ValidationException.class, () -> admin.save(form)).key());
    }

    @Test
    void adminTextsLongerThanTheirColumnsAreRefusedWithTheFieldsNameAndNothingIsStored() throws Exception {
        runAs(asAdmin, this::adminTextsLongerThanTheirColumnsAreRefusedWithTheFieldsNameAndNothingIsStoredAsAdmin);
    }

    private void adminTextsLongerThanTheirColumnsAreRefusedWithTheFieldsNameAndNothingIsStoredAsAdmin() throws Exception {
        String code = TestData.unique("L");
        java.util.function.Supplier<CenterForm> valid = () -> {
            CenterForm f = new CenterForm();
            f.setCode(code);
            f.setName("مرکز بلند " + tag);
            f.setType(CenterType.CLINIC);
            f.setContractType(ContractType.DIRECT);
            f.setCityId(SHIRAZ);
            return f;
        };
        java.util.Map<String, java.util.function.Consumer<CenterForm>> tooLong = new java.util.LinkedHashMap<>();
        tooLong.put("centers.name", f -> f.setName("ن".repeat(201)));
        tooLong.put("centers.address", f -> f.setAddress("آ".repeat(501)));
        tooLong.put("centers.phone", f -> f.setPhone("۰".repeat(41)));
        tooLong.put("centers.fax", f -> f.setFax("1".repeat(41)));
        tooLong.put("centers.website", f -> f.setWebsite("https://" + "w".repeat(193)));
        tooLong.forEach((label, change) -> {
            CenterForm f = valid.get();
            change.accept(f);
            ir.hami.platform.ValidationException e = assertThrows(ir.hami.platform.ValidationException.class,
                    () -> admin.save(f), label);
            assertEquals(ir.hami.platform.text.TextLimit.TOO_LONG, e.key(), label);
            assertEquals(new ir.hami.platform.text.TextLimit.Label(label), e.args()[0]);
        });
        CenterForm service = valid.get();
        service.setServices("بستری\n" + "خ".repeat(201));
        assertEquals(CenterAdmin.KEY_SERVICE_LONG, assertThrows(ir.hami.platform.ValidationException.class,
                () -> admin.save(service)).key());
        CenterForm physician = valid.get();
        physician.setPhysicians("دکتر نوری؛ داخلی؛ " + "1".repeat(21));
        assertEquals(CenterAdmin.KEY_PHYSICIAN_LONG, assertThrows(ir.hami.platform.ValidationException.class,
                () -> admin.save(physician)).key());
        assertEquals(0L, ((Number) data.queryValue("select count(*) from treatment_center where code = ?", code))
                .longValue());

        // exactly at the limits (Persian digits count as one each) is stored
        CenterForm full = valid.get();
        full.setAddress("آ".repeat(500));
        full.setPhone("۰".repeat(40));
        full.setServices("خ".repeat(200));
        long id = admin.save(full);
        TreatmentCenter saved = directory.details(id).orElseThrow();
        assertEquals(500, saved.getAddress().length());
        assertEquals("0".repeat(40), saved.getPhone());
    }

    @Test
    void exportWritesOneRowPerCentreWithJoinedLists() throws Exception {
        long id = data.center("بیمارستان صادرات " + tag, SHIRAZ).service("بستری").service("اورژانس")
                .physician("دکتر علی نوری", "داخلی", "555").create();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        export.export(out);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals(NetworkWorkbook.TITLES.get(0), sheet.getRow(0).getCell(0).getStringCellValue());
            long rows = data.queryValue("select count(*) from treatment_center") instanceof Number n ? n.longValue() : -1;
            assertEquals(rows, sheet.getLastRowNum());
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("بیمارستان صادرات " + tag)) {
                    found = true;
                    assertEquals("بستری؛ اورژانس", row.getCell(16).getStringCellValue());
                    assertEquals("دکتر علی نوری | داخلی | 555", row.getCell(17).getStringCellValue());
                    assertEquals("بیمارستان خصوصی", row.getCell(2).getStringCellValue());
                }
            }
            assertTrue(found, "row of centre " + id);
        }
    }

    @Test
    void importAcceptsGoodRowsAndReportsTheRejectedOnesAndABrokenFileChangesNothing() throws Exception {
        long insurer = data.insurer("بیمه " + tag);
        runAs(asAdmin, () -> importAcceptsGoodRowsAndReportsTheRejectedOnesAndABrokenFileChangesNothingAsAdmin(insurer));
    }

    private void importAcceptsGoodRowsAndReportsTheRejectedOnesAndABrokenFileChangesNothingAsAdmin(long insurer) throws Exception {
        String insurerCode = (String) data.queryValue("select code from insurer where id = ?", insurer);
        String code = TestData.unique("IM");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("network", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int i = 0; i < NetworkWorkbook.TITLES.size(); i++) {
                header.createCell(i).setCellValue(NetworkWorkbook.TITLES.get(i));
            }
            String[][] rows = {
                {code, "داروخانه دکتر یزدانی " + tag, "داروخانه", "قرارداد مستقیم", "فارس", "جهرم", "خیابان آزادی",
                    "071-54000000", "", "", "28.5", "53.56", "بله", "بله", "بله", insurerCode,
                    "نسخه‌پیچی؛ داروهای خاص", "دکتر مینا شریفی | داروسازی | 98765"},
                {TestData.unique("IM"), "بد " + tag, "داروخانه", "", "فارس", "تبریز", "", "", "", "", "95", "53",
                    "شاید", "", "", "NOPE", "", ""},
                {code, "تکراری " + tag, "داروخانه", "", "فارس", "جهرم", "", "", "", "", "", "", "", "", "", "", "", ""},
                {TestData.unique("IM"), "بلند " + tag, "داروخانه", "", "فارس", "جهرم", "", "1".repeat(41), "", "", "",
                    "", "", "", "", "", "", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        CenterImport.Result result = importer.importFile(file);
        assertEquals(1, result.accepted());
        assertEquals(3, result.rejected());
        try (var report = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(result.report()))) {
            var sheet = report.getSheetAt(0);
            int reasons = NetworkWorkbook.TITLES.size() + 1;
            String bad = sheet.getRow(1).getCell(reasons).getStringCellValue();
            assertTrue(bad.contains("تبریز") && bad.contains("NOPE") && bad.contains("شاید"), bad);
            assertTrue(sheet.getRow(2).getCell(reasons).getStringCellValue().contains(code));
            assertEquals("«تلفن» حداکثر ۴۰ نویسه می‌تواند باشد.",
                    sheet.getRow(3).getCell(reasons).getStringCellValue());
        }
        TreatmentCenter imported = directory.search(byName("یزدانی " + tag), 0, 1).get(0);
        TreatmentCenter details = directory.details(imported.getId()).orElseThrow();
        assertTrue(details.isOnlineReferrals());
        assertEquals(2, details.getServices().size());
        assertEquals("98765", details.getPhysicians().get(0).getCouncilCode());
        assertEquals(1, details.getInsurers().size());

        long before = ((Number) data.queryValue("select count(*) from treatment_center")).longValue();
        java.nio.file.Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThrows(ir.hami.platform.ValidationException.class, () -> importer.importFile(file));
        assertEquals(before, ((Number) data.queryValue("select count(*) from treatment_center")).longValue());
        java.nio.file.Files.deleteIfExists(file);
    }
}
