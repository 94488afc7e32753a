package ir.hami.referral;

import java.io.Serializable;
import ir.hami.platform.ValidationException;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request for a referral letter and, once issued, the letter itself. It holds the state machine of
 * {@link ReferralStatus}: every change goes through one of its methods, which refuses a change the current status does
 * not allow ({@code referral.notAllowed}) and returns the {@link ReferralEvent} to record.
 */
@Entity
@Table(name = "referral_request")
public class ReferralRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Message key: the change is not allowed in the request's current status. */
    public static final String NOT_ALLOWED = "referral.notAllowed";
    /** Message key: an exam-bound request cannot be issued before its exam has been held. */
    public static final String EXAM_FIRST = "referral.examFirst";

    /** Lengths of the text columns a person types into (V6__referral.sql); the service refuses longer text. */
    public static final int CAUSE_LENGTH = 500;
    public static final int PHYSICIAN_LENGTH = 200;
    public static final int COVERED_PROCEDURE_LENGTH = 300;
    public static final int REMARKS_LENGTH = 1000;
    public static final int UNIT_NOTE_LENGTH = 1000;
    public static final int EXAM_PLACE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_request")
    @TableGenerator(name = "referral_request", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "referral_request", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, length = 10)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private ReferralChannel channel;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "main_person_id", nullable = false)
    private long mainPersonId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "insurer_id", nullable = false)
    private long insurerId;

    @Column(name = "national_id", nullable = false, length = 10)
    private String nationalId;

    @Column(name = "patient_name", nullable = false, length = 200)
    private String patientName;

    @Column(name = "center_id", nullable = false)
    private long centerId;

    @Column(name = "province_id", nullable = false)
    private long provinceId;

    @Column(name = "procedure_id")
    private Long procedureId;

    @Column(name = "cause", nullable = false, length = CAUSE_LENGTH)
    private String cause;

    @Column(name = "physician", length = PHYSICIAN_LENGTH)
    private String physician;

    @Column(name = "admission_date", nullable = false)
    private LocalDate admissionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ReferralStatus status;

    @Column(name = "awaiting_unit", nullable = false)
    private boolean awaitingUnit;

    @Column(name = "exam_required", nullable = false)
    private boolean examRequired;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "letter_number", length = 20)
    private String letterNumber;

    @Column(name = "verification_code", length = 32)
    private String verificationCode;

    @Column(name = "letter_valid_from")
    private LocalDate letterValidFrom;

    @Column(name = "letter_valid_to")
    private LocalDate letterValidTo;

    @Column(name = "covered_procedure", length = COVERED_PROCEDURE_LENGTH)
    private String coveredProcedure;

    @Column(name = "commitment_ceiling")
    private Long commitmentCeiling;

    @Column(name = "franchise_percent")
    private Integer franchisePercent;

    @Column(name = "remarks", length = REMARKS_LENGTH)
    private String remarks;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "unit_note", length = UNIT_NOTE_LENGTH)
    private String unitNote;

    @Column(name = "exam_physician", length = PHYSICIAN_LENGTH)
    private String examPhysician;

    @Column(name = "exam_date")
    private LocalDate examDate;

    @Column(name = "exam_time", length = 5)
    private String examTime;

    @Column(name = "exam_place", length = EXAM_PLACE_LENGTH)
    private String examPlace;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReferralRequest() {
    }

    /** Who and what a new request is about; the service has checked each part (family, coverage, centre). */
    public record Subject(long personId, long mainPersonId, long contractId, long insurerId, String nationalId,
                          String patientName, long centerId, long provinceId) {
    }

    /** A new request, SUBMITTED; call {@link #submitted} after it is persisted to get its first event. */
    public ReferralRequest(String trackingCode, ReferralChannel channel, String requestedBy, String clientKey,
                           Subject subject, ReferralProcedure procedure, String cause, String physician,
                           LocalDate admissionDate, Instant now) {
        this.trackingCode = Objects.requireNonNull(trackingCode);
        this.channel = channel;
        this.requestedBy = requestedBy;
        this.clientKey = clientKey;
        this.personId = subject.personId();
        this.mainPersonId = subject.mainPersonId();
        this.contractId = subject.contractId();
        this.insurerId = subject.insurerId();
        this.nationalId = subject.nationalId();
        this.patientName = subject.patientName();
        this.centerId = subject.centerId();
        this.provinceId = subject.provinceId();
        this.procedureId = procedure == null ? null : procedure.getId();
        this.examRequired = procedure != null && procedure.isRequiresExam();
        this.cause = cause;
        this.physician = physician;
        this.admissionDate = admissionDate;
        this.requestedAt = now;
        moveTo(ReferralStatus.SUBMITTED, now);
    }

    public ReferralEvent submitted(String actor, ReferralAction action, String note) {
        return new ReferralEvent(id, requestedAt, actor, action, null, status, note);
    }

    public ReferralEvent cancel(String actor, Instant now) {
        require(status.isCancellable());
        return change(ReferralStatus.CANCELLED, ReferralAction.CANCELLED, actor, null, now);
    }

    public ReferralEvent requestDocuments(String actor, String note, Instant now) {
        require(status.mayRequestDocuments());
        unitNote = note;
        return change(ReferralStatus.DOCUMENTS_REQUESTED, ReferralAction.DOCUMENTS_REQUESTED, actor, note, now);
    }

    /** The member added what was asked for: back to the unit. */
    public ReferralEvent documentsAdded(String actor, Instant now) {
        require(status == ReferralStatus.DOCUMENTS_REQUESTED);
        return change(ReferralStatus.SUBMITTED, ReferralAction.DOCUMENTS_ADDED, actor, null, now);
    }

    public ReferralEvent requireExam(String actor, String note, Instant now) {
        require(status.mayRequireExam());
        examRequired = true;
        unitNote = note;
        return change(ReferralStatus.EXAM_REQUIRED, ReferralAction.EXAM_REQUIRED, actor, note, now);
    }

    public ReferralEvent bookExam(String actor, ExamAppointment exam, Instant now) {
        require(status.mayBookExam());
        examPhysician = exam.physician();
        examDate = exam.date();
        examTime = exam.time();
        examPlace = exam.place();
        return change(ReferralStatus.EXAM_BOOKED, ReferralAction.EXAM_BOOKED, actor, null, now);
    }

    /**
     * Issues the letter. An exam-bound request must have its exam booked on or before {@code today}.
     *
     * @throws ValidationException {@link #NOT_ALLOWED} or {@link #EXAM_FIRST}
     */
    public ReferralEvent issue(String actor, LetterTerms terms, String letterNumber, String verificationCode,
                               LocalDate today, Instant now) {
        if (status == ReferralStatus.EXAM_REQUIRED) {
            throw new ValidationException(EXAM_FIRST);
        }
        require(status.mayIssue());
        if (examRequired && (status != ReferralStatus.EXAM_BOOKED || examDate == null || examDate.isAfter(today))) {
            throw new ValidationException(EXAM_FIRST);
        }
        this.letterNumber = letterNumber;
        this.verificationCode = verificationCode;
        this.letterValidFrom = terms.validFrom();
        this.letterValidTo = terms.validTo();
        this.coveredProcedure = terms.coveredProcedure();
        this.commitmentCeiling = terms.commitmentCeiling();
        this.franchisePercent = terms.franchisePercent();
        this.remarks = terms.remarks();
        this.decidedBy = actor;
        this.decidedAt = now;
        return change(ReferralStatus.ISSUED, ReferralAction.ISSUED, actor, terms.remarks(), now);
    }

    /** Who decided a letter issued at once for a centre's online request. */
    public static final String AUTO_ACTOR = "system";

    /** Issued at once for a centre's online request ({@link AutoIssue}): decided by {@link #AUTO_ACTOR}. */
    public ReferralEvent issueAutomatically(LetterTerms terms, String letterNumber, String verificationCode,
                                            LocalDate today, Instant now) {
        ReferralEvent e = issue(AUTO_ACTOR, terms, letterNumber, verificationCode, today, now);
        return new ReferralEvent(id, now, AUTO_ACTOR, ReferralAction.AUTO_ISSUED, e.getFromStatus(), e.getToStatus(),
                null);
    }

    public ReferralEvent refuse(String actor, String reason, Instant now) {
        require(status.mayRefuse());
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("referral.refuse.reason");
        }
        unitNote = reason.strip();
        decidedBy = actor;
        decidedAt = now;
        return change(ReferralStatus.REFUSED, ReferralAction.REFUSED, actor, unitNote, now);
    }

    /** The letter's terms, when issued. */
    public LetterTerms letterTerms() {
        return status == ReferralStatus.ISSUED ? new LetterTerms(letterValidFrom, letterValidTo, coveredProcedure,
                commitmentCeiling, franchisePercent, remarks) : null;
    }

    private ReferralEvent change(ReferralStatus to, ReferralAction action, String actor, String note, Instant now) {
        ReferralStatus from = status;
        moveTo(to, now);
        return new ReferralEvent(id, now, actor, action, from, to, note);
    }

    private void moveTo(ReferralStatus to, Instant now) {
        status = to;
        awaitingUnit = to.isAwaitingUnit();
        updatedAt = now;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ValidationException(NOT_ALLOWED);
        }
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public ReferralChannel getChannel() { return channel; }
    public String getRequestedBy() { return requestedBy; }
    public String getClientKey() { return clientKey; }
    public long getPersonId() { return personId; }
    public long getMainPersonId() { return mainPersonId; }
    public long getContractId() { return contractId; }
    public long getInsurerId() { return insurerId; }
    public String getNationalId() { return nationalId; }
    public String getPatientName() { return patientName; }
    public long getCenterId() { return centerId; }
    public long getProvinceId() { return provinceId; }
    public Long getProcedureId() { return procedureId; }
    public String getCause() { return cause; }
    public String getPhysician() { return physician; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public ReferralStatus getStatus() { return status; }
    public boolean isAwaitingUnit() { return awaitingUnit; }
    public boolean isExamRequired() { return examRequired; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getLetterNumber() { return letterNumber; }
    public String getVerificationCode() { return verificationCode; }
    public LocalDate getLetterValidFrom() { return letterValidFrom; }
    public LocalDate getLetterValidTo() { return letterValidTo; }
    public String getCoveredProcedure() { return coveredProcedure; }
    public Long getCommitmentCeiling() { return commitmentCeiling; }
    public Integer getFranchisePercent() { return franchisePercent; }
    public String getRemarks() { return remarks; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getUnitNote() { return unitNote; }
    public String getExamPhysician() { return examPhysician; }
    public LocalDate getExamDate() { return examDate; }
    public String getExamTime() { return examTime; }
    public String getExamPlace() { return examPlace; }
    public long getVersion() { return version; }
}
