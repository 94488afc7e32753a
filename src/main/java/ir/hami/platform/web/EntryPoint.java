package ir.hami.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The site root sends everybody to the login page, or to their home once logged in. */
@Named
@RequestScoped
public class EntryPoint {

    public String route() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() == null) {
            return "/login.xhtml?faces-redirect=true";
        }
        if (external.isUserInRole("MEMBER")) {
            return "/member/home.xhtml?faces-redirect=true";
        }
        if (external.isUserInRole("CENTER")) {
            return "/center/home.xhtml?faces-redirect=true";
        }
        return "/staff/home.xhtml?faces-redirect=true";
    }
}
