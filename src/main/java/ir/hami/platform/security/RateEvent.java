package ir.hami.platform.security;

import jakarta.persistence.*;
import java.time.Instant;

/** One counted event of a rate limit bucket. */
@Entity
@Table(name = "rate_event")
public class RateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rate_event")
    @TableGenerator(name = "rate_event", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "rate_event", allocationSize = 50)
    private Long id;

    @Column(name = "bucket", nullable = false, length = 120)
    private String bucket;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RateEvent() {
    }

    public RateEvent(String bucket, Instant createdAt) {
        this.bucket = bucket.length() > 120 ? bucket.substring(0, 120) : bucket;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
