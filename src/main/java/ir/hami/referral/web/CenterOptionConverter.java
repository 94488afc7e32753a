package ir.hami.referral.web;

import ir.hami.network.CenterDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns a {@link CenterOption} into its id and back (the centre is looked up again, never trusted; only a centre that
 * issues referral letters comes back). Used as {@code converter="#{centerOptionConverter}"}.
 */
@Named
@ApplicationScoped
public class CenterOptionConverter implements Converter<CenterOption> {

    @Inject
    CenterDirectory directory;

    @Override
    public CenterOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.details(Long.parseLong(value.strip()))
                    .filter(c -> c.isActive() && c.isIssuesReferrals()).map(CenterOption::of).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CenterOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
