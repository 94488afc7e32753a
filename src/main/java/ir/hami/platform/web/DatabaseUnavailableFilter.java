package ir.hami.platform.web;

import ir.hami.platform.persistence.DatabaseUnavailable;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * While the database cannot be reached (stopped, restarting, network lost), a request is answered "try again in a
 * moment": a page with the Persian 503 page ({@value #PAGE}, HTTP 503 and {@code Retry-After}), an Ajax request with a
 * Faces redirect to that page, anything under {@code /api/} with a 503 {@code application/problem+json}. Without this
 * the failure would reach the person as the 500 page, as if something were broken for good. The JAX-RS APIs map the
 * same failures themselves (their exception mappers); this catches what leaves a servlet, and Faces' exception
 * handler ({@link PortalExceptionHandlerFactory}) what happens inside a Faces request. Which failures count is
 * {@link DatabaseUnavailable}'s decision. Each is logged on one line (no stack trace: an outage would flood the log).
 */
@WebFilter(filterName = "databaseUnavailable", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class DatabaseUnavailableFilter extends HttpFilter {

    /** The "try again" page; web.xml maps the 503 status to it. */
    public static final String PAGE = "/errors/503.xhtml";

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PAGE.equals(request.getServletPath())) {
            // shown as the 503 error page, or opened after an Ajax request's redirect: the status says it too
            unavailableHeaders(response);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (request.getDispatcherType() != DispatcherType.REQUEST || response.isCommitted()
                    || !DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            LOG.warning(() -> "Database unreachable; answered 503 to " + request.getMethod() + " "
                    + request.getRequestURI() + ": " + e);
            answer(request, response);
        }
    }

    /** Answers the request with the "try again" page, Faces redirect or problem. */
    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.resetBuffer();
        unavailableHeaders(response);
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Problem.databaseUnavailable().toJson());
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                    + request.getContextPath() + PAGE + "\"></redirect></partial-response>");
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static void unavailableHeaders(HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
    }
}
