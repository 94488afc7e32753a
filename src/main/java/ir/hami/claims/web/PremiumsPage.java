package ir.hami.claims.web;

import ir.hami.claims.ClaimReports;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Contracts with their premium and loss ratio ({@code /staff/reports/premiums.xhtml}), a page at a time, by insurer.
 * FINANCE and ADMIN read; an administrator enters or changes a premium against the version shown (someone else's
 * change in between is refused with {@code claims.conflict}).
 */
@Named
@ViewScoped
public class PremiumsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "premiumsForm:contracts";

    @Inject
    ClaimReports reports;

    @Inject
    PortalUser user;

    private Long insurerId;
    private List<ClaimReports.Option> insurers;
    private ClaimReports.ContractLoss editing;
    private Long premium;

    private final PagedModel<ClaimReports.ContractLoss> model = new PagedModel<>(
            () -> reports.contractCount(insurerId, null),
            (first, size) -> reports.contracts(insurerId, null, first, size), ClaimReports.ContractLoss::id);

    @PostConstruct
    void init() {
        insurers = reports.insurers();
    }

    public void search() {
        PagedModel.firstPage(TABLE);
        editing = null;
    }

    public void edit(ClaimReports.ContractLoss contract) {
        editing = contract;
        premium = contract.premium();
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            editing = reports.changePremium(editing.id(), editing.version(), premium);
            Texts.info(null, "reports.premium.saved", editing.number());
            editing = null;
        } catch (ValidationException e) {
            Texts.error("premiumsForm:premium", e.key(), e.args());
        }
    }

    /** The loss ratio as the reader reads it ("۵۷.۵٪"). */
    public String ratio(ClaimReports.ContractLoss contract) {
        return contract.lossRatio() == null ? "—" : Texts.text("reports.dash.percentValue",
                PersianText.localizeDigits(contract.lossRatio().toPlainString(), Texts.currentLocale()));
    }

    public boolean isAdmin() { return user.isAdmin(); }
    public LazyDataModel<ClaimReports.ContractLoss> getModel() { return model; }
    public List<ClaimReports.Option> getInsurers() { return insurers; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public ClaimReports.ContractLoss getEditing() { return editing; }
    public Long getPremium() { return premium; }
    public void setPremium(Long premium) { this.premium = premium; }
}
