package ir.hami.api;

import ir.hami.eligibility.AuditBacklogException;
import ir.hami.eligibility.api.EligibilityResource;
import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.DatabaseUnavailable;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Messages;
import ir.hami.platform.web.Problem;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's one exception mapper: every error under {@code /api}, Jersey's own (no such path, method not allowed, not
 * acceptable) and ours, is {@code application/problem+json}, never the portal's HTML error page, and no stack trace
 * leaves the server. A domain refusal ({@link ValidationException}) is answered with its message in Persian
 * ({@code title_fa}) and English ({@code title}), by its key: {@code *.refused} and {@code *.notFound} are 404 (a
 * record of another family is not revealed to exist), {@code *.conflict} 409, everything else 400. A role the service
 * refuses ({@code @RolesAllowed}) is 403. A database that cannot be reached ({@link DatabaseUnavailable}) is 503 with
 * {@code Retry-After}. The eligibility resource answers its expected refusals itself.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Throwable e = unwrap(exception);
        if (e instanceof WebApplicationException w && w.getResponse().hasEntity()) {
            return w.getResponse(); // already a problem (a refusal of ours, thrown to end the request)
        }
        if (e instanceof ValidationException v) {
            if (v.key().startsWith("nationalId.") || v.key().equals("date.invalid")) {
                return Problem.forValidation(v.key()).response(0);
            }
            return domain(v.key(), v.args()).response(0);
        }
        if (e instanceof AuditBacklogException) {
            return Problem.unavailable().response(Problem.UNAVAILABLE_RETRY_SECONDS);
        }
        if (e instanceof EJBAccessException) {
            return ApiProblems.forbidden().response(0);
        }
        if (e instanceof OptimisticLockException) {
            return ApiProblems.conflict().response(0);
        }
        if (e instanceof NotFoundException) {
            return Problem.notFound().response(0);
        }
        if (e instanceof NotAllowedException n) {
            Response.ResponseBuilder r = Response.fromResponse(Problem.methodNotAllowed().response(0));
            return r.header("Allow", allow(n.getResponse().getHeaderString("Allow"))).build();
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return Problem.forStatus(w.getResponse().getStatus()).response(0);
        }
        if (DatabaseUnavailable.causedBy(exception)) {
            // nothing was done: the client tries again (one line in the log; an outage must not flood it)
            LOG.warning(() -> "Database unreachable; API answered 503: " + exception);
            return Problem.databaseUnavailable().response(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        LOG.log(Level.SEVERE, "API error", exception);
        return Problem.internal().response(0);
    }

    /**
     * The methods of the path Jersey refused the request on: its list, with HEAD after GET (JAX-RS answers HEAD for
     * every GET, but Jersey leaves it out), or the eligibility API's when Jersey gives none.
     */
    static String allow(String jersey) {
        if (jersey == null || jersey.isBlank()) {
            return EligibilityResource.ALLOW;
        }
        java.util.List<String> methods = new java.util.ArrayList<>();
        for (String m : jersey.split(",")) {
            if (!m.isBlank()) {
                methods.add(m.trim().toUpperCase(Locale.ROOT));
            }
        }
        int get = methods.indexOf("GET");
        if (get >= 0 && !methods.contains("HEAD")) {
            methods.add(get + 1, "HEAD");
        }
        return String.join(", ", methods);
    }

    /** A domain refusal as a problem: the status by the key's last word, the titles from the bundles. */
    static Problem domain(String key, Object[] args) {
        int status = key.endsWith(".refused") || key.endsWith(".notFound") ? 404
                : key.endsWith(".conflict") ? 409 : 400;
        String type = key.replace('.', '-').replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return new Problem(type, Messages.text(key, args, Locale.ENGLISH), status, null,
                Messages.text(key, args, LocaleBean.PERSIAN));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 5 && t instanceof EJBException ejb && !(t instanceof EJBAccessException)
                && (ejb.getCausedByException() != null || ejb.getCause() != null); i++) {
            t = ejb.getCausedByException() != null ? ejb.getCausedByException() : ejb.getCause();
        }
        if (t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.persistence.RollbackException) {
            Throwable cause = t.getCause();
            if (cause instanceof OptimisticLockException) {
                return cause;
            }
        }
        return t;
    }
}
