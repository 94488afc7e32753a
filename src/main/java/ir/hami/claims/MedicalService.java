package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;

/** A service a claim is for (general practitioner's visit, MRI...), of one {@link ServiceType}. */
@Entity
@Table(name = "claim_service")
public class MedicalService implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_service")
    @TableGenerator(name = "claim_service", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_service", allocationSize = 50)
    private Long id;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MedicalService() {
    }

    public MedicalService(long typeId, String code, String title) {
        this.typeId = typeId;
        this.code = code;
        this.title = title;
    }

    public void update(long typeId, String title, boolean active) {
        this.typeId = typeId;
        this.title = title;
        this.active = active;
    }

    public Long getId() { return id; }
    public long getTypeId() { return typeId; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
