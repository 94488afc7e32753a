package ir.hami.platform.files;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * A file chosen on a form and not yet sent with it. Rule: it belongs to one {@link UploadOwner} and one form, and
 * counts against that owner's quota until the form is submitted (then the feature that owns the record links the
 * stored file to it and this row goes) or it is removed from the form, or it is purged when left unsent.
 */
@Entity
@Table(name = "staged_upload")
public class StagedUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "staged_upload")
    @TableGenerator(name = "staged_upload", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "staged_upload", allocationSize = 50)
    private Long id;

    @Column(name = "owner_key", nullable = false, length = 120)
    private String ownerKey;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "form_key", nullable = false, length = 40)
    private String formKey;

    /** Which field of the form it was chosen in (e.g. doctorOrder), for forms with several upload fields. */
    @Column(name = "slot", nullable = false, length = 40)
    private String slot;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Two submits racing for the same file: the second one's delete finds a changed row and rolls back. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StagedUpload() {
    }

    StagedUpload(UploadOwner owner, String formKey, String slot, StoredFile file, Instant createdAt) {
        this.ownerKey = owner.key();
        this.address = owner.address() == null ? null
                : owner.address().substring(0, Math.min(64, owner.address().length()));
        this.formKey = formKey;
        this.slot = slot;
        this.fileId = file.getId();
        this.fileName = file.getFileName();
        this.contentType = file.getContentType();
        this.sizeBytes = file.getSizeBytes();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getOwnerKey() { return ownerKey; }
    public String getAddress() { return address; }
    public String getFormKey() { return formKey; }
    public String getSlot() { return slot; }
    public long getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getCreatedAt() { return createdAt; }
}
