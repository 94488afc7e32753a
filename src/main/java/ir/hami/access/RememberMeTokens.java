package ir.hami.access;

import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.security.PasswordHasher;
import ir.hami.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Remember me", for members only: a random token in an HttpOnly cookie; only its SHA-256 is stored, with an
 * expiry ({@code hami.remember-me.days}, 14). Staff and treatment centres get none: their work needs a password
 * every session. Each token works once: using it deletes it (one conditional DELETE, so of two parallel uses one
 * wins) and a new one with the same expiry replaces the cookie, so a stolen cookie dies when its owner comes back.
 * On use the account is checked again as a login would: enabled, a member, not locked by failed logins, no forced
 * password change pending, and its password not changed since the token was made. Logging out removes the token;
 * a password change removes all of the account's tokens.
 */
@Stateless
public class RememberMeTokens {

    public static final String COOKIE = "HAMI_REMEMBER";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    LoginService logins;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.remember-me.days", defaultValue = "14")
    int days;

    /** What using a cookie's token gave. */
    public record Use(Status status, UserAccount account, String newToken, int maxAgeSeconds) {
        public enum Status {
            /** The account is logged in; the cookie gets {@code newToken}. */
            RESUMED,
            /** Unknown, expired or refused: the cookie is cleared. */
            REFUSED,
            /** A parallel request used the same token first: leave the cookie to that request's answer. */
            TAKEN
        }

        static Use of(Status status) {
            return new Use(status, null, null, 0);
        }
    }

    /** Uses a cookie's token once: the account it stands for, with the token that replaces it, when still valid. */
    public Use use(String token, String ip) {
        if (token == null || token.isBlank()) {
            return Use.of(Use.Status.REFUSED);
        }
        RememberToken stored = em.createQuery("select t from RememberToken t join fetch t.account "
                        + "where t.tokenHash = :h", RememberToken.class)
                .setParameter("h", PasswordHasher.sha256(token))
                .getResultStream().findFirst().orElse(null);
        if (stored == null) {
            return Use.of(Use.Status.REFUSED);
        }
        int taken = em.createQuery("delete from RememberToken t where t.id = :id")
                .setParameter("id", stored.getId()).executeUpdate();
        if (taken == 0) {
            return Use.of(Use.Status.TAKEN);
        }
        Instant now = clock.instant();
        UserAccount account = stored.getAccount();
        String refusal = refusal(stored, account, now);
        if (refusal != null) {
            audit.record(account.getUsername(), "REMEMBER_ME_REFUSED", refusal, ip);
            return Use.of(Use.Status.REFUSED);
        }
        String next = newToken();
        em.persist(new RememberToken(PasswordHasher.sha256(next), account, now, stored.getExpiresAt()));
        account.recordLogin(now);
        audit.record(account.getUsername(), "LOGIN_REMEMBERED", null, ip);
        long seconds = Duration.between(now, stored.getExpiresAt()).getSeconds();
        return new Use(Use.Status.RESUMED, account, next, (int) Math.min(Integer.MAX_VALUE, Math.max(1, seconds)));
    }

    /** Why this token may not log the account in now, or null. */
    private String refusal(RememberToken token, UserAccount account, Instant now) {
        if (!token.getExpiresAt().isAfter(now)) {
            return "expired";
        }
        if (!account.isEnabled()) {
            return "disabled";
        }
        if (account.getRole() != Role.MEMBER) {
            return "not a member";
        }
        if (!account.hasPassword() || account.isMustChangePassword()) {
            return "password change pending";
        }
        Instant changed = account.getPasswordChangedAt();
        // whole seconds: MariaDB keeps no fractions
        if (changed != null && token.getCreatedAt().truncatedTo(ChronoUnit.SECONDS)
                .isBefore(changed.truncatedTo(ChronoUnit.SECONDS))) {
            return "password changed";
        }
        if (logins.isLocked(account.getUsername())) {
            return "locked";
        }
        return null;
    }

    /** A new token for a member's account, the cookie value; none for staff and treatment centres. */
    public Optional<String> issue(String username) {
        return accounts.byUsername(username).filter(a -> a.getRole() == Role.MEMBER && a.isEnabled() && !a.isMustChangePassword())
                .map(a -> {
                    String token = newToken();
                    Instant now = clock.instant();
                    em.persist(new RememberToken(PasswordHasher.sha256(token), a, now, now.plus(Duration.ofDays(days))));
                    return token;
                });
    }

    public void remove(String token) {
        if (token != null) {
            em.createQuery("delete from RememberToken t where t.tokenHash = :h")
                    .setParameter("h", PasswordHasher.sha256(token)).executeUpdate();
        }
    }

    public int maxAgeSeconds() {
        return days * 24 * 3600;
    }

    /** Every token of an account, when its password changes, and the app's refresh tokens with them. */
    public void forgetAll(long accountId) {
        em.createQuery("delete from RememberToken t where t.account.id = :a")
                .setParameter("a", accountId).executeUpdate();
        // and the mobile app's sign-ins: a new password signs every device out
        em.createQuery("update ApiRefreshToken t set t.revokedAt = :now where t.account.id = :a and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("a", accountId).executeUpdate();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
