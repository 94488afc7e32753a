package ir.hami.platform.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report written as a stream: one right-to-left sheet with a bold, frozen header row, rows of text or whole
 * numbers added one at a time (SXSSF keeps a hundred rows in memory, the rest goes to a compressed temporary file).
 * The caller reads its data a page at a time and {@link #add}s each row, then {@link #writeTo} the response.
 */
public final class StreamedSheet implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private int rows;

    public StreamedSheet(String name, List<String> titles) {
        this(name, titles, true);
    }

    /**
     * As {@link #StreamedSheet(String, List)}; {@code compressTemporary} false keeps the temporary file of rows
     * uncompressed: more disk for a while, about a third less time for a sheet of a hundred thousand rows.
     */
    public StreamedSheet(String name, List<String> titles, boolean compressTemporary) {
        workbook.setCompressTempFiles(compressTemporary);
        sheet = workbook.createSheet(name);
        sheet.setRightToLeft(true);
        sheet.createFreezePane(0, 1);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            header.createCell(i).setCellValue(titles.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 18 * 256);
        }
    }

    /** One row: a null cell stays empty, a Long or Integer is a number, anything else its text. */
    public void add(Object... cells) {
        Row row = sheet.createRow(++rows);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof Long || v instanceof Integer) {
                row.createCell(i).setCellValue(((Number) v).doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    public int rows() {
        return rows;
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // only temporary files, already disposed
        }
    }
}
