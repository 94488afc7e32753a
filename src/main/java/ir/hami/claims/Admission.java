package ir.hami.claims;

import java.io.Serializable;
import ir.hami.platform.ValidationException;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Objects;

/**
 * An admission (پذیرش, seed 003): a batch of documents a member uploads for a person. While in progress its documents
 * may be added, changed and deleted; "I confirm" completes and freezes it; staff may reject it with a reason.
 */
@Entity
@Table(name = "claim_admission")
public class Admission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String NOT_ALLOWED = "admissions.notAllowed";
    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_admission")
    @TableGenerator(name = "claim_admission", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_admission", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, length = 10)
    private String trackingCode;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "main_person_id", nullable = false)
    private long mainPersonId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private AdmissionState state;

    @Column(name = "reject_reason", length = Claim.NOTE_LENGTH)
    private String rejectReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Admission() {
    }

    public Admission(String trackingCode, String createdBy, String clientKey, long personId, long mainPersonId,
                     long contractId, String title, String description, Instant now) {
        this.trackingCode = Objects.requireNonNull(trackingCode);
        this.createdBy = createdBy;
        this.clientKey = clientKey;
        this.personId = personId;
        this.mainPersonId = mainPersonId;
        this.contractId = contractId;
        this.title = title;
        this.description = description;
        this.state = AdmissionState.IN_PROGRESS;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Documents may be added, changed or removed only while in progress. */
    public void requireEditable() {
        if (state != AdmissionState.IN_PROGRESS) {
            throw new ValidationException(NOT_ALLOWED);
        }
    }

    public void edit(String title, String description, Instant now) {
        requireEditable();
        this.title = title;
        this.description = description;
        this.updatedAt = now;
    }

    /** "I confirm": completed and frozen. */
    public void confirm(Instant now) {
        requireEditable();
        this.state = AdmissionState.COMPLETED;
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    /** Staff refuse a confirmed admission, with the reason the member reads. */
    public void reject(String reason, Instant now) {
        if (state != AdmissionState.COMPLETED) {
            throw new ValidationException(NOT_ALLOWED);
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("admissions.reject.reasonRequired");
        }
        this.state = AdmissionState.REJECTED;
        this.rejectReason = reason.strip();
        this.decidedAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public String getCreatedBy() { return createdBy; }
    public String getClientKey() { return clientKey; }
    public long getPersonId() { return personId; }
    public long getMainPersonId() { return mainPersonId; }
    public long getContractId() { return contractId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public AdmissionState getState() { return state; }
    public String getRejectReason() { return rejectReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
