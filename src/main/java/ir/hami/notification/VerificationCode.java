package ir.hami.notification;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * A one-time SMS code. Only its hash is stored. It expires, allows a few attempts, and is used once; the rules
 * live here so that every flow (activation, recovery, mobile change) applies them the same way.
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "verification_code")
    @TableGenerator(name = "verification_code", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "verification_code", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private VerificationPurpose purpose;

    /** Whose code: a national ID or an account id, depending on the flow. */
    @Column(name = "subject", nullable = false, length = 40)
    private String subject;

    @Column(name = "mobile", nullable = false, length = 11)
    private String mobile;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "consumed", nullable = false)
    private boolean consumed;

    protected VerificationCode() {
    }

    public VerificationCode(VerificationPurpose purpose, String subject, String mobile, String codeHash,
                            Instant createdAt, Instant expiresAt) {
        this.purpose = purpose;
        this.subject = subject;
        this.mobile = mobile;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The outcome of one attempt to use the code. */
    public enum Check { ACCEPTED, WRONG, EXPIRED, USED, TOO_MANY_ATTEMPTS }

    /**
     * Checks a typed code against this one in memory. Counts the attempt; a right code is consumed and cannot be used
     * again. (The service counts attempts atomically in the database instead: {@link VerificationCodes#verify}.)
     */
    public Check attempt(String typedCodeHash, Instant now, int maxAttempts) {
        Check refused = refusal(now, maxAttempts);
        if (refused != null) {
            return refused;
        }
        attempts++;
        Check outcome = outcome(matches(typedCodeHash), attempts, maxAttempts);
        consumed = outcome == Check.ACCEPTED;
        return outcome;
    }

    /** Why no attempt may be made now (used, expired, out of attempts), or null when one may. */
    public Check refusal(Instant now, int maxAttempts) {
        if (consumed) {
            return Check.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        return attempts >= maxAttempts ? Check.TOO_MANY_ATTEMPTS : null;
    }

    /** Whether a typed code (its hash) is this code, in constant time. */
    public boolean matches(String typedCodeHash) {
        return java.security.MessageDigest.isEqual(codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                typedCodeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The outcome of a counted attempt: the {@code attempt}-th of at most {@code maxAttempts}. */
    public static Check outcome(boolean matches, int attempt, int maxAttempts) {
        if (matches) {
            return Check.ACCEPTED;
        }
        return attempt >= maxAttempts ? Check.TOO_MANY_ATTEMPTS : Check.WRONG;
    }

    public Long getId() { return id; }
    public VerificationPurpose getPurpose() { return purpose; }
    public String getSubject() { return subject; }
    public String getMobile() { return mobile; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getAttempts() { return attempts; }
    public boolean isConsumed() { return consumed; }
}
