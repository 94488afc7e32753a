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

/** Until a forced password change is done (legacy first login), every portal page leads to the change form. */
@WebFilter(filterName = "passwordChangeGate", urlPatterns = {"/member/*", "/center/*", "/staff/*", "/admin/*"})
public class PasswordChangeGate extends HttpFilter {

    @Inject
    PortalUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && user.isMustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/account/change-password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
