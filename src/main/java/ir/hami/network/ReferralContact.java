package ir.hami.network;

import ir.hami.membership.Insurer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import jakarta.persistence.*;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The referral unit's phone lines for one insurer's members (واحد معرفی‌نامه, seed 004): the office hours (e.g.
 * «۷:۳۰ تا ۱۶:۳۰»), the phone and extensions during office hours and those after hours, shown at the top of the
 * centres page.
 *
 * <p>Rules: the hours and the office-hours phone are required; the after-hours phone may be empty, and then so must
 * its extensions. A phone is digits with dashes, spaces or parentheses («۰۲۱-۸۸۶۴۸۴۲۱-۳۹»), several separated by
 * «،»; extensions are numbers separated by «،», «,» or spaces and are stored as «0271، 0200». Digits are stored
 * ASCII (the page shows them in the reader's digits). Lines written before the extensions had their own field
 * keep them inside the phone text.
 */
@Entity
@Table(name = "referral_contact")
public class ReferralContact implements Serializable {

    public static final String KEY_REQUIRED = "referralLines.required";
    public static final String KEY_TOO_LONG = "referralLines.tooLong";
    public static final String KEY_PHONE = "referralLines.phone.invalid";
    public static final String KEY_EXTENSIONS = "referralLines.extensions.invalid";
    public static final String KEY_EXTENSIONS_WITHOUT_PHONE = "referralLines.extensionsWithoutPhone";

    /** The fields of {@link ReferralContactForm} a rule's message belongs beside. */
    public enum Field { INSURER, OFFICE_HOURS, OFFICE_PHONES, OFFICE_EXTENSIONS, AFTER_HOURS_PHONES,
        AFTER_HOURS_EXTENSIONS }

    public static final int HOURS_LENGTH = 100;
    public static final int PHONES_LENGTH = 300;
    public static final int EXTENSIONS_LENGTH = 200;

    private static final Pattern PHONES = Pattern.compile("[0-9()]([0-9 ()\\-]*[0-9)])?([،,/] ?[0-9()]([0-9 ()\\-]*[0-9)])?)*");
    private static final Pattern EXTENSION_SEPARATORS = Pattern.compile("[\\s،,]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,8}");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_contact")
    @TableGenerator(name = "referral_contact", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "referral_contact", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "insurer_id")
    private Insurer insurer;

    @Column(name = "office_hours", length = HOURS_LENGTH)
    private String officeHours;

    @Column(name = "office_phones", length = PHONES_LENGTH)
    private String officePhones;

    @Column(name = "office_extensions", length = EXTENSIONS_LENGTH)
    private String officeExtensions;

    @Column(name = "after_hours_phones", length = PHONES_LENGTH)
    private String afterHoursPhones;

    @Column(name = "after_hours_extensions", length = EXTENSIONS_LENGTH)
    private String afterHoursExtensions;

    @Version
    private long version;

    protected ReferralContact() {
    }

    public ReferralContact(Insurer insurer, ReferralContactForm lines) {
        this.insurer = insurer;
        change(lines);
    }

    /** A rule broken by a field: the message key, the field it is shown beside (none: the whole form), arguments. */
    public static final class Invalid extends ValidationException {
        private static final long serialVersionUID = 1L;
        private final Field field;

        public Invalid(Field field, String key, Object... args) {
            super(key, args);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    /** Takes the form's lines, normalised, or throws {@link Invalid} for the first field that breaks a rule. */
    public void change(ReferralContactForm lines) {
        String hours = text(lines.getOfficeHours(), Field.OFFICE_HOURS, HOURS_LENGTH, true);
        String office = phones(lines.getOfficePhones(), Field.OFFICE_PHONES, true);
        String officeExt = extensions(lines.getOfficeExtensions(), Field.OFFICE_EXTENSIONS);
        String after = phones(lines.getAfterHoursPhones(), Field.AFTER_HOURS_PHONES, false);
        String afterExt = extensions(lines.getAfterHoursExtensions(), Field.AFTER_HOURS_EXTENSIONS);
        if (after == null && afterExt != null) {
            throw new Invalid(Field.AFTER_HOURS_EXTENSIONS, KEY_EXTENSIONS_WITHOUT_PHONE);
        }
        this.officeHours = hours;
        this.officePhones = office;
        this.officeExtensions = officeExt;
        this.afterHoursPhones = after;
        this.afterHoursExtensions = afterExt;
    }

    private static String text(String value, Field field, int length, boolean required) {
        String text = PersianText.normalize(value);
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new Invalid(field, KEY_REQUIRED);
            }
            return null;
        }
        if (text.length() > length) {
            throw new Invalid(field, KEY_TOO_LONG, length);
        }
        return text;
    }

    private static String phones(String value, Field field, boolean required) {
        String text = PersianText.normalizeDigits(text(value, field, PHONES_LENGTH, required));
        if (text != null && !PHONES.matcher(text).matches()) {
            throw new Invalid(field, KEY_PHONE);
        }
        return text;
    }

    private static String extensions(String value, Field field) {
        String text = PersianText.normalizeDigits(text(value, field, EXTENSIONS_LENGTH, false));
        if (text == null) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        for (String part : EXTENSION_SEPARATORS.split(text)) {
            if (part.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(part).matches()) {
                throw new Invalid(field, KEY_EXTENSIONS);
            }
            numbers.add(part);
        }
        String joined = String.join("، ", numbers);
        if (joined.length() > EXTENSIONS_LENGTH) {
            throw new Invalid(field, KEY_TOO_LONG, EXTENSIONS_LENGTH);
        }
        return joined.isEmpty() ? null : joined;
    }

    public Long getId() { return id; }
    public Insurer getInsurer() { return insurer; }
    public String getOfficeHours() { return officeHours; }
    public String getOfficePhones() { return officePhones; }
    public String getOfficeExtensions() { return officeExtensions; }
    public String getAfterHoursPhones() { return afterHoursPhones; }
    public String getAfterHoursExtensions() { return afterHoursExtensions; }
    public long getVersion() { return version; }
}
