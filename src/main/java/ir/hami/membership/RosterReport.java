package ir.hami.membership;

import ir.hami.platform.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected rows of an import as an .xlsx, written as a stream (SXSSF: a hundred rows in memory, the rest in a
 * compressed temporary file): the file's own header and cells, unchanged, then the row's number in the uploaded
 * file and the reasons in Persian, joined with "؛ ". The extra columns have titles that are no roster column, so a
 * corrected report can be uploaded again as it is.
 */
final class RosterReport implements AutoCloseable {

    /** Title of the column with the row's number in the uploaded file. */
    static final String LINE_TITLE = "ردیف در فایل";
    /** Title of the column with the reasons. */
    static final String REASON_TITLE = "علت رد";
    static final String REASON_SEPARATOR = "؛ ";
    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final int width;
    private int rows;

    RosterReport(RosterHeader header) {
        workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("ردیف‌های ردشده");
        sheet.setRightToLeft(true);
        sheet.createFreezePane(0, 1);
        width = header.width();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        List<String> titles = header.titles();
        for (int i = 0; i < width; i++) {
            row.createCell(i).setCellValue(titles.get(i) == null ? "" : titles.get(i));
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 18 * 256);
        }
        row.createCell(width).setCellValue(LINE_TITLE);
        row.getCell(width).setCellStyle(bold);
        row.createCell(width + 1).setCellValue(REASON_TITLE);
        row.getCell(width + 1).setCellStyle(bold);
        sheet.setColumnWidth(width + 1, 80 * 256);
    }

    /** The Persian text of a row's reasons. */
    static String reasons(List<RosterProblem> problems) {
        StringJoiner text = new StringJoiner(REASON_SEPARATOR);
        for (RosterProblem problem : problems) {
            text.add(Messages.text(problem.reason().key(), problem.args(), PERSIAN));
        }
        return text.toString();
    }

    void reject(RosterRow rejected, String reasons) {
        Row row = sheet.createRow(++rows);
        List<String> cells = rejected.cells();
        for (int i = 0; i < width && i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        row.createCell(width).setCellValue(rejected.line());
        row.createCell(width + 1).setCellValue(reasons);
    }

    /** How many rows were rejected so far. */
    int rows() {
        return rows;
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        // dispose first: it deletes the temporary files; closing an unwritten workbook first makes POI warn
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
