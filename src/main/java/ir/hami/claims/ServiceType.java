package ir.hami.claims;

import java.io.Serializable;
import ir.hami.membership.CoverKind;
import jakarta.persistence.*;

/** A type of service a claim is for (visit, drug, lab...), and the kind of cover that pays it. */
@Entity
@Table(name = "claim_service_type")
public class ServiceType implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_service_type")
    @TableGenerator(name = "claim_service_type", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_service_type", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "cover_kind", nullable = false, length = 20)
    private CoverKind coverKind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceType() {
    }

    public ServiceType(String code, String title, CoverKind coverKind, int sortOrder) {
        this.code = code;
        this.title = title;
        this.coverKind = coverKind;
        this.sortOrder = sortOrder;
    }

    public void update(String title, CoverKind coverKind, int sortOrder, boolean active) {
        this.title = title;
        this.coverKind = coverKind;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public CoverKind getCoverKind() { return coverKind; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
