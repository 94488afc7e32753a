package ir.hami.access;

import ir.hami.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Remember me": a random token in an HttpOnly cookie; only its SHA-256 is stored, with an expiry. Logging out
 * removes it; a disabled account's tokens stop working at once.
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
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.remember-me.days", defaultValue = "14")
    int days;

    /** The enabled account a cookie's token stands for, while it is valid. */
    public Optional<UserAccount> accountFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select t from RememberToken t where t.tokenHash = :h", RememberToken.class)
                .setParameter("h", PasswordHasher.sha256(token))
                .getResultStream().findFirst()
                .filter(t -> t.getExpiresAt().isAfter(clock.instant()))
                .map(RememberToken::getAccount)
                .filter(UserAccount::isEnabled);
    }

    /** A new token for the account; the cookie value. */
    public String issue(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UserAccount account = accounts.byId(accountId).orElseThrow();
        Instant now = clock.instant();
        em.persist(new RememberToken(PasswordHasher.sha256(token), account, now, now.plus(Duration.ofDays(days))));
        return token;
    }

    public void remove(String token) {
        if (token != null) {
            em.createQuery("delete from RememberToken t where t.tokenHash = :h")
                    .setParameter("h", PasswordHasher.sha256(token)).executeUpdate();
        }
    }

    public Optional<Long> accountIdOf(String username) {
        return accounts.byUsername(username).map(UserAccount::getId);
    }

    public int maxAgeSeconds() {
        return days * 24 * 3600;
    }

    /** Every token of an account, when its password changes. */
    public void forgetAll(long accountId) {
        em.createQuery("delete from RememberToken t where t.account.id = :a")
                .setParameter("a", accountId).executeUpdate();
    }
}
