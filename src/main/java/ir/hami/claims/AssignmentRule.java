package ir.hami.claims;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of reception (administrators keep them): claims of an insurer whose member lives in a province go to this
 * assessor's queue. A rule without a province is the insurer's default for every province without its own rule.
 */
@Entity
@Table(name = "claim_assignment_rule")
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_assignment_rule")
    @TableGenerator(name = "claim_assignment_rule", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_assignment_rule", allocationSize = 50)
    private Long id;

    @Column(name = "insurer_id", nullable = false)
    private long insurerId;

    @Column(name = "province_id")
    private Long provinceId;

    @Column(name = "assessor", nullable = false, length = Claim.ASSIGNEE_LENGTH)
    private String assessor;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(long insurerId, Long provinceId, String assessor, String by, Instant now) {
        this.insurerId = insurerId;
        this.provinceId = provinceId;
        change(assessor, by, now);
    }

    public void change(String assessor, String by, Instant now) {
        this.assessor = Objects.requireNonNull(assessor);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * The assessor for a claim of the insurer these rules belong to, from a member of {@code provinceId}: the
     * province's own rule, else the insurer's default (a rule without province), else nobody.
     */
    public static Optional<String> choose(Collection<AssignmentRule> insurerRules, Long provinceId) {
        String fallback = null;
        for (AssignmentRule r : insurerRules) {
            if (r.provinceId == null) {
                fallback = r.assessor;
            } else if (r.provinceId.equals(provinceId)) {
                return Optional.of(r.assessor);
            }
        }
        return Optional.ofNullable(fallback);
    }

    public Long getId() { return id; }
    public long getInsurerId() { return insurerId; }
    public Long getProvinceId() { return provinceId; }
    public String getAssessor() { return assessor; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
