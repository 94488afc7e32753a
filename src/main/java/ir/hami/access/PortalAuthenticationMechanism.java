package ir.hami.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import ir.hami.platform.security.Jwt;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The portal's form login for every role. The login page decides the login ({@link LoginService}) and hands it
 * over with {@code SecurityContext.authenticate}; a protected page asked for without a login is sent to the login
 * page, which returns the person there afterwards. The login is kept in the session, and for members who ask for
 * "remember me" in a long-lived HttpOnly cookie whose token is stored hashed, works once and is replaced at each use
 * ({@link RememberMeTokens}); logging out removes both.
 *
 * <p>The members' API ({@code /api/v1/me/...}) and FHIR ({@code /fhir/...}) are stateless: there a request is
 * logged in only by its own {@code Authorization: Bearer} access token ({@link ApiAccessTokens}), never by the
 * session, and no session is made. A valid token's claims are left in the request attribute {@link #BEARER} for the
 * API; an invalid one leaves {@link #BEARER_INVALID} and the request goes on unauthenticated (the API answers 401).
 * This is why the session is applied here by hand, as {@code @AutoApplySession} would, but only off those paths:
 * that annotation would register a session for every API request.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: the {@link Jwt.Claims} of the request's valid bearer token. */
    public static final String BEARER = "hami.api.bearer";

    /** Request attribute: the request sent a bearer token that is not valid (malformed, expired, unknown key). */
    public static final String BEARER_INVALID = "hami.api.bearer-invalid";

    /** The message-info key that asks the container to keep the login in the HTTP session. */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    /**
     * Session attribute: the caller's groups (roles) as the login decided them. The container keeps only the
     * principal of a registered session; a session read back from the data grid (another node, or this node's own
     * replica store) must not lose its roles, so they are applied again from here with the principal.
     */
    static final String SESSION_GROUPS = "hami.auth.groups";

    @Inject
    ApiAccessTokens accessTokens;

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    ir.hami.platform.config.PortalConfig config;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isBearerPath(path)) {
            return bearer(request, context);
        }
        Principal inSession = request.getUserPrincipal();
        if (inSession != null) {
            // logged in earlier in this session (what @AutoApplySession does)
            HttpSession session = request.getSession(false);
            Object groups = session == null ? null : session.getAttribute(SESSION_GROUPS);
            try {
                context.getHandler().handle(groups instanceof String[] names
                        ? new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), inSession),
                            new GroupPrincipalCallback(context.getClientSubject(), names.clone())}
                        : new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), inSession)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SUCCESS;
        }
        AuthenticationStatus status = form(request, response, context);
        if (status == AuthenticationStatus.SUCCESS) {
            context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        }
        return status;
    }

    /** The paths of the stateless APIs, logged in by bearer token only. */
    public static boolean isBearerPath(String path) {
        return path.startsWith("/api/v1/me/") || path.equals("/api/v1/me") || path.startsWith("/fhir/")
                || path.equals("/fhir");
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        Optional<Jwt.Claims> claims = accessTokens.verify(header.substring(7).trim());
        if (claims.isEmpty()) {
            request.setAttribute(BEARER_INVALID, Boolean.TRUE);
            return context.doNothing();
        }
        request.setAttribute(BEARER, claims.get());
        return context.notifyContainerAboutLogin(claims.get().username(), Set.of(claims.get().role().name()));
    }

    private AuthenticationStatus form(HttpServletRequest request, HttpServletResponse response,
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
            rememberGroups(request, result.getCallerGroups());
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
                rememberGroups(request, Set.of(use.account().getRole().name()));
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

    private static void rememberGroups(HttpServletRequest request, Set<String> groups) {
        request.getSession(true).setAttribute(SESSION_GROUPS, groups.toArray(new String[0]));
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
