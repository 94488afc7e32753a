package ir.hami.access.web;

import ir.hami.platform.security.PortalUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Your login was successful; you are taken to the portal…" then the person's home or the page they asked for. */
@Named
@RequestScoped
public class WelcomePage {

    @Inject
    PortalUser user;

    private String next;

    public String check() {
        return user.isLoggedIn() ? null : "/login.xhtml?faces-redirect=true";
    }

    public String getTarget() {
        if (user.isMustChangePassword()) {
            return "/account/change-password.xhtml";
        }
        if (ir.hami.platform.web.InternalPath.isInternal(next)) {
            return next;
        }
        return homeOf(user);
    }

    public static String homeOf(PortalUser user) {
        if (user.isMember()) {
            return "/member/home.xhtml";
        }
        if (user.isCenter()) {
            return "/center/home.xhtml";
        }
        return "/staff/home.xhtml";
    }

    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
