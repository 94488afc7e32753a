package ir.hami.claims;

import jakarta.persistence.*;
import java.time.Instant;

/** One document of an admission: the stored file, its type and an optional note. */
@Entity
@Table(name = "claim_admission_document")
public class AdmissionDocument {

    public static final int NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_admission_document")
    @TableGenerator(name = "claim_admission_document", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_admission_document", allocationSize = 50)
    private Long id;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "document_type_id", nullable = false)
    private long documentTypeId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AdmissionDocument() {
    }

    public AdmissionDocument(long admissionId, long fileId, long documentTypeId, String fileName, String note,
                             Instant addedAt) {
        this.admissionId = admissionId;
        this.fileId = fileId;
        this.documentTypeId = documentTypeId;
        this.fileName = fileName;
        this.note = note;
        this.addedAt = addedAt;
    }

    public void change(long documentTypeId, String note) {
        this.documentTypeId = documentTypeId;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getAdmissionId() { return admissionId; }
    public long getFileId() { return fileId; }
    public long getDocumentTypeId() { return documentTypeId; }
    public String getFileName() { return fileName; }
    public String getNote() { return note; }
    public Instant getAddedAt() { return addedAt; }
}
