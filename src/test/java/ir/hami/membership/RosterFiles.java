package ir.hami.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Roster files made in code with POI, for the tests and the benchmark: a few hand-written rows, or a large
 * generated roster of families. Files are written like Excel writes them (shared strings table, date cells with a
 * date format).
 */
public final class RosterFiles {

    private RosterFiles() {
    }

    /**
     * The JVM's temporary folder, created if missing: the build points {@code java.io.tmpdir} at
     * {@code target/tmp}, which a plain {@code mvn test} does not create, and POI's streaming writer needs it.
     */
    public static Path tempDir() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid national ID from nine digits (the check digit is computed). */
    public static String nationalId(long nineDigits) {
        String nine = String.format("%09d", nineDigits);
        return nine + ir.hami.platform.id.NationalId.checkDigit(nine);
    }

    /** A row with the required cells; add or replace cells with {@link Rows#with}. */
    public static Rows row(String nationalId, String memberCode, String firstName, String lastName, String gender,
                           String relation, String mainNationalId) {
        Rows row = new Rows();
        row.with(RosterColumn.NATIONAL_ID, nationalId).with(RosterColumn.MEMBER_CODE, memberCode)
                .with(RosterColumn.FIRST_NAME, firstName).with(RosterColumn.LAST_NAME, lastName)
                .with(RosterColumn.GENDER, gender).with(RosterColumn.RELATION, relation)
                .with(RosterColumn.MAIN_NATIONAL_ID, mainNationalId);
        return row;
    }

    /** One row's cells by column: String, Number, or LocalDate (written as an Excel date cell). */
    public static final class Rows {
        private final Map<RosterColumn, Object> cells = new EnumMap<>(RosterColumn.class);

        public Rows with(RosterColumn column, Object value) {
            if (value == null) {
                cells.remove(column);
            } else {
                cells.put(column, value);
            }
            return this;
        }

        public Object get(RosterColumn column) {
            return cells.get(column);
        }

        /** As text, for the pure validator. */
        public RosterRow toRow(int line) {
            Map<RosterColumn, String> text = new EnumMap<>(RosterColumn.class);
            cells.forEach((column, value) -> text.put(column, String.valueOf(value)));
            return RosterRow.of(line, text);
        }
    }

    /** An .xlsx with every column in the template's order and these rows. */
    public static byte[] xlsx(List<Rows> rows) {
        List<RosterColumn> columns = List.of(RosterColumn.values());
        return xlsx(columns, rows);
    }

    /** An .xlsx whose header has only these columns, in this order. */
    public static byte[] xlsx(List<RosterColumn> columns, List<Rows> rows) {
        List<String> titles = new ArrayList<>();
        for (RosterColumn column : columns) {
            titles.add(column.title());
        }
        List<List<Object>> table = new ArrayList<>();
        for (Rows row : rows) {
            List<Object> cells = new ArrayList<>();
            for (RosterColumn column : columns) {
                cells.add(row.get(column));
            }
            table.add(cells);
        }
        return table(titles, table);
    }

