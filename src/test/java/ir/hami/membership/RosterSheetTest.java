package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RosterSheetTest {

    final List<Path> files = new ArrayList<>();

    Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile(RosterFiles.tempDir(), "roster", ".xlsx");
        files.add(file);
        Files.write(file, content);
        return file;
    }

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    static List<RosterRow> rows(RosterSheet sheet) {
        List<RosterRow> rows = new ArrayList<>();
        sheet.forEachRow(rows::add);
        return rows;
    }

    @Test
    void columnsAreFoundByTitleInAnyOrderAndCellsAreText() throws IOException {
        String id = RosterFiles.nationalId(1_234_567L);
        List<String> titles = List.of("ردیف", "نسبت", "نام‌خانوادگی", "كد ملي", "نام", "کد بیمه شده", "جنسیت",
                "تاریخ تولد", "کد ملی بیمه شده اصلی");
        List<Object> cells = Arrays.asList(1, "اصلی", "رضایی", Long.parseLong(id), "علی", 1001, "مرد",
                LocalDate.of(1986, 7, 11), null);
        RosterSheet sheet = RosterSheet.open(file(RosterFiles.table(titles, List.of(cells))));

        assertEquals(titles, sheet.header().titles());
        assertEquals(3, sheet.header().indexOf(RosterColumn.NATIONAL_ID));
        assertEquals(-1, sheet.header().indexOf(RosterColumn.MOBILE));
        List<RosterRow> rows = rows(sheet);
        assertEquals(1, rows.size());
        RosterRow row = rows.get(0);
        assertEquals(2, row.line());
        assertEquals(id, row.raw(RosterColumn.NATIONAL_ID), "a numeric national ID gets its leading zeros back");
        assertEquals("1001", row.raw(RosterColumn.MEMBER_CODE));
        assertEquals("1365/04/20", row.raw(RosterColumn.BIRTH_DATE), "an Excel date cell is a Gregorian date");
        assertEquals("1", row.cells().get(0));
    }

    @Test
    void emptyRowsAreSkippedAndLinesAreTheSheetsRowNumbers() throws IOException {
        List<String> titles = List.of("کد ملی", "کد بیمه شده", "نام", "نام خانوادگی", "جنسیت", "نسبت");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("1", "a", "b", "c", "مرد", "اصلی"));
        rows.add(Arrays.asList(null, null, null, null, null, null));
        rows.add(Arrays.asList("2", "a", "b", "c", "زن", "اصلی"));
        List<RosterRow> read = rows(RosterSheet.open(file(RosterFiles.table(titles, rows))));
        assertEquals(List.of(2, 4), read.stream().map(RosterRow::line).toList());
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedNamingThem() throws IOException {
        List<String> titles = List.of("کد ملی", "نام", "نام خانوادگی", "جنسیت", "نسبت");
        ValidationException e = assertThrows(ValidationException.class,
                () -> RosterSheet.open(file(RosterFiles.table(titles, List.of()))));
        assertEquals(RosterHeader.KEY_MISSING_COLUMNS, e.key());
        assertEquals("کد بیمه شده", e.args()[0]);
    }

    @Test
    void randomBytesAreNotExcel() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertRefused(RosterSheet.KEY_NOT_EXCEL, noise);
    }

    @Test
    void aTextFileIsNotExcel() throws IOException {
        assertRefused(RosterSheet.KEY_NOT_EXCEL,
                "کد ملی,نام\n0012345679,علی\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(RosterSheet.KEY_EMPTY, new byte[0]);
    }

    @Test
    void aWordDocumentIsNoWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("کد ملی");
            document.write(out);
        }
        assertRefused(RosterSheet.KEY_UNREADABLE, out.toByteArray());
    }

    @Test
    void aCutOffWorkbookIsUnreadable() throws IOException {
        byte[] good = RosterFiles.xlsx(List.of(RosterFiles.row(RosterFiles.nationalId(1L), "1", "a", "b", "مرد",
                "اصلی", null)));
        assertRefused(RosterSheet.KEY_UNREADABLE, Arrays.copyOf(good, good.length / 2));
    }

    @Test
    void oldXlsAndPasswordProtectedWorkbooksAreSaidSo() throws Exception {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("کد ملی");
            workbook.write(xls);
        }
        assertRefused(RosterSheet.KEY_OLD_OR_ENCRYPTED, xls.toByteArray());

        byte[] plain = RosterTemplate.bytes();
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        assertRefused(RosterSheet.KEY_OLD_OR_ENCRYPTED, encrypted.toByteArray());
    }

    @Test
    void aSheetWithoutAnyRowHasNoHeader() throws IOException {
        assertRefused(RosterSheet.KEY_NO_HEADER, RosterFiles.table(List.of(), List.of()));
    }

    void assertRefused(String key, byte[] content) throws IOException {
        Path file = file(content);
        ValidationException e = assertThrows(ValidationException.class, () -> RosterSheet.open(file));
        assertEquals(key, e.key());
    }

    @Test
    void aGeneratedRosterReadsBackWithEveryRowValid() throws IOException {
        Path file = Files.createTempFile(RosterFiles.tempDir(), "generated", ".xlsx");
        files.add(file);
        RosterFiles.generate(file, 2_000, 7);
        RosterSheet sheet = RosterSheet.open(file);
        LocalDate today = LocalDate.now();
        RosterRowValidator validator = new RosterRowValidator(today.minusMonths(1), today.plusMonths(11), today);
        RosterScan scan = new RosterScan();
        List<RosterRow> rows = rows(sheet);
        for (RosterRow row : rows) {
            RosterRowValidator.Result result = validator.validate(row);
            assertEquals(List.of(), result.problems(), "line " + row.line());
            scan.add(result);
            assertEquals(List.of(), scan.fileProblems(result));
        }
        assertEquals(2_000, rows.size());
        assertEquals(2, rows.get(0).line());
    }
}
