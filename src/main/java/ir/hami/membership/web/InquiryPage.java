package ir.hami.membership.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.membership.FamilyService;
import ir.hami.membership.MemberInquiry;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.LocaleBean;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Member inquiry (استعلام اعضای تحت پوشش, seed 003) of {@code ?person=<id>} (and optionally {@code &contract=<id>});
 * without a person, of the chosen insured person, else of the member themself. A person outside the member's
 * family is refused with a message and status 403, and nothing of them is shown.
 */
@Named
@RequestScoped
public class InquiryPage {

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    @Inject
    LocaleBean locale;

    private String person;
    private String contract;
    private MemberInquiry inquiry;
    private boolean refused;

    public void load() {
        Long target = id(person);
        Long under = id(contract);
        if (person == null || person.isBlank()) {
            target = user.isInsuredSelected() ? user.getInsuredPersonId() : user.getPersonId();
            under = user.isInsuredSelected() ? user.getContractId() : null;
        }
        try {
            if (target == null || (contract != null && !contract.isBlank() && under == null)) {
                throw new ValidationException(FamilyService.REFUSED);
            }
            inquiry = family.inquiry(user.getPersonId(), target, under);
        } catch (ValidationException e) {
            refused = true;
            FacesContext faces = FacesContext.getCurrentInstance();
            // a view action runs before the template's f:view sets the session's language on the view
            faces.getViewRoot().setLocale(locale.getLocale());
            Texts.error(null, e.key(), e.args());
            faces.getExternalContext().setResponseStatus(403);
        }
    }

    public MemberInquiry getInquiry() { return inquiry; }
    public boolean isRefused() { return refused; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getContract() { return contract; }
    public void setContract(String contract) { this.contract = contract; }

    private static Long id(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
