package ir.hami.claims.web;

import ir.hami.claims.DirectBilling;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.referral.Viewer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The centre's bills ({@code /center/bills.xhtml}): newest first, a page at a time, each with its state. */
@Named
@ViewScoped
public class BillsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectBilling billing;

    @Inject
    PortalUser user;

    private final PagedModel<DirectBilling.BillRow> model = new PagedModel<>(this::count, this::page,
            DirectBilling.BillRow::getId);

    private long count() {
        try {
            return billing.billCount(Viewer.of(user));
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return 0;
        }
    }

    private List<DirectBilling.BillRow> page(int first, int size) {
        try {
            return billing.bills(Viewer.of(user), first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    public LazyDataModel<DirectBilling.BillRow> getModel() { return model; }
}
