package ir.hami.network;

import java.util.List;

/** The columns of the network's Excel file (export and import), in order. Lists inside a cell are joined by «؛». */
public final class NetworkWorkbook {

    public static final String FILE_NAME = "treatment-centres.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String LIST_SEPARATOR = "؛ ";
    /** Physician parts inside one list item: name | specialty | council code. */
    public static final String PART_SEPARATOR = " | ";

    public static final List<String> TITLES = List.of("کد مرکز", "نام مرکز", "نوع مرکز", "نوع قرارداد", "استان",
            "شهر", "آدرس", "تلفن", "فکس", "وب‌سایت", "عرض جغرافیایی", "طول جغرافیایی", "صدور معرفی نامه",
            "صدور آنلاین معرفی نامه", "فعال", "بیمه‌گرها", "خدمات", "پزشکان");

    public static final String YES = "بله";
    public static final String NO = "خیر";

    private static final java.util.Locale PERSIAN = java.util.Locale.forLanguageTag("fa");

    private NetworkWorkbook() {
    }

    /** The Persian label of a centre type, as in the file. */
    public static String label(CenterType type) {
        return ir.hami.platform.web.Messages.text("centerType." + type.name(), new Object[0], PERSIAN);
    }

    public static String label(ContractType type) {
        return ir.hami.platform.web.Messages.text("contractType." + type.name(), new Object[0], PERSIAN);
    }

    /** A centre type by its Persian label or its code name, or null. */
    public static CenterType centerType(String text) {
        for (CenterType type : CenterType.values()) {
            if (type.name().equalsIgnoreCase(text) || label(type).equals(text)) {
                return type;
            }
        }
        return null;
    }

    public static ContractType contractType(String text) {
        for (ContractType type : ContractType.values()) {
            if (type.name().equalsIgnoreCase(text) || label(type).equals(text)) {
                return type;
            }
        }
        return null;
    }
}
