package ir.hami.claims.web;

import ir.hami.claims.BillingRules;
import ir.hami.claims.Claim;
import ir.hami.claims.DirectBilling;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Fields;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A centre's new bill ({@code /center/bill.xhtml}, direct billing): choose one of the centre's issued letters, type the
 * invoice's number and date, the service date and the amount, confirm the letter's procedure and the centre's IBAN,
 * add the invoice's images, and submit. The service checks everything; a second click shows the same bill.
 */
@Named
@ViewScoped
public class BillPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LETTER_FORM = "letterForm:";
    static final String FORM = "billForm:";

    @Inject
    DirectBilling billing;

    @Inject
    PortalUser user;

    private final FormKey formKey = FormKey.random();
    private String search;
    private List<ReferralRow> letters = List.of();
    private Long letterId;
    private DirectBilling.Letter letter;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate serviceDate;
    private Long amount;
    private String procedure;
    private String iban;
    private transient List<Part> images;
    private Long claimId;
    private String trackingCode;

    @PostConstruct
    void init() {
        try {
            iban = billing.rememberedIban(viewer()).orElse(null);
            letters = billing.letters(viewer(), null);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    /** The letter named in the address ({@code ?letter=}), if it is one the centre may bill. */
    public void preselect() {
        if (letterId != null && letter == null) {
            chooseLetter();
            if (letter != null && letters.stream().noneMatch(r -> r.id() == letter.id())) {
                letters = billing.letters(viewer(), letter.trackingCode()); // the menu shows the letter chosen
            }
        }
    }

    public void searchLetters() {
        try {
            letters = billing.letters(viewer(), search);
            if (letters.isEmpty()) {
                Texts.error(LETTER_FORM + "letter", "billing.letter.none");
            }
        } catch (ValidationException e) {
            Texts.error(LETTER_FORM + "search", e.key(), e.args());
        }
    }

    public void chooseLetter() {
        letter = null;
        if (letterId == null) {
            return;
        }
        try {
            letter = billing.letter(viewer(), letterId);
            procedure = letter.procedure();
        } catch (ValidationException e) {
            letterId = null;
            Texts.error(LETTER_FORM + "letter", e.key(), e.args());
        }
    }

    public void attach() {
        if (images == null) {
            return;
        }
        for (Part part : images) {
            if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                    || part.getSubmittedFileName().isEmpty())) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                billing.stageImage(viewer(), formKey, part.getSubmittedFileName(), in.readAllBytes());
            } catch (ValidationException e) {
                Texts.error(FORM + "images", e.key(), e.args());
            } catch (IOException e) {
                Texts.error(FORM + "images", "upload.empty");
            }
        }
        images = null;
    }

    public void removeImage(long stagedId) {
        billing.unstageImage(viewer(), formKey, stagedId);
    }

    public List<StagedUpload> getStaged() {
        try {
            return billing.stagedImages(viewer(), formKey);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    public void submit() {
        if (claimId != null) {
            return; // already made by this view: a second click shows the same bill
        }
        attach();
        DirectBilling.BillForm form = new DirectBilling.BillForm(letterId, invoiceNumber, invoiceDate, serviceDate,
                amount, procedure, iban, formKey);
        try {
            done(billing.submit(viewer(), form));
        } catch (ValidationException e) {
            Optional<Claim> first = billing.byClientKey(viewer(), formKey);
            if (first.isPresent()) {
                done(first.get()); // two submits raced: the second stopped at the form key
            } else {
                Fields.error(fieldOf(e.key()), e.key(), e.args());
                if (letterId != null) {
                    chooseLetter(); // what the letter has been billed, as it stands now
                }
            }
        }
    }

    private void done(Claim c) {
        claimId = c.getId();
        trackingCode = c.getTrackingCode();
    }

    /** The field a refusal belongs beside. */
    static String fieldOf(String key) {
        if (key == null) {
            return null;
        }
        if (key.startsWith("billing.letter.")) {
            return LETTER_FORM + "letter";
        }
        if (key.startsWith("billing.serviceDate.")) {
            return FORM + "serviceDate";
        }
        if (key.startsWith("billing.invoiceNumber.")) {
            return FORM + "invoiceNumber";
        }
        if (key.startsWith("billing.invoiceDate.")) {
            return FORM + "invoiceDate";
        }
        if (key.startsWith("billing.procedure.")) {
            return FORM + "procedure";
        }
        if (key.startsWith("billing.amount.")) {
            return FORM + "amount";
        }
        if (key.startsWith("iban.") || key.equals(BillingRules.IBAN_REQUIRED)) {
            return FORM + "iban";
        }
        if (key.equals(BillingRules.IMAGES_REQUIRED) || key.startsWith("claims.files.") || key.startsWith("upload.")) {
            return FORM + "images";
        }
        return null;
    }

    private Viewer viewer() {
        return Viewer.of(user);
    }

    public int getMaxFileMb() {
        return billing.maxFileMb();
    }

    /** What attachments.js says beside the field of a file over the limit, before sending it. */
    public String getTooLargeText() {
        return Texts.text("upload.tooLarge", billing.maxFileMb());
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<ReferralRow> getLetters() { return letters; }
    public Long getLetterId() { return letterId; }
    public void setLetterId(Long letterId) { this.letterId = letterId; }
    public DirectBilling.Letter getLetter() { return letter; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public void setInvoiceDate(LocalDate invoiceDate) { this.invoiceDate = invoiceDate; }
    public LocalDate getServiceDate() { return serviceDate; }
    public void setServiceDate(LocalDate serviceDate) { this.serviceDate = serviceDate; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getProcedure() { return procedure; }
    public void setProcedure(String procedure) { this.procedure = procedure; }
    public String getIban() { return iban; }
    public void setIban(String iban) { this.iban = iban; }
    public List<Part> getImages() { return images; }
    public void setImages(List<Part> images) { this.images = images; }
    public Long getClaimId() { return claimId; }
    public String getTrackingCode() { return trackingCode; }
}
