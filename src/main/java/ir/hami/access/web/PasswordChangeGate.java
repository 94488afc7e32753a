package ir.hami.access.web;

import ir.hami.platform.security.PortalUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Until a forced password change is done (legacy first login), a logged-in person reaches nothing but the change
 * form: every path leads there (pages, referral letters, attachments, message files, Ajax posts alike), except the
 * change page itself (whose menu also logs out), the error pages and static resources (styles, scripts, images).
 */
@WebFilter(filterName = "passwordChangeGate", urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    static final String CHANGE_PAGE = "/account/change-password.xhtml";

    private static final Set<String> STATIC = Set.of("css", "js", "png", "svg", "jpg", "jpeg", "gif", "ico", "woff",
            "woff2", "ttf", "map");

    @Inject
    PortalUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        if (ir.hami.access.PortalAuthenticationMechanism.isBearerPath(path)) {
            // the stateless APIs: no token is issued while a password change is pending, and reading the session's
            // user here would make a session for every API call
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() != null && !allowed(path) && user.isMustChangePassword()) {
            String target = request.getContextPath() + CHANGE_PAGE;
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an Ajax post cannot follow an HTTP redirect: Faces' partial response tells the page to go
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + target + "\"/></partial-response>");
                return;
            }
            response.sendRedirect(target);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The path inside the application, without path parameters (";jsessionid=..."). */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        int semicolon = uri.indexOf(';');
        return semicolon < 0 ? uri : uri.substring(0, semicolon);
    }

    /** What a person who must change the password may still reach. */
    static boolean allowed(String path) {
        if (path.equals(CHANGE_PAGE) || path.startsWith("/errors/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")) {
            return !path.contains("..");
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && !path.contains("..") && STATIC.contains(path.substring(dot + 1).toLowerCase(
                java.util.Locale.ROOT));
    }
}
