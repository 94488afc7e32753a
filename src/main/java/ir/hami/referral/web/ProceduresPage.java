package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ProcedureAdmin;
import ir.hami.referral.ProcedureForm;
import ir.hami.referral.ReferralProcedure;
import ir.hami.referral.Viewer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** Administrators: the list of procedures a request may name, create and edit in a dialog. */
@Named
@ViewScoped
public class ProceduresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureAdmin admin;

    @Inject
    PortalUser user;

    private ProcedureForm form;
    private final PagedModel<ReferralProcedure> model = new PagedModel<>(() -> admin.count(viewer()),
            (first, size) -> admin.list(viewer(), first, size), ReferralProcedure::getId);

    private Viewer viewer() {
        return Viewer.of(user);
    }

    public void create() {
        form = new ProcedureForm();
    }

    public void edit(long id) {
        try {
            form = admin.load(viewer(), id);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void save() {
        if (form == null) {
            return; // a second click after the dialog was saved and closed
        }
        try {
            ReferralProcedure saved;
            try {
                saved = admin.save(viewer(), form);
            } catch (ValidationException e) {
                if (!FormSubmissions.REPEATED.equals(e.key())) {
                    throw e;
                }
                saved = admin.save(viewer(), form); // sent twice at once: answers with the first one's procedure
            }
            Texts.info(null, "procedures.saved", saved.getTitle());
            form = null;
            PrimeFaces.current().executeScript("PF('procedureDialog').hide()");
        } catch (ValidationException e) {
            String field = e.key().startsWith("procedures.code") ? "proceduresForm:code"
                    : e.key().startsWith("procedures.title") ? "proceduresForm:title" : null;
            Texts.error(field, e.key(), e.args());
        }
    }

    public ProcedureForm getForm() { return form; }
    public LazyDataModel<ReferralProcedure> getModel() { return model; }
}
