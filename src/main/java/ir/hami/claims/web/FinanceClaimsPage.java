package ir.hami.claims.web;

import ir.hami.claims.ClaimViewer;
import ir.hami.claims.payment.FinanceRow;
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
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Finance's list of an insurer's assessed claims ({@code /staff/finance/claims.xhtml}): choose one or many and send
 * them to finance under the core system's file number.
 */
@Named
@ViewScoped
public class FinanceClaimsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long COUNT_CAP = 10_000;

    @Inject
    PaymentBatches payments;

    @Inject
    CenterDirectory centers;

    @Inject
    PortalUser user;

    private List<Insurer> insurers;
    private Long insurerId;
    private List<FinanceRow> selected = new ArrayList<>();
    private String fileNumber;
    private String remark;
    private long awaiting;

    private final PagedModel<FinanceRow> model = new PagedModel<>(
            () -> insurerId == null ? 0 : payments.assessedCount(viewer(), insurerId, COUNT_CAP),
            (first, size) -> insurerId == null ? List.of() : payments.assessed(viewer(), insurerId, first, size),
            FinanceRow::id);

    @PostConstruct
    void init() {
        insurers = centers.insurers();
        if (!insurers.isEmpty()) {
            insurerId = insurers.get(0).getId();
        }
        insurerChanged();
    }

    public void insurerChanged() {
        selected = new ArrayList<>();
        awaiting = insurerId == null ? 0 : payments.awaitingCount(viewer(), insurerId, COUNT_CAP);
        PagedModel.firstPage("sendForm:assessedTable");
    }

    public void send() {
        try {
            List<PaymentBatches.Seen> seen = selected.stream()
                    .map(r -> new PaymentBatches.Seen(r.id(), r.version())).toList();
            int n = payments.sendToFinance(viewer(), seen, fileNumber, remark);
            Texts.info(null, "finance.send.done", n);
            selected = new ArrayList<>();
            fileNumber = null;
            remark = null;
            insurerChanged();
        } catch (ValidationException e) {
            Texts.error(e.key().startsWith("claims.finance.fileNumber") ? "sendForm:fileNumber" : null, e.key(),
                    e.args());
        }
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    public List<Insurer> getInsurers() { return insurers; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public LazyDataModel<FinanceRow> getModel() { return model; }
    public List<FinanceRow> getSelected() { return selected; }
    public void setSelected(List<FinanceRow> selected) { this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public String getFileNumber() { return fileNumber; }
    public void setFileNumber(String fileNumber) { this.fileNumber = fileNumber; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public long getAwaiting() { return awaiting; }
}
