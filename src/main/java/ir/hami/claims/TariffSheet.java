package ir.hami.claims;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.TemplateWorkbook;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The tariff book's .xlsx: its columns (found by their Persian titles, in any order), how a cell becomes a value, and
 * the template an administrator downloads (the header, one example row, every column formatted as text so that
 * codes keep their leading zeros, and a drop-down of item kinds).
 */
public final class TariffSheet {

    public static final String FILE_NAME = "tariff-template.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final int CODE = 0, TITLE = 1, KIND = 2, SERVICE_TYPE = 3, PRICE = 4;
    /** The columns' titles, in the template's order. */
    public static final List<String> TITLES = List.of("کد", "عنوان خدمت یا دارو", "نوع قلم", "کد نوع خدمت",
            "قیمت واحد (ریال)");

    private static final int MAX_VALIDATED_ROW = TariffAdmin.MAX_ROWS;

    private static final Map<String, ItemKind> KINDS = new HashMap<>();

    static {
        for (ItemKind k : ItemKind.values()) {
            KINDS.put(k.name(), k);
            KINDS.put(PersianText.normalize(Messages.text(k.key(), new Object[0], PersianText.PERSIAN)), k);
        }
    }

    private TariffSheet() {
    }

    /** Each column's index in the file by {@link #TITLES}' order; refuses a header without them all. */
    static int[] columns(List<String> titles) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            String t = PersianText.normalize(titles.get(i));
            if (t != null && !t.isEmpty()) {
                found.putIfAbsent(t, i);
            }
        }
        int[] columns = new int[TITLES.size()];
        StringJoiner missing = new StringJoiner("، ");
        for (int i = 0; i < TITLES.size(); i++) {
            Integer index = found.get(PersianText.normalize(TITLES.get(i)));
            if (index == null) {
                missing.add(TITLES.get(i));
            } else {
                columns[i] = index;
            }
        }
        if (missing.length() > 0) {
            throw new ValidationException(TariffAdmin.KEY_MISSING_COLUMNS, missing.toString());
        }
        return columns;
    }

    /** A cell's text, normalised; null when empty. */
    static String cell(List<String> cells, int[] columns, int column) {
        int index = columns[column];
        String value = index < cells.size() ? PersianText.normalize(cells.get(index)) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An item kind by its Persian title ("دارو") or its name ("DRUG"); null when unknown. */
    static ItemKind kind(String text) {
        if (text == null) {
            return null;
        }
        ItemKind kind = KINDS.get(text);
        return kind != null ? kind : KINDS.get(text.toUpperCase(Locale.ROOT));
    }

    /** The template as .xlsx bytes. */
    public static byte[] template() {
        String visit = Messages.text(ItemKind.VISIT.key(), new Object[0], PersianText.PERSIAN);
        String[] kinds = new String[ItemKind.values().length];
        for (ItemKind k : ItemKind.values()) {
            kinds[k.ordinal()] = Messages.text(k.key(), new Object[0], PersianText.PERSIAN);
        }
        return TemplateWorkbook.bytes("تعرفه", TITLES, List.of("901910", "ویزیت پزشک عمومی", visit, "VISIT",
                "1500000"), new int[] {18, 40, 18, 18, 18}, List.of(new TemplateWorkbook.DropDown(KIND,
                MAX_VALIDATED_ROW, kinds)));
    }
}
