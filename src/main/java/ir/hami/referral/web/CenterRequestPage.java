package ir.hami.referral.web;

import ir.hami.platform.web.Fields;
import ir.hami.platform.security.PortalUser;
import ir.hami.network.CenterDirectory;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import ir.hami.referral.CenterRequestForm;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralProcedure;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ir.hami.platform.web.FormKey;

/**
 * A centre's online request for a patient at its desk (درخواست آنلاین معرفی‌نامه, seed 004), by national ID: issued
 * at once (the letter number and a link to print it) or sent to the referral unit with the reason. Only for a centre
 * with the online flag; the page of any other centre says so.
 */
@Named
@ViewScoped
public class CenterRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "centerRequestForm:";

    @Inject
    ReferralDesk desk;

    @Inject
    CenterDirectory directory;

    @Inject
    Clock clock;

    @Inject
    PortalUser user;

    private boolean online;
    private List<ReferralProcedure> procedures = List.of();
    private FormKey formKey = FormKey.random();
    private String nationalId;
    private Long procedureId;
    private String cause;
    private String physician;
    private LocalDate admissionDate;
    private Long requestId;
    private String trackingCode;
    private String letterNumber;
    private String queuedReason;

    @PostConstruct
    void init() {
        online = user.getCenterId() != null && directory.details(user.getCenterId())
                .map(TreatmentCenter::isOnlineReferrals).orElse(false);
        procedures = desk.procedures(null, 100);
        admissionDate = LocalDate.now(clock);
    }

    public void submit() {
        try {
            ReferralDesk.CenterOutcome outcome = desk.requestByCenter(Viewer.of(user), new CenterRequestForm(
                    nationalId, procedureId, cause, physician, admissionDate, formKey));
            requestId = outcome.request().getId();
            trackingCode = outcome.request().getTrackingCode();
            letterNumber = outcome.issued() ? outcome.request().getLetterNumber() : null;
            queuedReason = outcome.queuedReason();
        } catch (ValidationException e) {
            ir.hami.referral.ReferralRequest first = desk.byClientKey(user.getUsername(), formKey).orElse(null);
            if (first != null) {
                // the same form sent twice at once: the second stopped at the form's key; show the first one
                requestId = first.getId();
                trackingCode = first.getTrackingCode();
                letterNumber = first.getLetterNumber();
                queuedReason = null;
            } else {
                Fields.error(fieldOf(e.key()), e.key(), e.args());
            }
        }
    }

    /** Another patient: a new form with a new one-time key. */
    public void another() {
        formKey = FormKey.random();
        requestId = null;
        trackingCode = null;
        letterNumber = null;
        queuedReason = null;
        nationalId = null;
        procedureId = null;
        cause = null;
        physician = null;
        admissionDate = clock == null ? null : LocalDate.now(clock); // empty: the service takes today
    }

    /** The field a refusal is shown beside (null: at the top). */
    static String fieldOf(String key) {
        String field;
        if (key.startsWith("nationalId.") || key.startsWith("referral.center.")) {
            field = "nationalId";
        } else if (key.startsWith("referral.admission.")) {
            field = "admission";
        } else if (key.startsWith("referral.procedure.") || key.startsWith("referral.cause.")) {
            field = "cause";
        } else if (key.startsWith("referral.physician.")) {
            field = "physician";
        } else {
            return null;
        }
        return FORM + field;
    }

    public boolean isOnline() { return online; }
    public boolean isDone() { return requestId != null; }
    public boolean isIssued() { return letterNumber != null; }
    public List<ReferralProcedure> getProcedures() { return procedures; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public Long getProcedureId() { return procedureId; }
    public void setProcedureId(Long procedureId) { this.procedureId = procedureId; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getPhysician() { return physician; }
    public void setPhysician(String physician) { this.physician = physician; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate admissionDate) { this.admissionDate = admissionDate; }
    public Long getRequestId() { return requestId; }
    public String getTrackingCode() { return trackingCode; }
    public String getLetterNumber() { return letterNumber; }
    public String getQueuedReason() { return queuedReason; }
}
