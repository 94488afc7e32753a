package ir.hami.access.web;

import ir.hami.platform.audit.AuditLog;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logout (خروج از حساب): ends the login, the "remember me" token and the session. */
@Named
@RequestScoped
public class Logout {

    @Inject
    AuditLog audit;

    public String submit() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String who = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        if (who != null) {
            audit.record(who, "LOGOUT", null, Requests.clientIp(request));
        }
        Texts.info(null, "logout.done");
        Texts.keepForRedirect();
        return "/login.xhtml?faces-redirect=true";
    }
}
