package ir.hami.access;

import ir.hami.membership.MembershipType;
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
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in of the members' mobile app. A login (the pages' {@link LoginService}: the same identifiers, membership type,
 * throttling and audit) gives an access token ({@link ApiAccessTokens}) and a refresh token. A refresh token is random,
 * stored as its SHA-256, lives {@code hami.api.token.refresh-days} (30) and works once: using it marks it used (one
 * conditional UPDATE, so of two parallel uses one wins) and gives a new pair in the same chain. A refresh token used a
 * second time was copied: the chain is revoked, and both the thief and the owner must sign in again. A refresh checks
 * the account again as a login would (enabled, a member, not locked, no password change pending). The member revokes
 * one device (sign out) or all of them ("sign out of all devices" on the profile page); staff revoke all of a
 * member's; a password change revokes all ({@link RememberMeTokens#forgetAll}).
 */
@Stateless
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a used refresh token is kept, so that a copy used later revokes its chain. */
    static final Duration USED_KEPT = Duration.ofDays(1);

    /** Rows removed per purge statement, and statements per purge run. */
    private static final int PURGE_BATCH = 1000;
    private static final int PURGE_ROUNDS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginService logins;

    @Inject
    Accounts accounts;

    @Inject
    ApiAccessTokens accessTokens;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.api.token.refresh-days", defaultValue = "30")
    int refreshDays;

    /** A pair of tokens, with the seconds each lives. */
    public record Pair(String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {
    }

    /** A login's answer: the pair on success, otherwise the refusal (its {@code messageKey} is the page's text). */
    public record Login(LoginOutcome outcome, Pair tokens) {
        public boolean isSuccess() {
            return tokens != null;
        }
    }

    /** Why a refresh was refused. */
    public enum Refusal { UNKNOWN, EXPIRED, REUSED, REVOKED, ACCOUNT }

    /** Thrown when a refresh token does not give a new pair; what was written (a copied token's revocation) stays. */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static final class RefreshRefused extends RuntimeException {
        private final Refusal reason;

        RefreshRefused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** Logs a member in from the app. Staff and centres cannot sign in to the members' API. */
    public Login login(String identifier, String password, MembershipType type, String ip, String device) {
        LoginOutcome outcome = logins.login(identifier, password, type, ip);
        if (!outcome.isSuccess()) {
            return new Login(outcome, null);
        }
        UserAccount account = outcome.account();
        if (account.getRole() != Role.MEMBER || account.getPerson() == null) {
            audit.record(account.getUsername(), "API_LOGIN_REFUSED", "not a member", ip);
            return new Login(LoginOutcome.refused(LoginOutcome.Status.FAILED), null);
        }
        if (account.isMustChangePassword()) {
            return new Login(LoginOutcome.refused(LoginOutcome.Status.DISABLED), null);
        }
        Pair pair = newPair(account, newChain(), device);
        audit.record(account.getUsername(), "API_LOGIN", device, ip);
        return new Login(outcome, pair);
    }

    /** A new pair for a refresh token, which is used up. */
    public Pair refresh(String refreshToken, String ip) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 100) {
            throw new RefreshRefused(Refusal.UNKNOWN);
        }
        ApiRefreshToken stored = em.createQuery("select t from ApiRefreshToken t join fetch t.account "
                        + "where t.tokenHash = :h", ApiRefreshToken.class)
                .setParameter("h", PasswordHasher.sha256(refreshToken))
                .getResultStream().findFirst().orElse(null);
        if (stored == null) {
            throw new RefreshRefused(Refusal.UNKNOWN);
        }
        Instant now = clock.instant();
        UserAccount account = stored.getAccount();
        if (stored.getRevokedAt() != null) {
            throw new RefreshRefused(Refusal.REVOKED);
        }
        // a used token is kept a day (to catch a copy used later), then purged with the expired ones
        Instant keepUntil = stored.getExpiresAt().isBefore(now.plus(USED_KEPT)) ? stored.getExpiresAt() : now.plus(USED_KEPT);
        int taken = em.createQuery("update ApiRefreshToken t set t.usedAt = :now, t.expiresAt = :keep "
                        + "where t.id = :id and t.usedAt is null and t.revokedAt is null")
                .setParameter("now", now).setParameter("keep", keepUntil).setParameter("id", stored.getId())
                .executeUpdate();
        if (taken == 0) {
            // used before: the token was copied; end that device's sign-in for both holders
            revokeChain(stored.getChain(), now);
            audit.record(account.getUsername(), "API_REFRESH_REUSED", stored.getDevice(), ip);
            throw new RefreshRefused(Refusal.REUSED);
        }
        if (!stored.getExpiresAt().isAfter(now)) {
            throw new RefreshRefused(Refusal.EXPIRED);
        }
        if (!account.isEnabled() || account.getRole() != Role.MEMBER || account.isMustChangePassword()
                || logins.isLocked(account.getUsername())) {
            revokeChain(stored.getChain(), now);
            audit.record(account.getUsername(), "API_REFRESH_REFUSED", "account", ip);
            throw new RefreshRefused(Refusal.ACCOUNT);
        }
        return newPair(account, stored.getChain(), stored.getDevice());
    }

    /** Signs one device out: its refresh token's chain is revoked. Unknown tokens are ignored. */
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.length() > 100) {
            return;
        }
        em.createQuery("select t.chain from ApiRefreshToken t where t.tokenHash = :h", String.class)
                .setParameter("h", PasswordHasher.sha256(refreshToken)).getResultStream().findFirst()
                .ifPresent(chain -> revokeChain(chain, clock.instant()));
    }

    /**
     * Signs every device of an account out ("sign out of all devices"; staff do it for a member who lost a phone).
     *
     * @return how many devices were signed in
     */
    public int revokeAll(long accountId, String by, String ip) {
        Instant now = clock.instant();
        long devices = activeDevices(accountId);
        em.createQuery("update ApiRefreshToken t set t.revokedAt = :now "
                        + "where t.account.id = :a and t.revokedAt is null")
                .setParameter("now", now).setParameter("a", accountId).executeUpdate();
        accounts.byId(accountId).ifPresent(a -> audit.record(by, "API_REVOKE_ALL", a.getUsername(), ip));
        return (int) devices;
    }

    /** How many devices hold a refresh token of this account that still works. */
    public long activeDevices(long accountId) {
        return em.createQuery("select count(distinct t.chain) from ApiRefreshToken t where t.account.id = :a "
                        + "and t.revokedAt is null and t.usedAt is null and t.expiresAt > :now", Long.class)
                .setParameter("a", accountId).setParameter("now", clock.instant()).getSingleResult();
    }

    /**
     * Every ten minutes: removes refresh tokens that expired more than a day ago (used ones expire a day after their
     * use), in batches. An app refreshes every ten minutes while in use, so the table holds about one live row per
     * device plus the last day's used ones.
     */
    @jakarta.ejb.Schedule(hour = "*", minute = "*/10", persistent = false)
    public void purge() {
        for (int i = 0; i < PURGE_ROUNDS && purgeExpired(PURGE_BATCH) == PURGE_BATCH; i++) {
            // next batch
        }
    }

    /** Removes refresh tokens that expired more than a day ago; at most {@code limit} at once. */
    public int purgeExpired(int limit) {
        List<Long> ids = em.createQuery("select t.id from ApiRefreshToken t where t.expiresAt < :before "
                        + "order by t.expiresAt", Long.class)
                .setParameter("before", clock.instant().minus(Duration.ofDays(1))).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from ApiRefreshToken t where t.id in :ids").setParameter("ids", ids)
                .executeUpdate();
    }

    private void revokeChain(String chain, Instant now) {
        em.createQuery("update ApiRefreshToken t set t.revokedAt = :now where t.chain = :c and t.revokedAt is null")
                .setParameter("now", now).setParameter("c", chain).executeUpdate();
    }

    private Pair newPair(UserAccount account, String chain, String device) {
        Instant now = clock.instant();
        String refresh = random(32);
        Duration refreshLife = Duration.ofDays(refreshDays);
        String cleanDevice = device == null || device.isBlank() ? null
                : device.strip().substring(0, Math.min(100, device.strip().length()));
        em.persist(new ApiRefreshToken(PasswordHasher.sha256(refresh), account, chain, cleanDevice, now,
                now.plus(refreshLife)));
        return new Pair(accessTokens.issue(account), accessTokens.lifetime().toSeconds(), refresh,
                refreshLife.toSeconds());
    }

    private static String newChain() {
        return random(16);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
