package ir.hami.api;

import ir.hami.access.PortalAuthenticationMechanism;
import ir.hami.platform.security.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;

/**
 * Who the current request of the members' API is from. {@link MemberApiFilter} has already refused a request with
 * no valid token, so in a resource {@link #current()} always answers.
 */
@ApplicationScoped
public class ApiCallers {

    @Inject
    HttpServletRequest request;

    /** The caller of this request; a 401 problem when there is none. */
    public ApiCaller current() {
        Object claims = request.getAttribute(PortalAuthenticationMechanism.BEARER);
        if (claims instanceof Jwt.Claims c && c.personId() != null) {
            return new ApiCaller(c.accountId(), c.username(), c.personId());
        }
        throw new WebApplicationException(ApiProblems.tokenMissing().response(0));
    }
}
