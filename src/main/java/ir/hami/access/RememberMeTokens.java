package ir.hami.access;

import ir.hami.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Remember me": a random token in an HttpOnly cookie; only its SHA-256 is stored, with an expiry. Logging out
 * removes it; a disabled account's tokens stop working at once.
 */
@Stateless
@jakarta.ejb.LocalBean
public class RememberMeTokens implements RememberMeIdentityStore {

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

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        return em.createQuery("select t from RememberToken t where t.tokenHash = :h", RememberToken.class)
                .setParameter("h", PasswordHasher.sha256(credential.getToken()))
                .getResultStream().findFirst()
                .filter(t -> t.getExpiresAt().isAfter(clock.instant()))
                .map(RememberToken::getAccount)
                .filter(UserAccount::isEnabled)
                .map(a -> new CredentialValidationResult(a.getUsername(), Set.of(a.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal principal, Set<String> groups) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UserAccount account = accounts.byUsername(principal.getName()).orElseThrow();
        Instant now = clock.instant();
        em.persist(new RememberToken(PasswordHasher.sha256(token), account, now, now.plus(Duration.ofDays(days))));
        return token;
    }

    @Override
    public void removeLoginToken(String token) {
        em.createQuery("delete from RememberToken t where t.tokenHash = :h")
                .setParameter("h", PasswordHasher.sha256(token)).executeUpdate();
    }

    /** Every token of an account, when its password changes. */
    public void forgetAll(long accountId) {
        em.createQuery("delete from RememberToken t where t.account.id = :a")
                .setParameter("a", accountId).executeUpdate();
    }
}
