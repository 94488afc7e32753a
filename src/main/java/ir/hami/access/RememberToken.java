package ir.hami.access;

import jakarta.persistence.*;
import java.time.Instant;

/** A "remember me" login token; only the SHA-256 of the cookie value is stored. */
@Entity
@Table(name = "remember_token")
public class RememberToken {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "remember_token")
    @TableGenerator(name = "remember_token", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "remember_token", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected RememberToken() {
    }

    public RememberToken(String tokenHash, UserAccount account, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public UserAccount getAccount() { return account; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
