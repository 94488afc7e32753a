package ir.hami.api;

import ir.hami.access.PortalAuthenticationMechanism;
import ir.hami.platform.security.Jwt;
import ir.hami.platform.cluster.Grid;
import ir.hami.platform.cluster.SharedTokenBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The door of the members' API ({@code /api/v1/me/...}): a request without a valid access token is answered 401
 * (problem+json with {@code WWW-Authenticate: Bearer}) before any resource runs, and each signed-in account has a
 * rate limit ({@code hami.api.member.rate-per-second}, 20, burst twice that; a token bucket per account in the
 * portal's {@link Grid}, so it is counted once across nodes).
 * The token itself was checked by {@link PortalAuthenticationMechanism}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class MemberApiFilter implements ContainerRequestFilter {

    static final String MAP = "api-member-rate";

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "hami.api.member.rate-per-second", defaultValue = "20")
    int ratePerSecond;

    @Inject
    Grid grid;

    private SharedTokenBuckets buckets;

    @PostConstruct
    void start() {
        buckets = new SharedTokenBuckets(grid.map(MAP, Duration.ofMinutes(5), 100_000), ratePerSecond,
                2.0 * ratePerSecond, System::currentTimeMillis);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        if (!(path.equals("v1/me") || path.startsWith("v1/me/"))) {
            return;
        }
        Object claims = request.getAttribute(PortalAuthenticationMechanism.BEARER);
        if (!(claims instanceof Jwt.Claims c)) {
            boolean invalid = request.getAttribute(PortalAuthenticationMechanism.BEARER_INVALID) != null;
            context.abortWith(Response.fromResponse((invalid ? ApiProblems.tokenInvalid() : ApiProblems.tokenMissing())
                    .response(0)).header("WWW-Authenticate", invalid
                    ? "Bearer error=\"invalid_token\"" : "Bearer").build());
            return;
        }
        long wait = buckets.tryTake(Long.toString(c.accountId()));
        if (wait > 0) {
            long seconds = SharedTokenBuckets.seconds(wait);
            context.abortWith(ApiProblems.rateLimited(seconds).response(seconds));
        }
    }
}
