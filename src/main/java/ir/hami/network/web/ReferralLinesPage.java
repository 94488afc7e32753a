package ir.hami.network.web;

import ir.hami.membership.Insurer;
import ir.hami.network.ReferralContact;
import ir.hami.network.ReferralContactForm;
import ir.hami.network.ReferralContacts;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Administrators: the referral unit's lines of each insurer (office hours, phone and extensions in and after office
 * hours), a create/edit dialog with each rule's message beside its field, and delete. One row per insurer.
 */
@Named
@ViewScoped
public class ReferralLinesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EDITOR = "linesForm:";
    private static final Map<ReferralContact.Field, String> FIELDS = Map.of(
            ReferralContact.Field.INSURER, "insurer",
            ReferralContact.Field.OFFICE_HOURS, "officeHours",
            ReferralContact.Field.OFFICE_PHONES, "officePhones",
            ReferralContact.Field.OFFICE_EXTENSIONS, "officeExtensions",
            ReferralContact.Field.AFTER_HOURS_PHONES, "afterHoursPhones",
            ReferralContact.Field.AFTER_HOURS_EXTENSIONS, "afterHoursExtensions");

    @Inject
    ReferralContacts contacts;

    private List<ReferralContact> lines;
    private List<Insurer> insurersWithout;
    private ReferralContactForm form;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        lines = contacts.list();
        insurersWithout = contacts.insurersWithoutLines();
    }

    public void create() {
        form = new ReferralContactForm();
    }

    public void edit(long id) {
        try {
            form = contacts.load(id);
        } catch (ValidationException e) {
            form = null;
            Texts.error(null, e.key(), e.args());
            reload();
        }
    }

    public void save() {
        try {
            contacts.save(form);
            Texts.info(null, "referralLines.saved", insurerName());
            form = null;
            reload();
            PrimeFaces.current().ajax().update("linesForm:messages", "linesForm:lines", "linesForm:toolbar");
            PrimeFaces.current().executeScript("PF('linesDialog').hide()");
        } catch (ReferralContact.Invalid e) {
            Texts.error(e.field() == null ? null : EDITOR + FIELDS.get(e.field()), e.key(), e.args());
        }
    }

    public void delete(ReferralContact line) {
        try {
            contacts.delete(line.getId(), line.getVersion());
            Texts.info(null, "referralLines.deleted", line.getInsurer().getName());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
        reload();
    }

    private String insurerName() {
        if (form.getInsurerName() != null) {
            return form.getInsurerName();
        }
        return insurersWithout.stream().filter(i -> i.getId().equals(form.getInsurerId())).map(Insurer::getName)
                .findFirst().orElse("");
    }

    public List<ReferralContact> getLines() { return lines; }
    public List<Insurer> getInsurersWithout() { return insurersWithout; }
    public ReferralContactForm getForm() { return form; }
}
