package ir.hami.claims;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import ir.hami.platform.excel.RejectedRowsReport;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.RunAsAssessor;
import ir.hami.testing.RunAsMember;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tariff an administrator keeps, on the real service and database: add, edit with the version seen,
 * deactivate (the assessment no longer finds the code), search, the .xlsx import of a large file with its report of
 * rejected rows, and the roles that are refused.
 */
@ExtendWith(ArquillianExtension.class)
class TariffAdminIT {

    /** Service types of V15: 1 visit, 2 drug. */
    private static final long VISIT = 1, DRUG = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TariffAdmin admin;

    @Inject
    AssessmentDesk desk;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    RunAsAssessor asAssessor;

    @Inject
    RunAsMember asMember;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private static String code(String prefix) {
        return (prefix + TestData.unique("")).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "");
    }

    private <T> T asAdmin(Callable<T> work) throws Exception {
        return callAs(asAdmin, work);
    }

    private static String refusal(Callable<?> work) {
        Throwable t = assertThrows(Throwable.class, work::call);
        assertInstanceOf(ValidationException.class, t, String.valueOf(t));
        return ((ValidationException) t).key();
    }

    private long number(String sql, Object... args) {
        Object v = TestData.on(dataSource).queryValue(sql, args);
        return v == null ? 0 : ((Number) v).longValue();
    }

    @Test
    void anAdministratorAddsEditsAndDeactivatesARowWithTheVersionSeen() throws Exception {
        String code = code("T-");
        Tariff t = asAdmin(() -> admin.save(new TariffAdmin.Entry(null, 0, " " + code.toLowerCase(Locale.ROOT) + " ",
                "  ويزيت   پزشک ", ItemKind.VISIT, VISIT, "۲٬۵۰۰٬۰۰۰", true)));
        assertEquals(code, t.getCode(), "codes are kept in capitals");
        assertEquals("ویزیت پزشک", t.getTitle(), "letters and spaces normalised");
        assertEquals(2_500_000, t.getUnitPrice(), "Persian digits and separators read");
        assertTrue(callAs(asAssessor, () -> desk.tariffs(List.of(code))).containsKey(code));

        // the same code again is refused
        assertEquals(TariffAdmin.KEY_CODE_TAKEN, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(null, 0,
                code, "دیگر", ItemKind.VISIT, VISIT, "1000", true)))));

        TariffAdmin.Entry seen = asAdmin(() -> admin.load(t.getId()));
        Tariff edited = asAdmin(() -> admin.save(new TariffAdmin.Entry(seen.id(), seen.version(), "IGNORED",
                "ویزیت متخصص", ItemKind.VISIT, VISIT, "3000000", true)));
        assertEquals(code, edited.getCode(), "a code is fixed once created");
        assertEquals(3_000_000, number("select unit_price from claim_tariff where code = ?", code));

        // a second administrator with the old version is told it changed, and nothing of theirs is kept
        assertEquals(TariffAdmin.KEY_CONFLICT, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(seen.id(),
                seen.version(), null, "قدیمی", ItemKind.VISIT, VISIT, "1", true)))));
        assertEquals(TariffAdmin.KEY_CONFLICT, refusal(() -> asAdmin(() -> admin.setActive(seen.id(), seen.version(),
                false))));
        assertEquals(3_000_000, number("select unit_price from claim_tariff where code = ?", code));

        TariffAdmin.Entry now = asAdmin(() -> admin.load(t.getId()));
        Tariff off = asAdmin(() -> admin.setActive(now.id(), now.version(), false));
        assertFalse(off.isActive());
        assertFalse(callAs(asAssessor, () -> desk.tariffs(List.of(code))).containsKey(code),
                "an inactive row is not offered to the assessor");
        // still found by the administrator's search, by code and by title
        assertEquals(1, asAdmin(() -> admin.count(code.toLowerCase(Locale.ROOT))).longValue());
        assertTrue(asAdmin(() -> admin.page("متخصص", 0, 100)).stream().anyMatch(x -> x.getCode().equals(code)));
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
        long before = number("select count(*) from claim_tariff");
        assertEquals(TariffAdmin.KEY_CODE_INVALID, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(null,
                0, "کد فارسی", "عنوان", ItemKind.DRUG, DRUG, "1000", true)))));
        assertEquals(TariffAdmin.KEY_CODE_INVALID, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(null,
                0, "X".repeat(31), "عنوان", ItemKind.DRUG, DRUG, "1000", true)))));
        assertEquals(TariffAdmin.KEY_TITLE_TOO_LONG, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "ع".repeat(201), ItemKind.DRUG, DRUG, "1000", true)))));
        assertEquals(TariffAdmin.KEY_TITLE_REQUIRED, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "  ", ItemKind.DRUG, DRUG, "1000", true)))));
        assertEquals(TariffAdmin.KEY_PRICE_INVALID, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "عنوان", ItemKind.DRUG, DRUG, "12.5", true)))));
        assertEquals(TariffAdmin.KEY_PRICE_INVALID, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "عنوان", ItemKind.DRUG, DRUG, "0", true)))));
        assertEquals(TariffAdmin.KEY_TYPE_REQUIRED, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "عنوان", ItemKind.DRUG, 999_999L, "10", true)))));
        assertEquals(TariffAdmin.KEY_KIND_REQUIRED, refusal(() -> asAdmin(() -> admin.save(new TariffAdmin.Entry(
                null, 0, code("L"), "عنوان", null, DRUG, "10", true)))));
        assertEquals(before, number("select count(*) from claim_tariff"));
    }

    @Test
    void aLargeFileIsImportedGoodRowsUpsertedByCodeAndBadRowsReported() throws Exception {
        String prefix = code("B");
        // an existing row the file updates
        String existing = prefix + "-00000";
        asAdmin(() -> admin.save(new TariffAdmin.Entry(null, 0, existing, "قدیمی", ItemKind.DRUG, DRUG, "5", true)));
        Path file = Files.createTempFile("tariff-it-", ".xlsx");
        int good = 10_000;
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
                SXSSFSheet sheet = wb.createSheet("تعرفه");
                Row header = sheet.createRow(0);
                // the columns in another order than the template's: found by their titles
                List<String> titles = List.of("قیمت واحد (ریال)", "کد", "عنوان خدمت یا دارو", "نوع قلم",
                        "کد نوع خدمت");
                for (int i = 0; i < titles.size(); i++) {
                    header.createCell(i).setCellValue(titles.get(i));
                }
                int r = 1;
                for (int i = 0; i < good; i++) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(i % 2 == 0 ? Long.toString(1_000 + i) : "۱٬۰۰۰٬" + "۰۰۰");
                    row.createCell(1).setCellValue(String.format(Locale.ROOT, "%s-%05d", prefix, i));
                    row.createCell(2).setCellValue("دارو شماره " + i);
                    row.createCell(3).setCellValue(i % 3 == 0 ? "DRUG" : "دارو");
                    row.createCell(4).setCellValue(i % 5 == 0 ? "drug" : "DRUG");
                }
                // five bad rows, at file rows 10002..10006
                String[][] bad = {
                        {"-5", prefix + "-X1", "منفی", "دارو", "DRUG"},
                        {"1000", prefix + "-X2", "", "دارو", "DRUG"},
                        {"1000", prefix + "-X3", "نوع ناشناخته", "قرص", "DRUG"},
                        {"1000", prefix + "-X4", "نوع خدمت ناشناخته", "دارو", "NOPE"},
                        {"2000", prefix + "-00001", "تکراری در فایل", "دارو", "DRUG"},
                };
                for (String[] cells : bad) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < cells.length; i++) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
                wb.write(out);
                wb.dispose();
            }
            long started = System.nanoTime();
            TariffAdmin.ImportResult result = asAdmin(() -> admin.importFile(file));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(good, result.accepted());
            assertEquals(good - 1, result.created(), "one code existed");
            assertEquals(5, result.rejected());
            assertTrue(millis < 60_000, "10,000 rows in " + millis + " ms");
            assertEquals(good, number("select count(*) from claim_tariff where code like ?", prefix + "-%"));
            assertEquals(1_000, number("select unit_price from claim_tariff where code = ?", existing),
                    "the existing row updated");
            assertEquals(1_000_000, number("select unit_price from claim_tariff where code = ?", prefix + "-00001"));

            // the report: the file's own cells, then the row's number and the reasons in Persian
            Path report = Files.createTempFile("tariff-report-", ".xlsx");
            try {
                Files.write(report, result.report());
                ExcelSheet sheet = ExcelSheet.open(report);
                assertEquals(RejectedRowsReport.LINE_TITLE, sheet.titles().get(5));
                assertEquals(RejectedRowsReport.REASON_TITLE, sheet.titles().get(6));
                List<List<String>> rows = new ArrayList<>();
                sheet.forEachRow(Set.of(), r -> rows.add(r.cells()));
                assertEquals(5, rows.size());
                assertEquals(List.of("10002", "10003", "10004", "10005", "10006"),
                        rows.stream().map(c -> c.get(5)).toList());
                assertTrue(rows.get(0).get(6).contains("قیمت واحد"), rows.get(0).get(6));
                assertTrue(rows.get(1).get(6).contains("عنوان"), rows.get(1).get(6));
                assertTrue(rows.get(2).get(6).contains("نوع قلم «قرص»"), rows.get(2).get(6));
                assertTrue(rows.get(3).get(6).contains("NOPE"), rows.get(3).get(6));
                assertTrue(rows.get(4).get(6).contains("همین فایل"), rows.get(4).get(6));
            } finally {
                Files.deleteIfExists(report);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFileWithoutTheColumnsChangesNothing() throws Exception {
        Path file = Files.createTempFile("tariff-it-", ".xlsx");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
                SXSSFSheet sheet = wb.createSheet("x");
                sheet.createRow(0).createCell(0).setCellValue("کد");
                sheet.createRow(1).createCell(0).setCellValue(code("M"));
                wb.write(out);
                wb.dispose();
            }
            long before = number("select count(*) from claim_tariff");
            assertEquals(TariffAdmin.KEY_MISSING_COLUMNS, refusal(() -> asAdmin(() -> admin.importFile(file))));
            Files.write(file, "not a workbook".getBytes());
            assertEquals(ExcelSheet.KEY_NOT_EXCEL, refusal(() -> asAdmin(() -> admin.importFile(file))));
            assertEquals(before, number("select count(*) from claim_tariff"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void onlyAnAdministratorKeepsTheTariff() throws Exception {
        TariffAdmin.Entry entry = new TariffAdmin.Entry(null, 0, code("R"), "عنوان", ItemKind.DRUG, DRUG, "10", true);
        Throwable assessor = assertThrows(Exception.class, () -> callAs(asAssessor, () -> admin.save(entry)));
        assertInstanceOf(EJBAccessException.class, assessor, String.valueOf(assessor));
        Throwable member = assertThrows(Exception.class, () -> callAs(asMember, () -> admin.count(null)));
        assertInstanceOf(EJBAccessException.class, member, String.valueOf(member));
        assertNull(TestData.on(dataSource).queryValue("select id from claim_tariff where code = ?", entry.code()));
    }
}
