package ir.hami.claims;

import jakarta.persistence.*;

/**
 * What assessed claims used of one cover's annual ceiling for one person. A family ceiling is the sum of the family's
 * rows (same main member and contract). Charged in the assessment's transaction, under the row's version.
 */
@Entity
@Table(name = "cover_usage")
public class CoverUsage {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cover_usage")
    @TableGenerator(name = "cover_usage", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "cover_usage", allocationSize = 50)
    private Long id;

    @Column(name = "cover_id", nullable = false)
    private long coverId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "main_person_id", nullable = false)
    private long mainPersonId;

    @Column(name = "used_amount", nullable = false)
    private long usedAmount;

    @Column(name = "claim_count", nullable = false)
    private int claimCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CoverUsage() {
    }

    public CoverUsage(long coverId, long contractId, long personId, long mainPersonId) {
        this.coverId = coverId;
        this.contractId = contractId;
        this.personId = personId;
        this.mainPersonId = mainPersonId;
    }

    public void charge(long amount) {
        this.usedAmount = Math.addExact(usedAmount, amount);
        this.claimCount++;
    }

    public Long getId() { return id; }
    public long getCoverId() { return coverId; }
    public long getContractId() { return contractId; }
    public long getPersonId() { return personId; }
    public long getMainPersonId() { return mainPersonId; }
    public long getUsedAmount() { return usedAmount; }
    public int getClaimCount() { return claimCount; }
}
