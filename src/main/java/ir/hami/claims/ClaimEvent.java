package ir.hami.claims;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.Instant;

/** One change of a claim, for its history: who, when, what, from and to which state, the note shown. */
@Entity
@Table(name = "claim_event")
public class ClaimEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_event")
    @TableGenerator(name = "claim_event", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "claim_event", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private ClaimAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 24)
    private ClaimState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 24)
    private ClaimState toState;

    @Column(name = "note", length = Claim.NOTE_LENGTH)
    private String note;

    protected ClaimEvent() {
    }

    public ClaimEvent(Long claimId, Instant at, String actor, ClaimAction action, ClaimState fromState,
                      ClaimState toState, String note) {
        this.claimId = claimId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    /** The same event, for a claim that got its id after the event was made. */
    public ClaimEvent of(long claimId) {
        this.claimId = claimId;
        return this;
    }

    public Long getId() { return id; }
    public Long getClaimId() { return claimId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ClaimAction getAction() { return action; }
    public ClaimState getFromState() { return fromState; }
    public ClaimState getToState() { return toState; }
    public String getNote() { return note; }
}
