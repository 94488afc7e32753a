package ir.hami.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every text a person reads comes from the bundle of {@link Messages}. This finds it for the current view's
 * locale and turns domain message keys into faces messages beside a field.
 */
public final class Texts {

    private Texts() {
    }

    /** The language the person chose for the session (Persian unless English was picked), even in view actions. */
    public static Locale currentLocale() {
        if (FacesContext.getCurrentInstance() == null) {
            return LocaleBean.PERSIAN;
        }
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBean.class).get().getLocale();
        } catch (RuntimeException noSession) {
            return LocaleBean.PERSIAN;
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        return Messages.text(key, args, locale);
    }

    public static String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    /** Adds an error beside the component with the given client id (null: a global message). */
    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void warn(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_WARN, key, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, text));
        if (clientId != null && severity == FacesMessage.SEVERITY_ERROR && context.getViewRoot() != null) {
            // the field is marked too (red border, aria-invalid), not only the message beside it
            if (context.getViewRoot().findComponent(clientId) instanceof jakarta.faces.component.UIInput input) {
                input.setValid(false);
            }
        }
    }

    /** Keeps messages across a redirect. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
