package ir.hami.membership.web;

import ir.hami.membership.InsuranceContract;
import ir.hami.membership.RosterImporter;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns a {@link ContractOption} into its id and back (the contract is looked up again, never trusted). A CDI bean
 * used as {@code converter="#{contractOptionConverter}"}: a {@code @FacesConverter(managed = true)} was created
 * without injection on this stack.
 */
@Named
@ApplicationScoped
public class ContractOptionConverter implements Converter<ContractOption> {

    @Inject
    RosterImporter importer;

    @Override
    public ContractOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        InsuranceContract contract = importer.contract(id);
        return contract == null ? null : ContractOption.of(contract);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContractOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
