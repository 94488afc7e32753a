package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import ir.hami.referral.CoverageToday;
import ir.hami.referral.ExamAppointment;
import ir.hami.referral.LetterTerms;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralDetails;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * One request for the referral unit: the request, the member's eligibility today, attachments, history, the exam;
 * and the unit's actions, each in its dialog, each naming the version the person saw. A refusal of the service is
 * shown beside its field; a colleague's change in between ({@code referral.conflict}) reloads the request.
 */
@Named
@ViewScoped
public class UnitRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field of which dialog shows a refusal of the service, by its key; others go to the dialog's messages. */
    private static final Map<String, String> FIELD = Map.ofEntries(
            Map.entry("referral.letter.dates", "issueForm:validFrom"),
            Map.entry("referral.letter.datesOrder", "issueForm:validTo"),
            Map.entry("referral.letter.tooLong", "issueForm:validTo"),
            Map.entry("referral.letter.procedure", "issueForm:procedure"),
            Map.entry("referral.letter.ceiling", "issueForm:ceiling"),
            Map.entry("referral.letter.franchise", "issueForm:franchise"),
            Map.entry("referral.refuse.reason", "refuseForm:reason"),
            Map.entry("referral.documents.note", "documentsForm:note"),
            Map.entry("referral.exam.required", "bookForm:physician"),
            Map.entry("referral.exam.time", "bookForm:time"),
            Map.entry("referral.exam.past", "bookForm:date"),
            Map.entry(LetterTerms.PROCEDURE_TOO_LONG, "issueForm:procedure"),
            Map.entry(LetterTerms.REMARKS_TOO_LONG, "issueForm:remarks"),
            Map.entry(ReferralDesk.REASON_TOO_LONG, "refuseForm:reason"),
            Map.entry(ReferralDesk.DOCUMENTS_NOTE_TOO_LONG, "documentsForm:note"),
            Map.entry(ReferralDesk.EXAM_NOTE_TOO_LONG, "examForm:examNote"),
            Map.entry(ExamAppointment.PHYSICIAN_TOO_LONG, "bookForm:physician"),
            Map.entry(ExamAppointment.PLACE_TOO_LONG, "bookForm:place"));

    @Inject
    ReferralDesk desk;

    @Inject
    PortalUser user;

    private Long id;
    private ReferralDetails details;
    private CoverageToday coverage;
    private String loadError;

    // issue
    private LocalDate validFrom;
    private LocalDate validTo;
    private String procedure;
    private Long ceiling;
    private String franchise;
    private String remarks;
    // refuse, documents, exam
    private String reason;
    private String note;
    private String examNote;
    private String examPhysician;
    private LocalDate examDate;
    private String examTime;
    private String examPlace;

    /** viewAction: loads the request named by ?id= (nothing is shown for an id the viewer may not see). */
    public void load() {
        if (id == null) {
            loadError = "referral.notFound";
            return;
        }
        try {
            details = desk.details(viewer(), id);
            coverage = desk.coverageToday(viewer(), id);
            loadError = null;
        } catch (ValidationException e) {
            details = null;
            coverage = null;
            loadError = e.key();
        }
    }

    private Viewer viewer() {
        return Viewer.of(user);
    }

    private ReferralRequest request() {
        return details.request();
    }

    // ---------------------------------------------------------------- opening the dialogs

    public void prepareIssue() {
        try {
            LetterTerms t = desk.proposedTerms(viewer(), id);
            LocalDate today = LocalDate.now(ir.hami.platform.ClockProducer.TEHRAN);
            validFrom = t.validFrom().isBefore(today) ? today : t.validFrom();
            validTo = t.validTo().isBefore(validFrom) ? validFrom : t.validTo();
            procedure = t.coveredProcedure();
            ceiling = t.commitmentCeiling();
            franchise = t.franchisePercent() == null ? null
                    : ir.hami.platform.text.PersianText.localizeDigits(String.valueOf(t.franchisePercent()),
                            Texts.currentLocale());
            remarks = null;
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void prepareBook() {
        ReferralRequest r = request();
        examPhysician = r.getExamPhysician();
        examDate = r.getExamDate();
        examTime = r.getExamTime();
        examPlace = r.getExamPlace();
    }

    // ---------------------------------------------------------------- the actions

    public String issue() {
        return act(() -> desk.issue(viewer(), id, request().getVersion(),
                new LetterTerms(validFrom, validTo, procedure, ceiling, percent(franchise), remarks)), "workbench.issued");
    }

    public String refuse() {
        return act(() -> desk.refuse(viewer(), id, request().getVersion(), reason), "workbench.refused");
    }

    public String requestDocuments() {
        return act(() -> desk.requestDocuments(viewer(), id, request().getVersion(), note),
                "workbench.documentsRequested");
    }

    public String requireExam() {
        return act(() -> desk.requireExam(viewer(), id, request().getVersion(), examNote),
                "workbench.examRequired");
    }

    public String bookExam() {
        return act(() -> desk.bookExam(viewer(), id, request().getVersion(),
                new ExamAppointment(examPhysician, examDate, examTime, examPlace)), "workbench.examBooked");
    }

    /** A typed percentage in any digits; anything else is out of range for the letter's rule. */
    static Integer percent(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = ir.hami.platform.text.PersianText.normalizeDigits(typed).strip().replace("%", "")
                .replace("\u066A", "");
        return digits.matches("[0-9]{1,3}") ? Integer.valueOf(digits) : -1;
    }

    /**
     * Runs an action; done (or overtaken by a colleague) the page is opened again with the message, so everything on
     * it is read afresh; refused, the message stays beside the field in the open dialog.
     */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(null, doneKey, request().getTrackingCode());
        } catch (ValidationException e) {
            if (!ReferralDesk.CONFLICT.equals(e.key()) && !ReferralRequest.NOT_ALLOWED.equals(e.key())) {
                String field = FIELD.get(e.key());
                Texts.error(field, e.key(), e.args());
                return null;
            }
            Texts.error(null, e.key(), e.args());
        }
        Texts.keepForRedirect();
        return "/staff/referral/request?faces-redirect=true&id=" + id;
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isFound() { return details != null; }
    public String getLoadError() { return loadError; }
    public ReferralDetails getDetails() { return details; }
    public CoverageToday getCoverage() { return coverage; }

    private ReferralStatus status() { return details == null ? null : request().getStatus(); }
    public boolean isMayIssue() { return status() != null && status().mayIssue(); }
    public boolean isMayRefuse() { return status() != null && status().mayRefuse(); }
    public boolean isMayRequestDocuments() { return status() != null && status().mayRequestDocuments(); }
    public boolean isMayRequireExam() { return status() != null && status().mayRequireExam(); }
    public boolean isMayBookExam() { return status() != null && status().mayBookExam(); }
    public boolean isExamBooked() { return details != null && request().getExamDate() != null; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getProcedure() { return procedure; }
    public void setProcedure(String procedure) { this.procedure = procedure; }
    public Long getCeiling() { return ceiling; }
    public void setCeiling(Long ceiling) { this.ceiling = ceiling; }
    public String getFranchise() { return franchise; }
    public void setFranchise(String franchise) { this.franchise = franchise; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getExamNote() { return examNote; }
    public void setExamNote(String examNote) { this.examNote = examNote; }
    public String getExamPhysician() { return examPhysician; }
    public void setExamPhysician(String examPhysician) { this.examPhysician = examPhysician; }
    public LocalDate getExamDate() { return examDate; }
    public void setExamDate(LocalDate examDate) { this.examDate = examDate; }
    public String getExamTime() { return examTime; }
    public void setExamTime(String examTime) { this.examTime = examTime; }
    public String getExamPlace() { return examPlace; }
    public void setExamPlace(String examPlace) { this.examPlace = examPlace; }
}
