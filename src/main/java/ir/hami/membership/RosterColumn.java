package ir.hami.membership;

import ir.hami.platform.text.PersianText;
import java.util.Locale;

/**
 * The columns of a contract's member list (roster). The Persian titles are the file format itself: an uploaded sheet
 * is matched to these columns by the titles of its header row, in any order, so they are constants here and not
 * texts of the message bundle. A title matches when it is equal after normalisation (Persian digits and letters,
 * spaces and the zero-width non-joiner ignored), so "نام‌خانوادگی" and "نام خانوادگی" are the same column.
 */
public enum RosterColumn {

    NATIONAL_ID("کد ملی", true, 10),
    MEMBER_CODE("کد بیمه شده", true, 30),
    FIRST_NAME("نام", true, 100),
    LAST_NAME("نام خانوادگی", true, 100),
    FATHER_NAME("نام پدر", false, 100),
    GENDER("جنسیت", true, 10),
    BIRTH_DATE("تاریخ تولد", false, 10),
    BIRTH_CERTIFICATE_NO("شماره شناسنامه", false, 20),
    RELATION("نسبت", true, 10),
    MAIN_NATIONAL_ID("کد ملی بیمه شده اصلی", false, 10),
    MOBILE("تلفن همراه", false, 11),
    IBAN("شماره شبا", false, 26),
    COVERAGE_START("تاریخ شروع پوشش", false, 10),
    COVERAGE_END("تاریخ پایان پوشش", false, 10);

    private final String title;
    private final boolean requiredInHeader;
    private final int maxLength;

    RosterColumn(String title, boolean requiredInHeader, int maxLength) {
        this.title = title;
        this.requiredInHeader = requiredInHeader;
        this.maxLength = maxLength;
    }

    /** The Persian title of the column in the header row. */
    public String title() {
        return title;
    }

    /** Whether a file without this column is refused as a whole. */
    public boolean requiredInHeader() {
        return requiredInHeader;
    }

    /** The longest value stored for this column (the column's width in the database). */
    public int maxLength() {
        return maxLength;
    }

    /** The column whose title this header cell has, or null. */
    public static RosterColumn byTitle(String headerCell) {
        String key = titleKey(headerCell);
        if (key.isEmpty()) {
            return null;
        }
        for (RosterColumn column : values()) {
            if (titleKey(column.title).equals(key)) {
                return column;
            }
        }
        return null;
    }

    static String titleKey(String title) {
        String normalized = PersianText.normalize(title);
        if (normalized == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c != ' ' && c != PersianText.ZWNJ && c != '*' && c != ':') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
