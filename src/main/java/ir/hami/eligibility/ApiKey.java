package ir.hami.eligibility;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/** A centre's key for the eligibility API; only its SHA-256 and its first characters are stored. */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable {

    /** Length of the label column (V4__eligibility.sql). */
    public static final int LABEL_LENGTH = 200;

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_key")
    @TableGenerator(name = "api_key", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "api_key", allocationSize = 1)
    private Long id;

    @Column(name = "center_id", nullable = false)
    private long centerId;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(long centerId, String key, String label, Instant createdAt, String createdBy) {
        this.centerId = centerId;
        this.prefix = ApiKeyFormat.prefix(key);
        this.hash = ApiKeyFormat.hash(key);
        this.label = label;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public boolean isRevoked() { return revokedAt != null; }
    public Long getId() { return id; }
    public long getCenterId() { return centerId; }
    public String getPrefix() { return prefix; }
    public String getLabel() { return label; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
