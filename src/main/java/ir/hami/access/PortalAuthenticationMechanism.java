package ir.hami.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The portal's form login for every role. The login page decides the login ({@link LoginService}) and hands it
 * over with {@code SecurityContext.authenticate}; a protected page asked for without a login is sent to the login
 * page, which returns the person there afterwards. The login is kept in the session, and for members who ask for
 * "remember me" in a long-lived HttpOnly cookie whose token is stored hashed, works once and is replaced at each use
 * ({@link RememberMeTokens}); logging out removes both.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    ir.hami.platform.config.PortalConfig config;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            if (context.getAuthParameters().isRememberMe() && result.getCallerPrincipal() != null) {
                // members only: staff and centres log in with their password every session
                rememberMe.issue(result.getCallerPrincipal().getName()).ifPresent(token ->
                        setCookie(request, response, token, rememberMe.maxAgeSeconds()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        String token = cookie(request);
        if (token != null && context.getCallerPrincipal() == null) {
            RememberMeTokens.Use use = rememberMe.use(token, ir.hami.platform.web.Requests.clientIp(request));
            if (use.status() == RememberMeTokens.Use.Status.RESUMED) {
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                setCookie(request, response, use.newToken(), use.maxAgeSeconds());
                return context.notifyContainerAboutLogin(use.account().getUsername(),
                        java.util.Set.of(use.account().getRole().name()));
            }
            if (use.status() == RememberMeTokens.Use.Status.REFUSED) {
                setCookie(request, response, "", 0);
            }
        }
        if (context.isProtected() && context.getCallerPrincipal() == null) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an Ajax request from an expired session: Faces redirects the page itself
                return context.responseUnauthorized();
            }
            return context.redirect(request.getContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        rememberMe.remove(cookie(request));
        setCookie(request, response, "", 0);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
            if (RememberMeTokens.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private void setCookie(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(RememberMeTokens.COOKIE, value);
        cookie.setHttpOnly(true);
        cookie.setSecure(config.isSecureCookies());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
