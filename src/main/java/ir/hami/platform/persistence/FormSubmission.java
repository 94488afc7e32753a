package ir.hami.platform.persistence;

import jakarta.persistence.*;
import java.time.Instant;

/** A create form submitted once: its one-time key (unique) and the id of what it made. See {@link FormSubmissions}. */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    @Id
    @Column(name = "form_key", length = 40)
    private String formKey;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "submitted_by", nullable = false, length = 120)
    private String submittedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FormSubmission() {
    }

    FormSubmission(String formKey, String kind, Long recordId, String submittedBy, Instant createdAt) {
        this.formKey = formKey;
        this.kind = kind;
        this.recordId = recordId;
        this.submittedBy = submittedBy;
        this.createdAt = createdAt;
    }

    void made(long recordId) {
        this.recordId = recordId;
    }

    public String getFormKey() { return formKey; }
    public String getKind() { return kind; }
    public Long getRecordId() { return recordId; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
