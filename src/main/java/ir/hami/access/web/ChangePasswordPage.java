package ir.hami.access.web;

import ir.hami.access.AccountService;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Change password (تغییر کلمه عبور), also the mandatory change after a legacy first login. */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    AccountService accounts;

    @Inject
    PortalUser user;

    private String current;
    private String password;
    private String repeated;
    private String code;
    private Boolean codeRequired;

    /** The forced change of a member with a mobile on file: an SMS code to it first. */
    public void sendCode() {
        try {
            Texts.info("passwordForm:code", "password.codeSent", accounts.sendChangeCode(user.getAccountId(),
                    Requests.clientIp()));
        } catch (ValidationException e) {
            Texts.error("passwordForm:code", e.key(), e.args());
        }
    }

    public String submit() {
        try {
            accounts.changePassword(user.getAccountId(), current, password, repeated, code, Requests.clientIp());
        } catch (ValidationException e) {
            String field = e.key().equals("password.currentWrong") ? "passwordForm:current"
                    : e.key().startsWith("sms.") || e.key().equals("password.codeRequired") ? "passwordForm:code"
                    : e.key().equals("password.mismatch") ? "passwordForm:repeated" : "passwordForm:password";
            Texts.error(field, e.key(), e.args());
            return null;
        }
        user.passwordChanged();
        Texts.info(null, "password.changed");
        Texts.keepForRedirect();
        return WelcomePage.homeOf(user) + "?faces-redirect=true";
    }

    public boolean isForced() {
        return user.isMustChangePassword();
    }

    public boolean isCodeRequired() {
        if (codeRequired == null) {
            codeRequired = user.getAccountId() != null && accounts.changeNeedsCode(user.getAccountId());
        }
        return codeRequired;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
