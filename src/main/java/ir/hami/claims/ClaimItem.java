package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.LocalDate;

/** One assessed line of a claim: what it was, who prescribed it, its total, what was deducted and what is paid. */
@Entity
@Table(name = "claim_item")
public class ClaimItem implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_item")
    @TableGenerator(name = "claim_item", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_item", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "physician", length = 200)
    private String physician;

    @Column(name = "council_code", length = 10)
    private String councilCode;

    @Column(name = "prescribed_on")
    private LocalDate prescribedOn;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "deducted_amount", nullable = false)
    private long deductedAmount;

    @Column(name = "payable_amount", nullable = false)
    private long payableAmount;

    @Column(name = "tariff_code", length = Tariff.CODE_LENGTH)
    private String tariffCode;

    @Column(name = "unit_price")
    private Long unitPrice;

    @Column(name = "tariff_price")
    private Long tariffPrice;

    @Column(name = "cover_id")
    private Long coverId;

    protected ClaimItem() {
    }

    public ClaimItem(long claimId, int lineNo, Assessment.Item item) {
        this.claimId = claimId;
        this.lineNo = lineNo;
        this.kind = item.kind();
        this.title = item.title();
        this.physician = item.physician();
        this.councilCode = item.councilCode();
        this.prescribedOn = item.prescribedOn();
        this.quantity = item.quantity();
        this.totalAmount = item.total();
        this.deductedAmount = item.deducted();
        this.payableAmount = item.payable();
        this.tariffCode = item.tariffCode();
        this.unitPrice = item.unitPrice();
        this.tariffPrice = item.tariffPrice();
        this.coverId = item.coverId();
    }

    public String getTariffCode() { return tariffCode; }
    public Long getUnitPrice() { return unitPrice; }
    public Long getTariffPrice() { return tariffPrice; }
    public Long getCoverId() { return coverId; }

    public Long getId() { return id; }
    public long getClaimId() { return claimId; }
    public int getLineNo() { return lineNo; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getPhysician() { return physician; }
    public String getCouncilCode() { return councilCode; }
    public LocalDate getPrescribedOn() { return prescribedOn; }
    public int getQuantity() { return quantity; }
    public long getTotalAmount() { return totalAmount; }
    /** The insured's share of this line: everything deducted from it. */
    public long getDeductedAmount() { return deductedAmount; }
    public long getPayableAmount() { return payableAmount; }
}
