package ir.hami.claims.web;

import ir.hami.claims.AdmissionQueue;
import ir.hami.claims.Admissions;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /staff/claims/admissions.xhtml}: completed admissions, oldest first; an assessor chooses one and rejects it
 * with a reason the member is told (portal and SMS).
 */
@Named
@ViewScoped
public class AdmissionRejectPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long COUNT_CAP = 10_000;

    @Inject
    AdmissionQueue queue;

    @Inject
    Admissions admissions;

    @Inject
    PortalUser user;

    private AdmissionQueue.Row chosen;
    private String reason;

    private final PagedModel<AdmissionQueue.Row> model = new PagedModel<>(
            () -> Math.min(queue.countUpTo(COUNT_CAP), COUNT_CAP), (first, size) -> queue.page(first, size),
            AdmissionQueue.Row::id);

    public void choose(AdmissionQueue.Row row) {
        chosen = row;
        reason = null;
    }

    public void reject() {
        if (chosen == null) {
            return;
        }
        try {
            admissions.reject(ClaimViewer.of(user), chosen.id(), reason);
            Texts.info(null, "claims.admissions.rejected", chosen.trackingCode());
            chosen = null;
            reason = null;
        } catch (ValidationException e) {
            Texts.error("rejectForm:reason", e.key(), e.args());
        }
    }

    public LazyDataModel<AdmissionQueue.Row> getModel() { return model; }
    public AdmissionQueue.Row getChosen() { return chosen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
