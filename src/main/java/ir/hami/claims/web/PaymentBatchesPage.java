package ir.hami.claims.web;

import ir.hami.claims.ClaimViewer;
import ir.hami.claims.payment.BuildResult;
import ir.hami.claims.payment.PaymentBatch;
import ir.hami.claims.payment.PaymentBatches;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * Payment batches ({@code /staff/finance/batches.xhtml}): build a batch of an insurer's claims awaiting payment
 * (claims left out are listed with why), and every batch, newest first, each opening its page.
 */
@Named
@ViewScoped
public class PaymentBatchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentBatches payments;

    @Inject
    CenterDirectory centers;

    @Inject
    PortalUser user;

    private List<Insurer> insurers;
    private Map<Long, String> insurerNames;
    private Long insurerId;
    private long awaiting;
    private BuildResult built;

    private final PagedModel<PaymentBatch> model = new PagedModel<>(
            () -> payments.batchCount(viewer(), insurerId),
            (first, size) -> payments.batches(viewer(), insurerId, first, size), PaymentBatch::getId);

    @PostConstruct
    void init() {
        insurers = centers.insurers();
        insurerNames = insurers.stream().collect(Collectors.toMap(Insurer::getId, Insurer::getName));
        if (!insurers.isEmpty()) {
            insurerId = insurers.get(0).getId();
        }
        insurerChanged();
    }

    public void insurerChanged() {
        awaiting = insurerId == null ? 0 : payments.awaitingCount(viewer(), insurerId, FinanceClaimsPage.COUNT_CAP);
        PagedModel.firstPage("batchesForm:batchTable");
    }

    public void build() {
        if (insurerId == null) {
            Texts.error("buildForm:insurer", "finance.batch.noInsurer");
            return;
        }
        try {
            built = payments.build(viewer(), insurerId);
            if (built.batch() == null) {
                Texts.warn(null, "finance.batch.nothing");
            } else {
                Texts.info(null, "finance.batch.built", built.batch().getNumber(), built.batch().getClaimCount());
            }
            insurerChanged();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public String insurerName(long id) {
        return insurerNames.getOrDefault(id, "");
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    public List<Insurer> getInsurers() { return insurers; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public long getAwaiting() { return awaiting; }
    public BuildResult getBuilt() { return built; }
    public LazyDataModel<PaymentBatch> getModel() { return model; }
}
