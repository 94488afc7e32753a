package ir.hami.membership;

import ir.hami.platform.excel.TemplateWorkbook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        RosterColumn[] columns = RosterColumn.values();
        List<String> titles = new ArrayList<>(columns.length);
        List<String> example = new ArrayList<>(columns.length);
        int[] widths = new int[columns.length];
        Map<RosterColumn, String> values = example();
        for (RosterColumn column : columns) {
            titles.add(column.title());
            example.add(values.get(column));
            widths[column.ordinal()] = Math.max(14, column.title().length() + 6);
        }
        widths[RosterColumn.IBAN.ordinal()] = 30;
        return TemplateWorkbook.bytes(SHEET_NAME, titles, example, widths, List.of(
                dropDown(RosterColumn.GENDER, RosterRowValidator.GENDERS.keySet().toArray(String[]::new)),
                dropDown(RosterColumn.RELATION, RosterRowValidator.RELATIONS.keySet().toArray(String[]::new))));
    }

    private static TemplateWorkbook.DropDown dropDown(RosterColumn column, String[] words) {
        return new TemplateWorkbook.DropDown(column.ordinal(), VALIDATED_ROWS, words);
    }
}
