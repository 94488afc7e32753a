package ir.hami.notification;

import jakarta.persistence.*;
import java.time.Instant;

/** A portal notification of a member (the text in Persian, as the SMS that told the same), read or not. */
@Entity
@Table(name = "member_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_notification")
    @TableGenerator(name = "member_notification", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "member_notification", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "text", nullable = false, length = 500)
    private String text;

    @Column(name = "link", length = 200)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long personId, Instant createdAt, String text, String link) {
        this.personId = personId;
        this.createdAt = createdAt;
        this.text = text.length() > 500 ? text.substring(0, 500) : text;
        this.link = link;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() { return id; }
    public long getPersonId() { return personId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getText() { return text; }
    public String getLink() { return link; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
}
