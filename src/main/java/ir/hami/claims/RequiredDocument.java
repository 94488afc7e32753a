package ir.hami.claims;

import jakarta.persistence.*;

/** A document type a service asks for; a mandatory one must have an image before the claim is submitted. */
@Entity
@Table(name = "claim_required_document")
public class RequiredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_required_document")
    @TableGenerator(name = "claim_required_document", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_required_document", allocationSize = 50)
    private Long id;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "document_type_id", nullable = false)
    private long documentTypeId;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected RequiredDocument() {
    }

    public RequiredDocument(long serviceId, long documentTypeId, boolean mandatory) {
        this.serviceId = serviceId;
        this.documentTypeId = documentTypeId;
        this.mandatory = mandatory;
    }

    public void mandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public Long getId() { return id; }
    public long getServiceId() { return serviceId; }
    public long getDocumentTypeId() { return documentTypeId; }
    public boolean isMandatory() { return mandatory; }
}
