package ir.hami.referral;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.Instant;

/** A file of a request (a stored file of the portal): the doctor's order, the national card, more documents. */
@Entity
@Table(name = "referral_attachment")
public class ReferralAttachment implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_attachment")
    @TableGenerator(name = "referral_attachment", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "referral_attachment", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AttachmentKind kind;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ReferralAttachment() {
    }

    public ReferralAttachment(long requestId, AttachmentKind kind, long fileId, String addedBy, Instant addedAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.fileId = fileId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public AttachmentKind getKind() { return kind; }
    public long getFileId() { return fileId; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
