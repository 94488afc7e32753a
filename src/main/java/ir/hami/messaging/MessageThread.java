package ir.hami.messaging;

import ir.hami.membership.Insurer;
import ir.hami.platform.ValidationException;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A conversation between a sender (a member, or a visitor of the public site) and a unit of an insurer, found again
 * by its {@link TrackingCode}. Rules: it starts OPEN; a staff reply makes it ANSWERED; the sender's follow-up makes
 * it OPEN again; it can be assigned to a staff member; once CLOSED nothing more happens to it. Who assigned or closed
 * it, and when, is kept. Staff edits name the version they saw ({@code @Version}).
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

    public static final String KEY_CLOSED = "messages.closed";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "message_thread")
    @TableGenerator(name = "message_thread", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "message_thread", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, length = 12)
    private String trackingCode;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "insurer_id")
    private Insurer insurer;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 20)
    private Unit unit;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ThreadStatus status;

    @Column(name = "sender_person_id")
    private Long senderPersonId;

    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;

    @Column(name = "sender_mobile", length = 11)
    private String senderMobile;

    @Column(name = "sender_email", length = 200)
    private String senderEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "assigned_to", length = 60)
    private String assignedTo;

    @Column(name = "assigned_by", length = 60)
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected MessageThread() {
    }

    public MessageThread(TrackingCode code, Insurer insurer, Unit unit, String subject, Long senderPersonId,
                         String senderName, String senderMobile, String senderEmail, Instant at) {
        this.trackingCode = code.value();
        this.insurer = insurer;
        this.unit = unit;
        this.subject = subject;
        this.senderPersonId = senderPersonId;
        this.senderName = senderName;
        this.senderMobile = senderMobile;
        this.senderEmail = senderEmail;
        this.createdAt = at;
        this.lastPostAt = at;
        this.status = ThreadStatus.OPEN;
    }

    /** A staff member answered. @throws ValidationException {@link #KEY_CLOSED} */
    public void answered(Instant at) {
        requireNotClosed();
        status = ThreadStatus.ANSWERED;
        lastPostAt = at;
    }

    /** The sender wrote again: the thread waits for staff again. @throws ValidationException {@link #KEY_CLOSED} */
    public void followedUp(Instant at) {
        requireNotClosed();
        status = ThreadStatus.OPEN;
        lastPostAt = at;
    }

    /** @throws ValidationException {@link #KEY_CLOSED} */
    public void assign(String staff, String by, Instant at) {
        requireNotClosed();
        assignedTo = staff;
        assignedBy = by;
        assignedAt = at;
    }

    /** Back to the unit's common queue; who did it and when are kept. @throws ValidationException {@link #KEY_CLOSED} */
    public void unassign(String by, Instant at) {
        requireNotClosed();
        assignedTo = null;
        assignedBy = by;
        assignedAt = at;
    }

    /** @throws ValidationException {@link #KEY_CLOSED} when already closed */
    public void close(String by, Instant at) {
        requireNotClosed();
        status = ThreadStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    public boolean isClosed() {
        return status == ThreadStatus.CLOSED;
    }

    /** Whether this member wrote it (public visitors' threads belong to no member). */
    public boolean isSentBy(long personId) {
        return senderPersonId != null && senderPersonId == personId;
    }

    private void requireNotClosed() {
        if (isClosed()) {
            throw new ValidationException(KEY_CLOSED);
        }
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public Insurer getInsurer() { return insurer; }
    public Unit getUnit() { return unit; }
    public String getSubject() { return subject; }
    public ThreadStatus getStatus() { return status; }
    public Long getSenderPersonId() { return senderPersonId; }
    public String getSenderName() { return senderName; }
    public String getSenderMobile() { return senderMobile; }
    public String getSenderEmail() { return senderEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastPostAt() { return lastPostAt; }
    public String getAssignedTo() { return assignedTo; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
