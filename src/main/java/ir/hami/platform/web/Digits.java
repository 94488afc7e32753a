package ir.hami.platform.web;

import ir.hami.platform.text.PersianText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * {@code #{digits.of(value)}}: a number a person reads inside page text or an attribute (a tracking code, a letter or
 * contract number, a count in a label) with the reader's digits, Persian digits for Persian readers and ASCII digits
 * for the others; the same rule as the {@code digits} converter, for places where a converter cannot go.
 */
@Named("digits")
@ApplicationScoped
public class Digits {

    /**
     * @param value any value, may be {@code null}
     * @return its text with the current view's digits; the empty string for {@code null}
     */
    public String of(Object value) {
        return value == null ? "" : PersianText.localizeDigits(String.valueOf(value), locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        return PersianText.PERSIAN;
    }
}
