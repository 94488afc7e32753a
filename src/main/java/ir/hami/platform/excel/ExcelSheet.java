package ir.hami.platform.excel;

import com.github.pjfanning.xlsx.StreamingReader;
import ir.hami.platform.ValidationException;
import ir.hami.platform.time.Jalali;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.tika.Tika;

/**
 * Reads the first sheet of an .xlsx as a stream (excel-streaming-reader: a hundred rows in memory at a time, never
 * the whole workbook); each {@link #forEachRow} is one pass over the file.
 *
 * <p>Before anything is read the file's content is checked, not its name: it must be an OOXML (zip) package;
 * an old .xls, a password-protected workbook, any other file, or a zip that is not a readable workbook is refused
 * with its own message key. The header is the first non-empty row. Cells become text: numbers without a trailing
 * ".0", Excel date cells (Gregorian dates) as Jalali "yyyy/MM/dd", formulas by their cached value. A cell of a
 * ten-digit ID column kept by Excel as a number has lost its leading zeros: it is read back as ten digits.
 */
public final class ExcelSheet {

    /** Key: the file is empty. */
    public static final String KEY_EMPTY = "roster.error.empty";
    /** Key: not an Excel (.xlsx) file at all. */
    public static final String KEY_NOT_EXCEL = "roster.error.notExcel";
    /** Key: an old-format .xls or a password-protected workbook. */
    public static final String KEY_OLD_OR_ENCRYPTED = "roster.error.oldOrEncrypted";
    /** Key: a zip/OOXML file that is not a readable workbook (damaged, or a Word file). */
    public static final String KEY_UNREADABLE = "roster.error.unreadable";
    /** Key: the first sheet has no rows at all. */
    public static final String KEY_NO_HEADER = "roster.error.noHeader";

    private static final Set<String> OOXML_TYPES = Set.of(
            "application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> OLE2_TYPES = Set.of(
            "application/x-tika-msoffice", "application/vnd.ms-excel", "application/x-tika-ooxml-protected");

    /** One data row: its row number as Excel shows it (1-based) and its cells' text by column index. */
    public record SheetRow(int line, List<String> cells) {
    }

    private final Path file;
    private final List<String> titles;
    private final int headerLine;

    private ExcelSheet(Path file, List<String> titles, int headerLine) {
        this.file = file;
        this.titles = List.copyOf(titles.stream().map(t -> t == null ? "" : t).toList());
        this.headerLine = headerLine;
    }

    /**
     * Checks the content of the file and reads its header row.
     *
     * @throws ValidationException with one of the keys of this class
     */
    public static ExcelSheet open(Path file) {
        checkContent(file);
        HeaderFinder finder = new HeaderFinder();
        read(file, finder);
        if (finder.titles == null) {
            throw new ValidationException(KEY_NO_HEADER);
        }
        return new ExcelSheet(file, finder.titles, finder.line);
    }

    /** The header's titles by column index (empty cells as ""). */
    public List<String> titles() {
        return titles;
    }

    public int headerLine() {
        return headerLine;
    }

    /**
     * One pass over the data rows below the header, in file order; empty rows are skipped.
     *
     * @param tenDigitIdColumns column indexes whose numeric cells are padded back to ten digits
     * @throws ValidationException {@link #KEY_UNREADABLE} if the file turns out damaged while reading; an
     *                             exception thrown by the consumer is passed on as it is
     */
    public void forEachRow(Set<Integer> tenDigitIdColumns, Consumer<SheetRow> consumer) {
        int width = titles.size();
        read(file, new RowVisitor() {
            @Override
            public boolean visit(Row row) {
                int line = row.getRowNum() + 1;
                if (line <= headerLine) {
                    return true;
                }
                String[] cells = new String[width];
                boolean any = false;
                for (Cell cell : row) {
                    int index = cell.getColumnIndex();
                    if (index >= cells.length) {
                        continue;
                    }
                    String text = text(cell);
                    if (text != null && tenDigitIdColumns.contains(index) && isNumeric(cell)
                            && text.matches("[0-9]{1,9}")) {
                        text = "0".repeat(10 - text.length()) + text;
                    }
                    cells[index] = text;
                    any |= text != null && !text.isBlank();
                }
                if (any) {
                    consumer.accept(new SheetRow(line, Arrays.asList(cells)));
                }
                return true;
            }
        });
    }

    private static void checkContent(Path file) {
        String type;
        try {
            if (Files.size(file) == 0) {
                throw new ValidationException(KEY_EMPTY);
            }
            try (InputStream in = Files.newInputStream(file)) {
                type = new Tika().detect(in);
            }
        } catch (IOException e) {
            throw new ValidationException(e, KEY_UNREADABLE);
        }
        if (OLE2_TYPES.contains(type)) {
            throw new ValidationException(KEY_OLD_OR_ENCRYPTED);
        }
        if (!OOXML_TYPES.contains(type)) {
            throw new ValidationException(KEY_NOT_EXCEL);
        }
    }

    private interface RowVisitor {
        /** @return false to stop reading */
        boolean visit(Row row);
    }

    private static final class HeaderFinder implements RowVisitor {
        List<String> titles;
        int line;

        @Override
        public boolean visit(Row row) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Cell cell : row) {
                String text = text(cell);
                while (cells.size() < cell.getColumnIndex()) {
                    cells.add(null);
                }
                cells.add(text);
                any |= text != null && !text.isBlank();
            }
            if (!any) {
                return true;
            }
            while (!cells.isEmpty() && (cells.get(cells.size() - 1) == null || cells.get(cells.size() - 1).isBlank())) {
                cells.remove(cells.size() - 1);
            }
            titles = cells;
            line = row.getRowNum() + 1;
            return false;
        }
    }

    /** Streams the first sheet; damage found while opening or reading becomes {@link #KEY_UNREADABLE}. */
    private static void read(Path file, RowVisitor visitor) {
        Workbook workbook;
        try {
            workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(file.toFile());
        } catch (RuntimeException e) {
            throw new ValidationException(e, KEY_UNREADABLE);
        }
        try (workbook) {
            Iterator<Row> rows;
            try {
                if (workbook.getNumberOfSheets() == 0) {
                    throw new ValidationException(KEY_UNREADABLE);
                }
                Sheet sheet = workbook.getSheetAt(0);
                rows = sheet.rowIterator();
            } catch (ValidationException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ValidationException(e, KEY_UNREADABLE);
            }
            while (true) {
                Row row;
                try {
                    if (!rows.hasNext()) {
                        return;
                    }
                    row = rows.next();
                } catch (RuntimeException e) {
                    throw new ValidationException(e, KEY_UNREADABLE);
                }
                if (!visitor.visit(row)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new ValidationException(e, KEY_UNREADABLE);
        }
    }

    private static boolean isNumeric(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return type == CellType.NUMERIC;
    }

    /** The text of a cell, or null when it is empty. */
    public static String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    try {
                        return Jalali.format(date);
                    } catch (IllegalArgumentException e) {
                        return date.toString();
                    }
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return null;
        }
    }
}
