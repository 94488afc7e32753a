package ir.hami.eligibility;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/** The audit row of one eligibility check: which centre, who, through which channel, which national ID, the answer. */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "eligibility_check")
    @TableGenerator(name = "eligibility_check", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "eligibility_check", allocationSize = 100)
    private Long id;

    @Column(name = "center_id", nullable = false)
    private long centerId;

    @Column(name = "actor", nullable = false, length = 80)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "national_id", nullable = false, length = 10)
    private String nationalId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "covered", nullable = false)
    private boolean covered;

    @Column(name = "answer", nullable = false, length = 300)
    private String answer;

    protected EligibilityCheck() {
    }

    public EligibilityCheck(long centerId, String actor, Channel channel, String nationalId, Instant checkedAt,
                            boolean covered, String answer) {
        this.centerId = centerId;
        this.actor = actor;
        this.channel = channel;
        this.nationalId = nationalId;
        this.checkedAt = checkedAt;
        this.covered = covered;
        this.answer = answer.length() <= 300 ? answer : answer.substring(0, 300);
    }

    public Long getId() { return id; }
    public long getCenterId() { return centerId; }
    public String getActor() { return actor; }
    public Channel getChannel() { return channel; }
    public String getNationalId() { return nationalId; }
    public Instant getCheckedAt() { return checkedAt; }
    public boolean isCovered() { return covered; }
    public String getAnswer() { return answer; }
}
