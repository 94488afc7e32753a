package ir.hami.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
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
 * The roster template an administrator downloads: one right-to-left sheet with the header row (every
 * {@link RosterColumn}, in order), one example row, every column formatted as text (so Excel keeps the leading
 * zeros of national IDs and leaves Jalali dates alone), and drop-down lists for gender and relation. The example
 * row's national ID is {@link #EXAMPLE_NATIONAL_ID}: if it is left in the file, that row is rejected with its own
 * reason instead of being stored.
 */
public final class RosterTemplate {

    /** The example row's national ID (a valid one, so that the example is a true example). */
    public static final String EXAMPLE_NATIONAL_ID = "0012345679";
    public static final String FILE_NAME = "roster-template.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET_NAME = "فهرست بیمه شدگان";
    private static final int VALIDATED_ROWS = 200_000;

    private RosterTemplate() {
    }

    /** The example row, by column. */
    public static Map<RosterColumn, String> example() {
        Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
        row.put(RosterColumn.NATIONAL_ID, EXAMPLE_NATIONAL_ID);
        row.put(RosterColumn.MEMBER_CODE, "100200");
        row.put(RosterColumn.FIRST_NAME, "علی");
        row.put(RosterColumn.LAST_NAME, "رضایی");
        row.put(RosterColumn.FATHER_NAME, "حسن");
        row.put(RosterColumn.GENDER, RosterRowValidator.genderTitle(Gender.MALE));
        row.put(RosterColumn.BIRTH_DATE, "1365/04/20");
        row.put(RosterColumn.BIRTH_CERTIFICATE_NO, "1234");
        row.put(RosterColumn.RELATION, RosterRowValidator.relationTitle(Relation.SELF));
        row.put(RosterColumn.MAIN_NATIONAL_ID, EXAMPLE_NATIONAL_ID);
        row.put(RosterColumn.MOBILE, "09121234567");
        row.put(RosterColumn.IBAN, "IR062960000000100324200001");
        return row;
    }

    /** The template as .xlsx bytes. */
    public static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
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

            Row titles = sheet.createRow(0);
            Row example = sheet.createRow(1);
            Map<RosterColumn, String> values = example();
            for (RosterColumn column : RosterColumn.values()) {
                int i = column.ordinal();
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, Math.max(14, column.title().length() + 6) * 256);
                titles.createCell(i).setCellValue(column.title());
                titles.getCell(i).setCellStyle(header);
                example.createCell(i).setCellStyle(text);
                String value = values.get(column);
                if (value != null) {
                    example.getCell(i).setCellValue(value);
                }
            }
            sheet.setColumnWidth(RosterColumn.IBAN.ordinal(), 30 * 256);

            DataValidationHelper validations = sheet.getDataValidationHelper();
            list(sheet, validations, RosterColumn.GENDER, RosterRowValidator.GENDERS.keySet().toArray(String[]::new));
            list(sheet, validations, RosterColumn.RELATION,
                    RosterRowValidator.RELATIONS.keySet().toArray(String[]::new));

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void list(XSSFSheet sheet, DataValidationHelper helper, RosterColumn column, String[] words) {
        CellRangeAddressList cells = new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal());
        var validation = helper.createValidation(helper.createExplicitListConstraint(words), cells);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
