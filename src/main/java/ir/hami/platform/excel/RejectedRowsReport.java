package ir.hami.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected rows of an import as an .xlsx, written as a stream (SXSSF: a hundred rows in memory, the rest in a
 * compressed temporary file): the file's own header and cells, unchanged, then the row's number in the uploaded
 * file and the reasons. The extra columns' titles are no import column, so a corrected report can be uploaded again.
 */
public final class RejectedRowsReport implements AutoCloseable {

    /** Title of the column with the row's number in the uploaded file. */
    public static final String LINE_TITLE = "ردیف در فایل";
    /** Title of the column with the reasons. */
    public static final String REASON_TITLE = "علت رد";
    public static final String REASON_SEPARATOR = "؛ ";

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final int width;
    private int rows;

    public RejectedRowsReport(List<String> titles) {
        workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("ردیف‌های ردشده");
        sheet.setRightToLeft(true);
        sheet.createFreezePane(0, 1);
        width = titles.size();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
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

    public void reject(int line, List<String> cells, String reasons) {
        Row row = sheet.createRow(++rows);
        for (int i = 0; i < width && i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        row.createCell(width).setCellValue(line);
        row.createCell(width + 1).setCellValue(reasons);
    }

    /** How many rows were rejected so far. */
    public int rows() {
        return rows;
    }

    public byte[] toBytes() {
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
