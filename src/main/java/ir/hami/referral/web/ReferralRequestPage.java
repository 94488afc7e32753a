package ir.hami.referral.web;

import ir.hami.platform.web.Fields;
import ir.hami.platform.security.PortalUser;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterFilter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Texts;
import ir.hami.referral.MemberRequestForm;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralProcedure;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A member's request for a referral letter ({@code /member/referral-request.xhtml}, seed 004): the insured person of
 * the family, a centre that issues letters, the planned admission date, physician, procedure and/or cause, and the
 * images of the doctor's order and the national card, each staged for the member as soon as it is chosen (the
 * account's upload quota; choosing again replaces it). The view's one-time {@link FormKey} makes a double click or a
 * resubmit one request.
 */
@Named
@ViewScoped
public class ReferralRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "requestForm:";
    private static final int SUGGESTIONS = 15;
    private static final int FAMILY_MAX = 50;

    @Inject
    ReferralDesk desk;

    @Inject
    FamilyService family;

    @Inject
    CenterDirectory directory;

    @Inject
    Staging staging;

    @Inject
    PortalUser user;

    @Inject
    PortalConfig config;

    private final FormKey formKey = FormKey.random();
    private List<FamilyMember> persons = List.of();
    private List<ReferralProcedure> procedures = List.of();
    private Long personId;
    private CenterOption center;
    private LocalDate admissionDate;
    private String physician;
    private Long procedureId;
    private String cause;
    private Long doctorOrderId;
    private String doctorOrderName;
    private Long nationalCardId;
    private String nationalCardName;
    private Long requestId;
    private String trackingCode;

    @PostConstruct
    void init() {
        if (user.getContractId() == null) {
            family.chooseDefault(user.getPersonId());
        }
        if (user.getContractId() != null) {
            // a new request only for someone covered today (the desk refuses the others anyway)
            persons = family.family(user.getPersonId(), user.getContractId(), FamilySearch.everybody(), 0, FAMILY_MAX)
                    .stream().filter(FamilyMember::active).toList();
            personId = user.getInsuredPersonId();
        }
        procedures = desk.procedures(null, 100);
    }

    public List<CenterOption> completeCenter(String text) {
        CenterFilter filter = new CenterFilter(PersianText.normalize(text), null, null, null, true, false);
        return directory.search(filter, 0, SUGGESTIONS).stream().map(CenterOption::of).toList();
    }

    /** A doctor's order chosen again replaces the one staged before (which is deleted). */
    public void uploadDoctorOrder(FileUploadEvent event) {
        removeDoctorOrder();
        stage(event.getFile(), "doctorOrder").ifPresent(f -> {
            doctorOrderId = f.getId();
            doctorOrderName = f.getFileName();
        });
    }

    public void uploadNationalCard(FileUploadEvent event) {
        removeNationalCard();
        stage(event.getFile(), "nationalCard").ifPresent(f -> {
            nationalCardId = f.getId();
            nationalCardName = f.getFileName();
        });
    }

    public void removeDoctorOrder() {
        if (doctorOrderId != null) {
            staging.unstage(owner(), formKey, doctorOrderId);
        }
        doctorOrderId = null;
        doctorOrderName = null;
    }

    public void removeNationalCard() {
        if (nationalCardId != null) {
            staging.unstage(owner(), formKey, nationalCardId);
        }
        nationalCardId = null;
        nationalCardName = null;
    }

    private Optional<StagedUpload> stage(UploadedFile file, String field) {
        try {
            return Optional.of(staging.stage(owner(), formKey, field, file.getFileName(), file.getContent(),
                    UploadRule.documents(config.getUploadMaxBytes())));
        } catch (ValidationException e) {
            Texts.error(FORM + field, e.key(), e.args());
            return Optional.empty();
        }
    }

    private UploadOwner owner() {
        return UploadOwner.account(user.getUsername());
    }

    public void submit() {
        if (requestId != null) {
            return; // already made by this view: a second click shows the same request
        }
        if (user.getContractId() == null || personId == null) {
            Texts.error(FORM + "person", "family.noContract");
            return;
        }
        Viewer viewer = Viewer.of(user);
        MemberRequestForm form = new MemberRequestForm(personId, user.getContractId(),
                center == null ? null : center.id(), admissionDate, physician, procedureId, cause, doctorOrderId,
                nationalCardId, formKey);
        try {
            done(desk.submitByMember(viewer, form));
        } catch (ValidationException e) {
            Optional<ReferralRequest> first = desk.byClientKey(user.getUsername(), formKey);
            if (first.isPresent()) {
                // two submits raced past the key check: the second stopped at the key; show the first one's request
                done(first.get());
            } else {
                Fields.error(fieldOf(e.key()), e.key(), e.args());
            }
        }
    }

    private void done(ReferralRequest r) {
        requestId = r.getId();
        trackingCode = r.getTrackingCode();
    }

    /** The field a refusal is shown beside (null: at the top of the page). */
    static String fieldOf(String key) {
        String field;
        if (key.equals(FamilyService.REFUSED) || key.equals("referral.notCovered")) {
            field = "person";
        } else if (key.startsWith("referral.admission.")) {
            field = "admission";
        } else if (key.startsWith("referral.center.")) {
            field = "center";
        } else if (key.startsWith("referral.procedure.")) {
            field = "procedure";
        } else if (key.startsWith("referral.cause.")) {
            field = "cause";
        } else if (key.startsWith("referral.physician.")) {
            field = "physician";
        } else if (key.startsWith("referral.doctorOrder.")) {
            field = "doctorOrder";
        } else if (key.startsWith("referral.nationalCard.")) {
            field = "nationalCard";
        } else {
            return null;
        }
        return FORM + field;
    }

    /** The chosen procedure needs the trusted physician's exam first (seed 004: e.g. rhinoplasty). */
    public boolean isExamNeeded() {
        return procedureId != null && procedures.stream()
                .anyMatch(p -> p.getId().equals(procedureId) && p.isRequiresExam());
    }

    public boolean isDone() { return requestId != null; }
    public boolean isHasContract() { return user.getContractId() != null; }
    public long getMaxMegabytes() { return UploadRule.documents(config.getUploadMaxBytes()).megabytes(); }
    public List<FamilyMember> getPersons() { return persons; }
    public List<ReferralProcedure> getProcedures() { return procedures; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public CenterOption getCenter() { return center; }
    public void setCenter(CenterOption center) { this.center = center; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public String getPhysician() { return physician; }
    public void setPhysician(String physician) { this.physician = physician; }
    public Long getProcedureId() { return procedureId; }
    public void setProcedureId(Long procedureId) { this.procedureId = procedureId; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getDoctorOrderName() { return doctorOrderName; }
    public String getNationalCardName() { return nationalCardName; }
    public Long getRequestId() { return requestId; }
    public String getTrackingCode() { return trackingCode; }
}
