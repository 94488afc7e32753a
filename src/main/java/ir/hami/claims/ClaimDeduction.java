package ir.hami.claims;

import jakarta.persistence.*;

/** One deduction from a claim's item: its kind, amount (Rials) and the sentence that explains it to the member. */
@Entity
@Table(name = "claim_deduction")
public class ClaimDeduction {

    public static final int EXPLANATION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_deduction")
    @TableGenerator(name = "claim_deduction", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_deduction", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "item_id")
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DeductionKind kind;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "explanation", nullable = false, length = EXPLANATION_LENGTH)
    private String explanation;

    protected ClaimDeduction() {
    }

    public ClaimDeduction(long claimId, Long itemId, DeductionKind kind, long amount, String explanation) {
        this.claimId = claimId;
        this.itemId = itemId;
        this.kind = kind;
        this.amount = amount;
        this.explanation = explanation;
    }

    public Long getId() { return id; }
    public long getClaimId() { return claimId; }
    public Long getItemId() { return itemId; }
    public DeductionKind getKind() { return kind; }
    public long getAmount() { return amount; }
    public String getExplanation() { return explanation; }
}
