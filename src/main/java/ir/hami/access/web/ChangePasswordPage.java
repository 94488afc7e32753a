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

    public String submit() {
        try {
            accounts.changePassword(user.getAccountId(), current, password, repeated, Requests.clientIp());
        } catch (ValidationException e) {
            String field = e.key().equals("password.currentWrong") ? "passwordForm:current"
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

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
