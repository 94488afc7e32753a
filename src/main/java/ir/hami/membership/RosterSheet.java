package ir.hami.membership;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;

/**
 * Reads the first sheet of a roster .xlsx as a stream through {@link ExcelSheet} (the content check, the streaming
 * reader and the cell rules live there, shared with the network import). Each {@link #forEachRow} is one pass over
 * the file; the importer makes several. A national ID kept by Excel as a number is read back as ten digits.
 */
public final class RosterSheet {

    /** Key: the file is empty. */
    public static final String KEY_EMPTY = ExcelSheet.KEY_EMPTY;
    /** Key: not an Excel (.xlsx) file at all. */
    public static final String KEY_NOT_EXCEL = ExcelSheet.KEY_NOT_EXCEL;
    /** Key: an old-format .xls or a password-protected workbook. */
    public static final String KEY_OLD_OR_ENCRYPTED = ExcelSheet.KEY_OLD_OR_ENCRYPTED;
    /** Key: a zip/OOXML file that is not a readable workbook (damaged, or a Word file). */
    public static final String KEY_UNREADABLE = ExcelSheet.KEY_UNREADABLE;
    /** Key: the first sheet has no rows at all. */
    public static final String KEY_NO_HEADER = ExcelSheet.KEY_NO_HEADER;

    private final ExcelSheet sheet;
    private final RosterHeader header;

    private RosterSheet(ExcelSheet sheet, RosterHeader header) {
        this.sheet = sheet;
        this.header = header;
    }

    /**
     * Checks the content of the file and reads its header row.
     *
     * @throws ValidationException with one of the keys of this class or {@link RosterHeader#KEY_MISSING_COLUMNS}
     */
    public static RosterSheet open(Path file) {
        ExcelSheet sheet = ExcelSheet.open(file);
        return new RosterSheet(sheet, RosterHeader.of(sheet.titles()));
    }

    public RosterHeader header() {
        return header;
    }

    /**
     * One pass over the data rows below the header, in file order; empty rows are skipped.
     *
     * @throws ValidationException {@link #KEY_UNREADABLE} if the file turns out damaged while reading; an
     *                             exception thrown by the consumer is passed on as it is
     */
    public void forEachRow(Consumer<RosterRow> consumer) {
        Set<Integer> nationalIdColumns = new HashSet<>();
        for (RosterColumn column : new RosterColumn[] {RosterColumn.NATIONAL_ID, RosterColumn.MAIN_NATIONAL_ID}) {
            int index = header.indexOf(column);
            if (index >= 0) {
                nationalIdColumns.add(index);
            }
        }
        sheet.forEachRow(nationalIdColumns, row -> consumer.accept(new RosterRow(row.line(), row.cells(), header)));
    }

    /** The text of a cell, or null when it is empty. */
    static String text(Cell cell) {
        return ExcelSheet.text(cell);
    }
}
