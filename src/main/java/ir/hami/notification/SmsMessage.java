package ir.hami.notification;

import jakarta.persistence.*;
import java.time.Instant;

/** Every SMS the portal sends, as sent: the outbox and the record of what a member was told. */
@Entity
@Table(name = "sms_message")
public class SmsMessage {

    public enum Status { STORED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sms_message")
    @TableGenerator(name = "sms_message", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "sms_message", allocationSize = 50)
    private Long id;

    @Column(name = "mobile", nullable = false, length = 11)
    private String mobile;

    @Column(name = "body", nullable = false, length = 700)
    private String body;

    @Column(name = "purpose", nullable = false, length = 30)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "provider_ref", length = 100)
    private String providerRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SmsMessage() {
    }

    public SmsMessage(String mobile, String body, String purpose, Instant createdAt) {
        this.mobile = mobile;
        this.body = body;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.status = Status.STORED;
    }

    public void markSent(String providerRef) {
        this.status = Status.SENT;
        this.providerRef = providerRef;
    }

    public void markFailed(String reason) {
        this.status = Status.FAILED;
        this.providerRef = reason == null ? null : reason.substring(0, Math.min(100, reason.length()));
    }

    public Long getId() { return id; }
    public String getMobile() { return mobile; }
    public String getBody() { return body; }
    public String getPurpose() { return purpose; }
    public Status getStatus() { return status; }
    public String getProviderRef() { return providerRef; }
    public Instant getCreatedAt() { return createdAt; }
}
