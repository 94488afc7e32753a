package ir.hami.platform.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One node's check of what session replication needs: with {@code hami.cluster.check-sessions=true} (off by
 * default; it costs a serialisation of the session per request), every attribute of the session is serialised at
 * the end of each request, as Payara does to replicate it, and one that cannot be is logged as a warning naming
 * the attribute, the page and the exception ({@code NotSerializableException: the class}). The session-scoped
 * beans (Weld's attributes) and the view-scoped ones (Mojarra's view maps) are session attributes, so a browser
 * test run with it on finds what a failover would lose.
 */
@WebFilter(filterName = "sessionReplicaCheck", urlPatterns = "/*")
public class SessionReplicaCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionReplicaCheck.class.getName());

    @Inject
    @ConfigProperty(name = "hami.cluster.check-sessions", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (enabled) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    check(session, request.getRequestURI());
                }
            }
        }
    }

    private static void check(HttpSession session, String uri) {
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                Object value = session.getAttribute(name);
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(value);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "session attribute " + name + " (" + (value == null ? null
                            : value.getClass().getName()) + ") after " + uri + " cannot be replicated: " + e, e);
                }
            }
        } catch (IllegalStateException invalidated) {
            // the request ended the session (a logout)
        }
    }
}
