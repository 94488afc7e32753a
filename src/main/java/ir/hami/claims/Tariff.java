package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * One row of the tariff (تعرفه): what the contract pays per unit of a service or drug, and the service type whose
 * cover pays it. An assessor's line names it by code; above its price is "out of tariff". Administrators keep it.
 */
@Entity
@Table(name = "claim_tariff")
public class Tariff implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 30;
    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_tariff")
    @TableGenerator(name = "claim_tariff", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_tariff", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "service_type_id", nullable = false)
    private long serviceTypeId;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tariff() {
    }

    public Tariff(String code, String title, ItemKind kind, long serviceTypeId, long unitPrice, Instant now) {
        this.code = code;
        update(title, kind, serviceTypeId, unitPrice, true, now);
    }

    public void update(String title, ItemKind kind, long serviceTypeId, long unitPrice, boolean active, Instant now) {
        if (unitPrice < 0) {
            throw new IllegalArgumentException("a price is not negative");
        }
        this.title = title;
        this.kind = kind;
        this.serviceTypeId = serviceTypeId;
        this.unitPrice = unitPrice;
        this.active = active;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public ItemKind getKind() { return kind; }
    public long getServiceTypeId() { return serviceTypeId; }
    public long getUnitPrice() { return unitPrice; }
    public boolean isActive() { return active; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
