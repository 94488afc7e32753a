package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;

/** One cover of a contract's plan (پوشش): an annual ceiling in Rials and the member's franchise share. */
@Entity
@Table(name = "contract_cover")
public class Cover implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "contract_cover")
    @TableGenerator(name = "contract_cover", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "contract_cover", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private InsuranceContract contract;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "annual_ceiling", nullable = false)
    private long annualCeiling;

    @Column(name = "franchise_percent", nullable = false)
    private int franchisePercent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** What the cover pays for; null on covers made before claims (they take what no other cover of the plan takes). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cover_kind", length = 20)
    private CoverKind kind;

    /** The ceiling is the family's together, not each person's. */
    @Column(name = "family_ceiling", nullable = false)
    private boolean familyCeiling;

    protected Cover() {
    }

    Cover(InsuranceContract contract, String title, long annualCeiling, int franchisePercent, int sortOrder) {
        if (annualCeiling < 0) {
            throw new IllegalArgumentException("ceiling must not be negative");
        }
        if (franchisePercent < 0 || franchisePercent > 100) {
            throw new IllegalArgumentException("franchise must be 0..100%");
        }
        this.contract = contract;
        this.title = title;
        this.annualCeiling = annualCeiling;
        this.franchisePercent = franchisePercent;
        this.sortOrder = sortOrder;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public long getAnnualCeiling() { return annualCeiling; }
    public int getFranchisePercent() { return franchisePercent; }
    public int getSortOrder() { return sortOrder; }
    public CoverKind getKind() { return kind; }
    public boolean isFamilyCeiling() { return familyCeiling; }

    /** Says what the cover pays for and whether its ceiling is per person or for the whole family. */
    public Cover kind(CoverKind kind, boolean familyCeiling) {
        this.kind = kind;
        this.familyCeiling = familyCeiling;
        return this;
    }
}
