package ir.hami.referral;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an administrator types for a procedure of the list: code (new ones only; Latin capitals, digits and '-'),
 * title, requires the trusted-physician exam, active; the id and version of the one being edited (null id: new).
 */
public class ProcedureForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,29}");

    private Long id;
    private long version;
    private String code;
    private String title;
    private boolean requiresExam;
    private boolean active = true;
    /** The one-time key of this form when it creates a procedure: a double submit creates one. */
    private FormKey formKey = FormKey.random();

    public FormKey getFormKey() { return formKey; }

    public ProcedureForm() {
    }

    public static ProcedureForm of(ReferralProcedure p) {
        ProcedureForm f = new ProcedureForm();
        f.id = p.getId();
        f.version = p.getVersion();
        f.code = p.getCode();
        f.title = p.getTitle();
        f.requiresExam = p.isRequiresExam();
        f.active = p.isActive();
        return f;
    }

    /** The code as stored: digits normalised, upper case, trimmed. */
    public String normalizedCode() {
        return code == null ? "" : PersianText.normalizeDigits(code).strip().toUpperCase(Locale.ROOT);
    }

    /** The title as stored: Persian letters normalised, trimmed. */
    public String normalizedTitle() {
        return title == null ? "" : PersianText.normalize(title).strip();
    }

    /**
     * @throws ValidationException {@code procedures.code.invalid} or {@code procedures.title.required} /
     *                             {@code procedures.title.tooLong}
     */
    public void validate() {
        if (id == null && !CODE.matcher(normalizedCode()).matches()) {
            throw new ValidationException("procedures.code.invalid");
        }
        if (normalizedTitle().isEmpty()) {
            throw new ValidationException("procedures.title.required");
        }
        TextLimit.within(normalizedTitle(), ReferralProcedure.TITLE_LENGTH, "procedures.title.tooLong");
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public boolean isRequiresExam() { return requiresExam; }
    public void setRequiresExam(boolean requiresExam) { this.requiresExam = requiresExam; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
