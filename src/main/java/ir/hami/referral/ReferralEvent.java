package ir.hami.referral;

import java.io.Serializable;
import jakarta.persistence.*;
import java.time.Instant;

/** One change of a request, for its history: who, when, what, from and to which status, the note shown. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_event")
    @TableGenerator(name = "referral_event", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "referral_event", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 24)
    private ReferralAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private ReferralStatus toStatus;

    @Column(name = "note", length = 1000)
    private String note;

    protected ReferralEvent() {
    }

    public ReferralEvent(Long requestId, Instant at, String actor, ReferralAction action, ReferralStatus fromStatus,
                         ReferralStatus toStatus, String note) {
        this.requestId = requestId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ReferralAction getAction() { return action; }
    public ReferralStatus getFromStatus() { return fromStatus; }
    public ReferralStatus getToStatus() { return toStatus; }
    public String getNote() { return note; }
}
