package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.files.StoredFile;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.RunAsRole;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster import on the real database, inside the portal: rows stored and updated, rejected rows reported,
 * broken files refused without a trace. Every test makes its own contract and people.
 */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClasses(RosterFiles.class);
    }

    @Inject
    RosterImporter importer;

    /** Rosters are imported by administrators only (the importer checks the role). */
    @Inject
    RunAsAdmin admin;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    TestData data;
    long contract;
    LocalDate contractStart;
    LocalDate contractEnd;

    @BeforeEach
    void contract() {
        data = TestData.on(dataSource);
        contractStart = LocalDate.now().minusMonths(2).withDayOfMonth(1);
        contractEnd = contractStart.plusYears(1).minusDays(1);
        contract = data.contract(data.insurer("بیمه البرز"), data.policyholder("شرکت آزمون"))
                .period(contractStart, contractEnd).create();
    }

    static String newId() {
        return TestData.newNationalId();
    }

    /** Calls the importer as an administrator. */
    private <T> T asAdmin(java.util.concurrent.Callable<T> call) {
        try {
            return RunAsRole.callAs(admin, call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    RosterImportResult importFile(byte[] xlsx) {
        return asAdmin(() -> importer.importRoster(contract, "فهرست.xlsx", new ByteArrayInputStream(xlsx), "admin"));
    }

    Coverage coverage(String nationalId) {
        List<Coverage> found = em.createQuery("select c from Coverage c where c.contract.id = :c "
                        + "and c.person.nationalId = :n", Coverage.class)
                .setParameter("c", contract).setParameter("n", nationalId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    long count(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    @Test
    void theSameUploadFormSentTwiceImportsOnceAndAnswersWithTheFirstImport() {
        String main = newId();
        byte[] file = RosterFiles.xlsx(List.of(RosterFiles.row(main, "D-1", "رضا", "دوبار", "مرد", "اصلی", main)));
        ir.hami.platform.web.FormKey form = ir.hami.platform.web.FormKey.random();
        long importsBefore = count("select count(*) from roster_import where contract_id = ?", contract);

        RosterImportResult first = asAdmin(() -> importer.importRoster(form, contract, "دوبار.xlsx",
                new ByteArrayInputStream(file), "admin"));
        RosterImportResult again = asAdmin(() -> importer.importRoster(form, contract, "دوبار.xlsx",
                new ByteArrayInputStream(file), "admin"));

        assertFalse(first.isFailed(), first::toString);
        assertEquals(1, first.insertedRows());
        assertEquals(first.importId(), again.importId());
        assertEquals(first.insertedRows(), again.insertedRows(), "the second answer is the first import's");
        assertEquals(importsBefore + 1, count("select count(*) from roster_import where contract_id = ?", contract));
        // another form (another upload) is another import: the row is now updated, not inserted
        RosterImportResult next = asAdmin(() -> importer.importRoster(ir.hami.platform.web.FormKey.random(),
                contract, "دوبار.xlsx", new ByteArrayInputStream(file), "admin"));
        assertEquals(1, next.updatedRows() + next.insertedRows());
        assertEquals(importsBefore + 2, count("select count(*) from roster_import where contract_id = ?", contract));
    }

    @Test
    void aGoodFileInsertsPeopleAndTheirCoverage() {
        String main = newId();
        String spouse = newId();
        String child = newId();
        String start = ir.hami.platform.time.Jalali.format(contractStart.plusMonths(1));
        byte[] file = RosterFiles.xlsx(List.of(
                RosterFiles.row(main, "A-1", "علی", "رضایی", "مرد", "اصلی", main)
                        .with(RosterColumn.MOBILE, "۰۹۱۲۱۲۳۴۵۶۷").with(RosterColumn.IBAN, "IR062960000000100324200001")
                        .with(RosterColumn.BIRTH_DATE, "1360/01/15").with(RosterColumn.FATHER_NAME, "حسن"),
                RosterFiles.row(spouse, "A-2", "زهرا", "رضايي", "زن", "همسر", main)
                        .with(RosterColumn.BIRTH_DATE, LocalDate.of(1985, 3, 1)),
                RosterFiles.row(child, "A-3", "سارا", "رضایی", "زن", "فرزند", main)
                        .with(RosterColumn.COVERAGE_START, start)));

        RosterImportResult result = importFile(file);

        assertFalse(result.isFailed(), result::toString);
        assertEquals(3, result.totalRows());
        assertEquals(3, result.insertedRows());
        assertEquals(0, result.updatedRows());
        assertEquals(0, result.rejectedRows());
        assertNull(result.reportFileId());

        Coverage mainCoverage = coverage(main);
        assertEquals(Relation.SELF, mainCoverage.getRelation());
        assertEquals("A-1", mainCoverage.getMemberCode());
        assertEquals(contractStart, mainCoverage.getStartDate());
        assertEquals(contractEnd, mainCoverage.getEndDate());
        Person person = mainCoverage.getPerson();
        assertEquals("09121234567", person.getMobile());
        assertEquals("IR062960000000100324200001", person.getIban());
        assertEquals(LocalDate.of(1981, 4, 4), person.getBirthDate());
        assertEquals("حسن", person.getFatherName());

        Coverage spouseCoverage = coverage(spouse);
        assertEquals(Relation.SPOUSE, spouseCoverage.getRelation());
        assertEquals(main, spouseCoverage.getMainPerson().getNationalId());
        assertEquals("رضایی", spouseCoverage.getPerson().getLastName(), "Arabic yeh is stored as Persian yeh");
        assertEquals(LocalDate.of(1985, 3, 1), spouseCoverage.getPerson().getBirthDate());
        assertEquals(contractStart.plusMonths(1), coverage(child).getStartDate());

        RosterImport record = em.find(RosterImport.class, result.importId());
        assertEquals(RosterImport.Status.DONE, record.getStatus());
        assertEquals(3, record.getInsertedRows());
        assertEquals("فهرست.xlsx", record.getFileName());
        assertEquals("admin", record.getUploadedBy());
        assertNotNull(record.getFinishedAt());
        assertEquals(1, asAdmin(() -> importer.countImports(contract)));
        assertEquals(record.getId(), asAdmin(() -> importer.imports(contract, 0, 10)).get(0).getId());
    }

    @Test
    void aSecondImportUpdatesInsteadOfDuplicating() {
        TestData.Family known = data.family(contract).create();
        long otherContract = data.contract(data.insurer("بیمه دیگر"), data.policyholder("شرکت دیگر")).create();
        TestData.Family elsewhere = data.family(otherContract).create();
        String main = known.main().nationalId();
        String newcomer = elsewhere.main().nationalId();
        byte[] first = RosterFiles.xlsx(List.of(
                RosterFiles.row(main, known.main().memberCode(), "علی", "تازه‌نام", "مرد", "اصلی", null),
                RosterFiles.row(newcomer, "B-9", "رضا", "کریمی", "مرد", "اصلی", null)));

        RosterImportResult once = importFile(first);
        assertEquals(1, once.updatedRows(), once::toString);
        assertEquals(1, once.insertedRows(), "a person covered elsewhere gets a coverage here, and stays one person");
        assertEquals(1, count("select count(*) from person where national_id = ?", newcomer));

        String end = ir.hami.platform.time.Jalali.format(contractEnd.minusMonths(1));
        byte[] second = RosterFiles.xlsx(List.of(
                RosterFiles.row(main, "NEW-1", "علی", "نام‌سوم", "مرد", "اصلی", null)
                        .with(RosterColumn.COVERAGE_END, end),
                RosterFiles.row(newcomer, "B-9", "رضا", "کریمی", "مرد", "اصلی", null)));
        RosterImportResult twice = importFile(second);

        assertEquals(0, twice.insertedRows(), twice::toString);
        assertEquals(2, twice.updatedRows());
        assertEquals(1, count("select count(*) from coverage where contract_id = ? and person_id = ?", contract,
                known.main().personId()));
        assertEquals(1, count("select count(*) from person where national_id = ?", main));
        Coverage updated = coverage(main);
        assertEquals("NEW-1", updated.getMemberCode());
        assertEquals(contractEnd.minusMonths(1), updated.getEndDate());
        assertEquals("نام‌سوم", updated.getPerson().getLastName());
        assertEquals(known.main().mobile(), updated.getPerson().getMobile(), "an empty mobile cell keeps the mobile");
        assertEquals(2, asAdmin(() -> importer.countImports(contract)));
    }

    @Test
    void badRowsAreRejectedWithTheirReasonsInTheReport() throws IOException {
        TestData.Family known = data.family(contract).create();
        String good = newId();
        String goodChild = newId();
        String wrongDigit = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
        String badRelation = newId();
        String orphan = newId();
        String nobody = newId();
        String twice = newId();
        String codeThief = newId();
        String late = newId();
        String many = newId();
        String rejectedMain = newId();
        String childOfRejected = newId();
        String beforeStart = ir.hami.platform.time.Jalali.format(contractStart.minusDays(1));
        List<RosterFiles.Rows> rows = List.of(
                RosterFiles.row(good, "C-1", "علی", "رضایی", "مرد", "اصلی", null),                     // 2
                RosterFiles.row(wrongDigit, "C-2", "رضا", "رضایی", "مرد", "اصلی", null),              // 3
                RosterFiles.row(badRelation, "C-3", "مینا", "رضایی", "زن", "عمه", good),               // 4
                RosterFiles.row(orphan, "C-4", "سارا", "رضایی", "زن", "فرزند", nobody),                // 5
                RosterFiles.row(twice, "C-5", "حمید", "احمدی", "مرد", "اصلی", null),                  // 6
                RosterFiles.row(twice, "C-6", "حمید", "احمدی", "مرد", "اصلی", null),                  // 7
                RosterFiles.row(codeThief, known.main().memberCode(), "امیر", "کریمی", "مرد", "اصلی", null), // 8
                RosterFiles.row(late, "C-8", "لیلا", "موسوی", "زن", "اصلی", null)
                        .with(RosterColumn.COVERAGE_START, beforeStart),                                  // 9
                RosterFiles.row(many, "C-9", "", "موسوی", "نامعلوم", "اصلی", null)
                        .with(RosterColumn.MOBILE, "12345"),                                              // 10
                RosterFiles.row(rejectedMain, "C-10", "مهدی", "صادقی", "مرد", "اصلی", null)
                        .with(RosterColumn.IBAN, "IR000000000000000000000000"),                           // 11
                RosterFiles.row(childOfRejected, "C-11", "نرگس", "صادقی", "زن", "فرزند", rejectedMain), // 12
                RosterFiles.row(goodChild, "C-12", "الهام", "رضایی", "زن", "فرزند", good));            // 13
        String contractPeriodStart = ir.hami.platform.time.Jalali.format(contractStart);
        String contractPeriodEnd = ir.hami.platform.time.Jalali.format(contractEnd);
        Map<Integer, List<RosterProblem>> expected = new LinkedHashMap<>();
        expected.put(3, List.of(new RosterProblem(RosterReason.NATIONAL_ID_CHECK_DIGIT)));
        expected.put(4, List.of(new RosterProblem(RosterReason.RELATION_UNKNOWN)));
        expected.put(5, List.of(new RosterProblem(RosterReason.MAIN_NOT_FOUND, nobody)));
        expected.put(6, List.of(new RosterProblem(RosterReason.DUPLICATE_NATIONAL_ID, "7")));
        expected.put(7, List.of(new RosterProblem(RosterReason.DUPLICATE_NATIONAL_ID, "6")));
        expected.put(8, List.of(new RosterProblem(RosterReason.MEMBER_CODE_TAKEN, known.main().nationalId())));
        expected.put(9, List.of(new RosterProblem(RosterReason.COVERAGE_OUTSIDE_CONTRACT, contractPeriodStart,
                contractPeriodEnd)));
        expected.put(10, List.of(new RosterProblem(RosterReason.REQUIRED, "نام"),
                new RosterProblem(RosterReason.GENDER_UNKNOWN), new RosterProblem(RosterReason.MOBILE_INVALID)));
        expected.put(11, List.of(new RosterProblem(RosterReason.IBAN_INVALID)));
        expected.put(12, List.of(new RosterProblem(RosterReason.MAIN_REJECTED, rejectedMain)));

        RosterImportResult result = importFile(RosterFiles.xlsx(rows));

        assertFalse(result.isFailed(), result::toString);
        assertEquals(12, result.totalRows());
        assertEquals(2, result.insertedRows());
        assertEquals(expected.size(), result.rejectedRows());
        assertNotNull(coverage(good));
        assertNotNull(coverage(goodChild));
        for (String refused : List.of(wrongDigit, badRelation, orphan, twice, codeThief, late, many, rejectedMain,
                childOfRejected)) {
            assertEquals(0, count("select count(*) from person where national_id = ?", refused), refused);
        }

        StoredFile stored = asAdmin(() -> importer.report(result.importId()));
        assertEquals(result.reportFileId(), stored.getId());
        assertEquals(ir.hami.platform.files.FileStore.sha256(stored.getData()), stored.getSha256());
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(stored.getData()))) {
            Sheet sheet = report.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(0);
            int width = RosterColumn.values().length;
            assertEquals("کد ملی", header.getCell(0).getStringCellValue());
            assertEquals("ردیف در فایل", header.getCell(width).getStringCellValue());
            assertEquals("علت رد", header.getCell(width + 1).getStringCellValue());
            assertEquals(expected.size(), sheet.getLastRowNum());
            int r = 1;
            for (Map.Entry<Integer, List<RosterProblem>> row : expected.entrySet()) {
                Row cells = sheet.getRow(r++);
                assertEquals(String.valueOf(row.getKey()), format.formatCellValue(cells.getCell(width)),
                        "rejected rows come in file order");
                String original = rows.get(row.getKey() - 2).get(RosterColumn.NATIONAL_ID).toString();
                assertEquals(original, cells.getCell(0).getStringCellValue(), "the original cells come back");
                assertEquals(RosterReport.reasons(row.getValue()), cells.getCell(width + 1).getStringCellValue(),
                        "reasons of line " + row.getKey());
            }
        }
    }

    @Test
    void aDependentListedBeforeTheMainMemberIsStoredUnderIt() {
        String main = newId();
        String child = newId();
        String spouse = newId();
        byte[] file = RosterFiles.xlsx(List.of(
                RosterFiles.row(child, "D-2", "محمد", "جعفری", "مرد", "فرزند", main),
                RosterFiles.row(spouse, "D-3", "مریم", "جعفری", "زن", "همسر", main),
                RosterFiles.row(main, "D-1", "سعید", "جعفری", "مرد", "اصلی", main)));

        RosterImportResult result = importFile(file);

        assertEquals(3, result.insertedRows(), result::toString);
        assertEquals(0, result.rejectedRows());
        Coverage childCoverage = coverage(child);
        assertEquals(main, childCoverage.getMainPerson().getNationalId());
        assertEquals(Relation.CHILD, childCoverage.getRelation());
        assertEquals(coverage(main).getPerson().getId(), coverage(spouse).getMainPerson().getId());
    }

    @Test
    void aDependentOfAMainMemberAlreadyCoveredIsAccepted() {
        TestData.Family known = data.family(contract).create();
        String child = newId();
        RosterImportResult result = importFile(RosterFiles.xlsx(List.of(
                RosterFiles.row(child, "E-1", "رضا", "تست‌زاده", "مرد", "فرزند", known.main().nationalId()))));
        assertEquals(1, result.insertedRows(), result::toString);
        assertEquals(known.main().personId(), coverage(child).getMainPerson().getId());
    }

    @Test
    void brokenOrForeignFilesChangeNothingAndSayWhy() throws IOException {
        // random bytes, a Word file, a text file, a cut-off workbook, a password-protected one, and files
        // that are workbooks but not rosters
        String nationalId = newId();
        byte[] good = RosterFiles.xlsx(List.of(RosterFiles.row(nationalId, "F-1", "علی", "رضایی", "مرد", "اصلی",
                null)));
        byte[] noise = new byte[20_000];
        new Random(11).nextBytes(noise);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("کد ملی " + nationalId);
            document.write(docx);
        }
        byte[] text = ("کد ملی,کد بیمه شده,نام,نام خانوادگی,جنسیت,نسبت\n" + nationalId + ",F-1,علی,رضایی,مرد,اصلی\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] noHeader = RosterFiles.xlsx(List.of(RosterColumn.NATIONAL_ID, RosterColumn.FIRST_NAME),
                List.of(RosterFiles.row(nationalId, "F-1", "علی", "رضایی", "مرد", "اصلی", null)));
        byte[] headerOnly = RosterFiles.xlsx(List.of());
        byte[] cutOff = java.util.Arrays.copyOf(good, good.length - 200);
        POIFSFileSystem container = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("رمز");
        try (OutputStream out = encryptor.getDataStream(container)) {
            out.write(good);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        container.writeFilesystem(encrypted);
        container.close();

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RosterSheet.KEY_NOT_EXCEL, noise);
        files.put(RosterSheet.KEY_UNREADABLE, docx.toByteArray());
        files.put(RosterSheet.KEY_NOT_EXCEL + " (text)", text);
        files.put(RosterHeader.KEY_MISSING_COLUMNS, noHeader);
        files.put(RosterImporter.KEY_NO_ROWS, headerOnly);
        files.put(RosterSheet.KEY_UNREADABLE + " (cut off)", cutOff);
        files.put(RosterSheet.KEY_EMPTY, new byte[0]);
        files.put(RosterSheet.KEY_OLD_OR_ENCRYPTED, encrypted.toByteArray());

        long persons = count("select count(*) from person");
        long coverages = count("select count(*) from coverage");
        long files0 = count("select count(*) from stored_file");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            RosterImportResult result = importFile(file.getValue());
            assertTrue(result.isRefused(), file.getKey() + ": " + result);
            assertEquals(file.getKey().split(" ")[0], result.errorKey());
            assertNull(result.importId());
        }
        assertEquals(persons, count("select count(*) from person"));
        assertEquals(coverages, count("select count(*) from coverage"));
        assertEquals(files0, count("select count(*) from stored_file"));
        assertEquals(0, asAdmin(() -> importer.countImports(contract)), "a refused file leaves no import record");
        assertEquals("کد بیمه شده، نام خانوادگی، جنسیت، نسبت", importFile(noHeader).errorArgument());

        RosterImportResult accepted = importFile(good);
        assertEquals(1, accepted.insertedRows(), "the same content as a real workbook is accepted");
    }

    @Test
    void anUnknownContractIsRefused() {
        RosterImportResult result = asAdmin(() -> importer.importRoster(-1, "x.xlsx",
                new ByteArrayInputStream(RosterTemplate.bytes()), "admin"));
        assertEquals(RosterImporter.KEY_NO_CONTRACT, result.errorKey());
    }

    /**
     * Not a test but a measurement: imports a generated roster of 100,000 rows (families; every row valid) and
     * prints the time and the heap. Run with -Dbench=true given to both failsafe and the portal (see the report).
     */
    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void benchmark100000Rows() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path file = Files.createTempFile(RosterFiles.tempDir(), "bench-roster", ".xlsx");
        try {
            long generateStart = System.nanoTime();
            RosterFiles.generate(file, rows, (int) (System.currentTimeMillis() % 1000));
            System.out.printf("BENCH generated %,d rows, %,d bytes in %.1f s%n", rows, Files.size(file),
                    (System.nanoTime() - generateStart) / 1e9);

            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            List<MemoryPoolMXBean> heapPools = new ArrayList<>();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                    heapPools.add(pool);
                }
            }
            AtomicLong sampledPeak = new AtomicLong(before);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            // the heap in use right after each collection: the most the import keeps alive (plus floating garbage)
            AtomicLong afterGcPeak = new AtomicLong();
            AtomicLong collections = new AtomicLong();
            NotificationListener gcListener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo();
                    long used = 0;
                    for (MemoryPoolMXBean pool : heapPools) {
                        MemoryUsage usage = info.getMemoryUsageAfterGc().get(pool.getName());
                        used += usage == null ? 0 : usage.getUsed();
                    }
                    afterGcPeak.accumulateAndGet(used, Math::max);
                    collections.incrementAndGet();
                }
            };
            List<NotificationEmitter> emitters = new ArrayList<>();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(gcListener, null, null);
                    emitters.add(emitter);
                }
            }

            long start = System.nanoTime();
            RosterImportResult result;
            try (InputStream in = Files.newInputStream(file)) {
                result = asAdmin(() -> importer.importRoster(contract, "bench.xlsx", in, "bench"));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            sampler.join();
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(gcListener);
            }
            long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();

            System.out.printf("BENCH %s%n", result);
            System.out.printf("BENCH import of %,d rows: %.1f s (%.0f rows/s)%n", rows, seconds, rows / seconds);
            System.out.printf("BENCH heap max %d MiB; used before %d MiB, sampled peak %d MiB (+%d), "
                            + "sum of pool peaks %d MiB, highest after a collection %d MiB (+%d, %d collections), "
                            + "after GC %d MiB%n",
                    memory.getHeapMemoryUsage().getMax() >> 20, before >> 20, sampledPeak.get() >> 20,
                    (sampledPeak.get() - before) >> 20, poolPeaks >> 20, afterGcPeak.get() >> 20,
                    (afterGcPeak.get() - before) >> 20, collections.get(), after >> 20);

            assertFalse(result.isFailed(), result::toString);
            assertEquals(rows, result.insertedRows());
            assertEquals(rows, count("select count(*) from coverage where contract_id = ?", contract));

            long again = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                result = asAdmin(() -> importer.importRoster(contract, "bench.xlsx", in, "bench"));
            }
            System.out.printf("BENCH re-import (all updates) of %,d rows: %.1f s%n", rows,
                    (System.nanoTime() - again) / 1e9);
            assertEquals(rows, result.updatedRows(), result::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
