package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;

/** A type of document image (invoice, prescription, lab result...). {@value #OTHER} may go with any service. */
@Entity
@Table(name = "claim_document_type")
public class DocumentType implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The code of "other documents", offered for every service beside what it requires. */
    public static final String OTHER = "OTHER";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_document_type")
    @TableGenerator(name = "claim_document_type", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_document_type", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DocumentType() {
    }

    public DocumentType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public void update(String title, boolean active) {
        this.title = title;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
