package ir.hami.notification;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * One SMS in the outbox: written PENDING in the business transaction that decided to send it, delivered after that
 * transaction commits by the {@link OutboxWorker}, and kept as the record of what a member was told. A message that
 * rolled back with its transaction never existed. The worker moves it PENDING → SENDING (claimed by one node, with a
 * lease) → SENT, or back to PENDING with a later attempt, or FAILED / EXPIRED with the reason.
 */
@Entity
@Table(name = "sms_message")
public class SmsMessage {

    /** Where a message is on its way. */
    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Claimed by a worker that is calling the provider now. */
        SENDING,
        /** The provider took it. */
        SENT,
        /** The provider refused it, or it failed too often. */
        FAILED,
        /** Too old to be worth sending (an SMS code past its expiry, or older than the outbox's limit). */
        EXPIRED
    }

    /** The longest {@link #getLastError() reason} kept, as the column allows. */
    public static final int MAX_ERROR = 200;

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

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** After this instant the message is not worth sending (null: the outbox's general age limit applies). */
    @Column(name = "not_after")
    private Instant notAfter;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected SmsMessage() {
    }

    /** A new pending message, due at once. */
    public SmsMessage(String mobile, String body, String purpose, Instant createdAt, Instant notAfter) {
        this.mobile = mobile;
        this.body = body.length() > 700 ? body.substring(0, 700) : body;
        this.purpose = purpose.length() > 30 ? purpose.substring(0, 30) : purpose;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
        this.notAfter = notAfter;
        this.status = Status.PENDING;
    }

    /** Cuts a provider's or a network's error message to what the column keeps (never null for a failure). */
    public static String reason(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** Whether a failed or expired message may be queued again by an administrator. */
    public boolean isRetryable() {
        return status == Status.FAILED || status == Status.EXPIRED;
    }

    public Long getId() { return id; }
    public String getMobile() { return mobile; }
    public String getBody() { return body; }
    public String getPurpose() { return purpose; }
    public Status getStatus() { return status; }
    public String getProviderRef() { return providerRef; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getNotAfter() { return notAfter; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getClaimedUntil() { return claimedUntil; }
}
