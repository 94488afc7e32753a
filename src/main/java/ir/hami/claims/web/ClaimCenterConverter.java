package ir.hami.claims.web;

import ir.hami.network.CenterDirectory;
import ir.hami.referral.web.CenterOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The centre of a claim as its id and back: any active centre of the network (the id is looked up again, never
 * trusted). Used as {@code converter="#{claimCenterConverter}"}.
 */
@Named
@ApplicationScoped
public class ClaimCenterConverter implements Converter<CenterOption> {

    @Inject
    CenterDirectory directory;

    @Override
    public CenterOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.details(Long.parseLong(value.strip())).filter(c -> c.isActive())
                    .map(CenterOption::of).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CenterOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
