package ir.hami.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
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
 * page, which returns the person there afterwards. The login is kept in the session, and with "remember me" in a
 * long-lived token ({@link RememberMeTokens}).
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(cookieName = "HAMI_REMEMBER",
        cookieMaxAgeSecondsExpression = "#{portalConfig.rememberMeSeconds}",
        cookieSecureOnlyExpression = "#{portalConfig.secureCookies}",
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : context.responseUnauthorized();
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

    public boolean isRememberMe(HttpMessageContext context) {
        return context.getAuthParameters().isRememberMe();
    }
}
