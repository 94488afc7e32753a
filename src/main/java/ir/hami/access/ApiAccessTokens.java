package ir.hami.access;

import ir.hami.platform.security.Jwt;
import ir.hami.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The members' API access tokens: short-lived ({@code hami.api.token.access-minutes}, 10) signed JWTs that say who
 * the member is, so checking one costs a signature and no database read. Not stored and not revocable one by one:
 * revoking a device revokes its refresh token, and its last access token ends within minutes. Issued only by
 * {@link ApiTokens}, after a login or a refresh that checked the account.
 */
@ApplicationScoped
public class ApiAccessTokens {

    @Inject
    ApiSigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.api.token.issuer", defaultValue = "hami")
    String issuer;

    @Inject
    @ConfigProperty(name = "hami.api.token.access-minutes", defaultValue = "10")
    int accessMinutes;

    /** A new access token for the account; its lifetime is {@link #lifetime()}. */
    public String issue(UserAccount account) {
        Instant now = clock.instant();
        byte[] id = new byte[12];
        ThreadLocalRandom.current().nextBytes(id);
        Jwt.Claims claims = new Jwt.Claims(issuer, account.getUsername(), account.getId(),
                account.getPerson() == null ? null : account.getPerson().getId(), account.getRole(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(id), now, now.plus(lifetime()));
        return Jwt.sign(claims, keys.signingKeyId(), keys.signingKey());
    }

    /** The claims of a valid access token of a member; empty for anything else. */
    public Optional<Jwt.Claims> verify(String token) {
        return Jwt.verify(token, keys.verifyingKeys(), issuer, clock.instant())
                .filter(c -> c.role() == Role.MEMBER && c.personId() != null);
    }

    public Duration lifetime() {
        return Duration.ofMinutes(accessMinutes);
    }
}
