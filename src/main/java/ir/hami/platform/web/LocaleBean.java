package ir.hami.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: Persian (right to left) unless the user picks English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private Locale locale = PERSIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String getDirection() {
        return isPersian() ? "rtl" : "ltr";
    }

    public boolean isPersian() {
        return "fa".equals(locale.getLanguage());
    }

    public void change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : PERSIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String switchLanguage() {
        change(isPersian() ? "en" : "fa");
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
