package ir.hami.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** A refresh token of the members' API; only its SHA-256 is stored. See {@link ApiTokens}. */
@Entity
@Table(name = "api_refresh_token")
public class ApiRefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_refresh_token")
    @TableGenerator(name = "api_refresh_token", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "api_refresh_token", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "chain", nullable = false, length = 24)
    private String chain;

    @Column(name = "device", length = 100)
    private String device;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiRefreshToken() {
    }

    public ApiRefreshToken(String tokenHash, UserAccount account, String chain, String device, Instant createdAt,
                           Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.chain = chain;
        this.device = device;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public UserAccount getAccount() { return account; }
    public String getChain() { return chain; }
    public String getDevice() { return device; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
