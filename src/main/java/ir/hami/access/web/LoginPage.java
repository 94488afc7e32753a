package ir.hami.access.web;

import ir.hami.access.Captcha;
import ir.hami.access.LoginOutcome;
import ir.hami.access.LoginService;
import ir.hami.access.LoginTickets;
import ir.hami.access.TicketCredential;
import ir.hami.membership.MembershipType;
import ir.hami.platform.web.InternalPath;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login page (ورود به پنل کمک رسان): one form for members, centres and staff. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    LoginService loginService;

    @Inject
    LoginTickets tickets;

    @Inject
    SecurityContext securityContext;

    @Inject
    Captcha captcha;

    private String username;
    private String password;
    private MembershipType membershipType;
    private String captchaAnswer;
    private boolean rememberMe;
    private String next;

    public MembershipType[] getMembershipTypes() {
        return MembershipType.values();
    }

    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!captcha.check(captchaAnswer)) {
            Texts.error("loginForm:captcha", "captcha.wrong");
            return null;
        }
        LoginOutcome outcome = loginService.login(username, password, membershipType, Requests.clientIp(request));
        if (!outcome.isSuccess()) {
            String field = outcome.status() == LoginOutcome.Status.MEMBERSHIP_TYPE_REQUIRED
                    || outcome.status() == LoginOutcome.Status.WRONG_MEMBERSHIP_TYPE ? "loginForm:membershipType" : null;
            Texts.error(field, outcome.messageKey(), outcome.minutes());
            password = null;
            return null;
        }
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new TicketCredential(tickets.issue(outcome.account().getId())))
                        .rememberMe(rememberMe));
        if (status != AuthenticationStatus.SUCCESS) {
            Texts.error(null, "login.failed");
            return null;
        }
        faces.responseComplete();
        external.redirect(external.getRequestContextPath() + "/welcome.xhtml" + (safeNext() == null ? ""
                : "?next=" + java.net.URLEncoder.encode(safeNext(), java.nio.charset.StandardCharsets.UTF_8)));
        return null;
    }

    /** Only paths inside the portal, so the login page cannot be used to send people elsewhere. */
    private String safeNext() {
        return InternalPath.isInternal(next) ? next : null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public MembershipType getMembershipType() { return membershipType; }
    public void setMembershipType(MembershipType membershipType) { this.membershipType = membershipType; }
    public String getCaptchaAnswer() { return captchaAnswer; }
    public void setCaptchaAnswer(String captchaAnswer) { this.captchaAnswer = captchaAnswer; }
    public boolean isRememberMe() { return rememberMe; }
    public void setRememberMe(boolean rememberMe) { this.rememberMe = rememberMe; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
