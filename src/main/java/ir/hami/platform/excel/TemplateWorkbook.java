package ir.hami.platform.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import's template as an administrator downloads it: one right-to-left sheet, every column formatted as text (so
 * Excel keeps leading zeros and leaves Jalali dates alone), a bold shaded and frozen header row, one example row,
 * and drop-down lists where a column takes a few words.
 */
public final class TemplateWorkbook {

    /** A drop-down of {@code words} on a column's cells from the second row to {@code lastRow} (0-based). */
    public record DropDown(int column, int lastRow, String[] words) {
    }

    private TemplateWorkbook() {
    }

    /**
     * @param titles  the header row
     * @param example the example row by column (a null cell stays empty)
     * @param widths  each column's width in characters
     * @return the .xlsx bytes
     */
    public static byte[] bytes(String sheetName, List<String> titles, List<String> example, int[] widths,
                               List<DropDown> dropDowns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            sheet.setRightToLeft(true);
            sheet.createFreezePane(0, 1);

            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Row head = sheet.createRow(0);
            Row first = sheet.createRow(1);
            for (int i = 0; i < titles.size(); i++) {
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, widths[i] * 256);
                head.createCell(i).setCellValue(titles.get(i));
                head.getCell(i).setCellStyle(header);
                first.createCell(i).setCellStyle(text);
                String value = i < example.size() ? example.get(i) : null;
                if (value != null) {
                    first.getCell(i).setCellValue(value);
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (DropDown d : dropDowns) {
                var validation = helper.createValidation(helper.createExplicitListConstraint(d.words()),
                        new CellRangeAddressList(1, d.lastRow(), d.column(), d.column()));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
