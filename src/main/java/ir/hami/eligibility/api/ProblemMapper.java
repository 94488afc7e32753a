package ir.hami.eligibility.api;

import ir.hami.eligibility.AuditBacklogException;
import ir.hami.platform.ValidationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's one exception mapper: every error under {@code /api}, Jersey's own (no such path, method not allowed, not
 * acceptable) and ours, is {@code application/problem+json}, never the portal's HTML error page, and no stack trace
 * leaves the server. The resource answers the expected refusals (key, rate limit, validation) itself, without
 * throwing; this maps the rest.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof ValidationException v) {
            return response(Problem.forValidation(v.key()), 0);
        }
        if (exception instanceof AuditBacklogException) {
            return response(Problem.unavailable(), Problem.UNAVAILABLE_RETRY_SECONDS);
        }
        if (exception instanceof NotFoundException) {
            return response(Problem.notFound(), 0);
        }
        if (exception instanceof NotAllowedException) {
            return Response.fromResponse(response(Problem.methodNotAllowed(), 0))
                    .header("Allow", EligibilityResource.ALLOW).build();
        }
        if (exception instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return response(Problem.forStatus(w.getResponse().getStatus()), 0);
        }
        LOG.log(Level.SEVERE, "API error", exception);
        return response(Problem.internal(), 0);
    }

    /**
     * A problem+json response, with {@code Retry-After} when {@code retryAfterSeconds} is positive. Not cached: the
     * security headers filter sets {@code no-store} too, but decides on the raw path.
     */
    static Response response(Problem problem, long retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(problem.toJson())
                .header("Cache-Control", "no-store");
        if (retryAfterSeconds > 0) {
            response.header("Retry-After", retryAfterSeconds);
        }
        return response.build();
    }
}
