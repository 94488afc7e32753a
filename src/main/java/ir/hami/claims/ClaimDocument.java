package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * One document image of a claim: the stored file, its document type, and the round it came in (0 with the claim or
 * draft, n to fix the n-th deficiency). The file's SHA-256 is copied with the family's main member so an identical
 * image sent before is found through one index.
 */
@Entity
@Table(name = "claim_document")
public class ClaimDocument implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_document")
    @TableGenerator(name = "claim_document", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_document", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "main_person_id", nullable = false)
    private long mainPersonId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "document_type_id", nullable = false)
    private long documentTypeId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ClaimDocument() {
    }

    public ClaimDocument(Claim claim, long fileId, long documentTypeId, String fileName, String sha256, int round,
                         String addedBy, Instant addedAt) {
        this.claimId = claim.getId();
        this.mainPersonId = claim.getMainPersonId();
        this.fileId = fileId;
        this.documentTypeId = documentTypeId;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.round = round;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public long getClaimId() { return claimId; }
    public long getMainPersonId() { return mainPersonId; }
    public long getFileId() { return fileId; }
    public long getDocumentTypeId() { return documentTypeId; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public int getRound() { return round; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