    /** An .xlsx with any header titles and cells (String, Number, LocalDate or null). */
    public static byte[] table(List<String> titles, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, titles, rows.size(), i -> rows.get(i));
        return out.toByteArray();
    }

    private interface RowSource {
        List<Object> row(int index);
    }

    private static void write(OutputStream out, List<String> titles, int count, RowSource source) {
        tempDir();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
        try {
            Sheet sheet = workbook.createSheet("roster");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            for (int r = 0; r < count; r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = source.row(r);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(workbook);
        }
    }

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /**
     * Writes a workbook of text cells as a stream, with a shared strings table as Excel writes it, holding only the
     * distinct strings in memory: POI's streaming writer keeps its shared strings table as XML objects, which for a
     * large roster takes more heap than the portal has (the benchmark runs inside it, at -Xmx256m).
     */
    private static void writeLean(OutputStream out, List<String> titles, int count, RowSource source)
            throws IOException {
        Map<String, Integer> index = new java.util.HashMap<>();
        List<String> strings = new ArrayList<>();
        long[] uses = new long[1];
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(out,
                1 << 16));
        java.io.Writer text = new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8);
        java.util.function.BiConsumer<String, String> part = (name, xml) -> {
            try {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                text.write(XML_HEAD);
                text.write(xml);
                text.flush();
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        part.accept("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + xlsxType + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + xlsxType + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + xlsxType + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + xlsxType + "styles+xml\"/></Types>");
        part.accept("_rels/.rels", "<Relationships xmlns=\"" + REL_NS + "\"><Relationship Id=\"rId1\" Type=\""
                + DOC_REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part.accept("xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + DOC_REL + "\"><sheets>"
                + "<sheet name=\"roster\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part.accept("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + DOC_REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + DOC_REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + DOC_REL + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part.accept("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN_NS + "\"><fonts count=\"1\"><font><sz val=\"11\"/>"
                + "<name val=\"Calibri\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/>"
                + "</fill></fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                + "</cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
                + "xfId=\"0\"/></cellXfs></styleSheet>");

        zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
        text.write(XML_HEAD);
        text.write("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
        java.util.function.BiConsumer<Integer, List<?>> row = (r, cells) -> {
            try {
                text.write("<row r=\"" + r + "\">");
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    if (!(value instanceof String string)) {
                        throw new IllegalArgumentException("text cells only: " + value);
                    }
                    Integer at = index.get(string);
                    if (at == null) {
                        at = strings.size();
                        index.put(string, at);
                        strings.add(string);
                    }
                    uses[0]++;
                    text.write("<c r=\"" + (char) ('A' + i) + r + "\" t=\"s\"><v>" + at + "</v></c>");
                }
                text.write("</row>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        row.accept(1, titles);
        for (int r = 0; r < count; r++) {
            row.accept(r + 2, source.row(r));
        }
        text.write("</sheetData></worksheet>");
        text.flush();
        zip.closeEntry();

        zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
        text.write(XML_HEAD);
        text.write("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + uses[0] + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String string : strings) {
            text.write("<si><t>" + string.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    + "</t></si>");
        }
        text.write("</sst>");
        text.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static void close(SXSSFWorkbook workbook) {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] MALE = {"علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "حمید", "سعید"};
    private static final String[] FEMALE = {"زهرا", "فاطمه", "مریم", "سارا", "نرگس", "لیلا", "مینا", "الهام"};
    private static final String[] LAST = {"رضایی", "احمدی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "صادقی"};

    /**
     * A roster of {@code rows} rows in families (a main member, then up to three dependents), every row valid,
     * national IDs and member codes unique and derived from {@code seed} (so two generated files with the same seed
     * are the same people, and seeds that differ modulo 800 are different people).
     */
    public static void generate(Path file, int rows, int seed) {
        List<String> titles = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            titles.add(column.title());
        }
        if (rows > 1_000_000) {
            throw new IllegalArgumentException("at most a million rows");
        }
        Random random = new Random(seed);
        long base = 100_000_000L + Math.floorMod(seed, 800) * 1_000_000L;
        String[] currentMain = new String[1];
        int[] left = new int[1];
        try (OutputStream out = Files.newOutputStream(file)) {
            writeLean(out, titles, rows, i -> {
                String id = nationalId(base + i);
                if (!ir.hami.platform.id.NationalId.isValid(id)) {
                    id = nationalId(990_000_000L + i);   // 111111111x and the like: all digits equal
                }
                boolean main = left[0] == 0;
                String relation;
                boolean male;
                if (main) {
                    currentMain[0] = id;
                    left[0] = random.nextInt(4);
                    relation = "اصلی";
                    male = random.nextBoolean();
                } else {
                    left[0]--;
                    relation = left[0] == 2 ? "همسر" : "فرزند";
                    male = random.nextBoolean();
                }
                List<Object> cells = new ArrayList<>();
                for (RosterColumn column : RosterColumn.values()) {
                    cells.add(switch (column) {
                        case NATIONAL_ID -> id;
                        case MEMBER_CODE -> "G" + seed + "-" + i;
                        case FIRST_NAME -> (male ? MALE : FEMALE)[random.nextInt(8)];
                        case LAST_NAME -> LAST[random.nextInt(8)];
                        case FATHER_NAME -> MALE[random.nextInt(8)];
                        case GENDER -> male ? "مرد" : "زن";
                        case BIRTH_DATE -> String.format("%d/%02d/%02d", 1330 + random.nextInt(70),
                                1 + random.nextInt(12), 1 + random.nextInt(29));
                        case BIRTH_CERTIFICATE_NO -> String.valueOf(1 + random.nextInt(99999));
                        case RELATION -> relation;
                        case MAIN_NATIONAL_ID -> currentMain[0];
                        case MOBILE -> main ? String.format("0912%07d", random.nextInt(10_000_000)) : null;
                        case IBAN -> null;
                        case COVERAGE_START, COVERAGE_END -> null;
                    });
                }
                return cells;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
