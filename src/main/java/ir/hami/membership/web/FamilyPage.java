package ir.hami.membership.web;

import ir.hami.platform.web.PagedModel;
import ir.hami.platform.security.PortalUser;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * Dependents (افراد تحت تکفل, seed 004): choose a contract, search and page through the family, choose the insured
 * person the member pages are about, or open a person's inquiry.
 */
@Named
@ViewScoped
public class FamilyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "familyForm:familyTable";
    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private List<ContractChoice> contracts;
    private Long contractId;
    private String search;
    private FamilySearch parsedSearch = FamilySearch.everybody();
    private final PagedModel<FamilyMember> model = new PagedModel<>(this::familyCount, this::familyPage,
            FamilyMember::personId);

    @PostConstruct
    void init() {
        contracts = family.contractsOf(user.getPersonId());
        Long chosen = user.getContractId();
        contractId = contracts.stream().map(ContractChoice::contractId).filter(id -> id.equals(chosen)).findFirst()
                .orElse(contracts.isEmpty() ? null : contracts.get(0).contractId());
    }

    /** The contract chooser changed: back to the first page. */
    public void contractChanged() {
        firstPage();
    }

    /** The search box changed: back to the first page. */
    public void searchChanged() {
        parsedSearch = FamilySearch.parse(search);
        firstPage();
    }

    public String choose(FamilyMember member) {
        try {
            family.choose(user.getPersonId(), contractId, member.personId());
            Texts.info(null, "family.chosen", member.fullName());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
        return null;
    }

    /**
     * Whether the row offers "choose" and "inquiry": oneself, or a person whose coverage is in force today (the
     * service decides again; this only spares a button that would be refused).
     */
    public boolean mayChoose(FamilyMember member) {
        Long me = user.getPersonId();
        return me == null ? member.active() : FamilyService.mayChoose(me, member);
    }

    /** "Insurer - policy number N - start to end", dates in Jalali with the reader's digits. */
    public String label(ContractChoice c) {
        var locale = Texts.currentLocale();
        // the policy number is isolated, so that a Latin number does not pull the dates around it out of order
        return Texts.text("family.contractLabel", c.insurerName(),
                FIRST_STRONG_ISOLATE + PersianText.localizeDigits(c.number(), locale) + POP_DIRECTIONAL_ISOLATE,
                PersianText.localizeDigits(Jalali.format(c.start()), locale),
                PersianText.localizeDigits(Jalali.format(c.end()), locale));
    }

    private void firstPage() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public boolean isHasContracts() {
        return !contracts.isEmpty();
    }

    public List<ContractChoice> getContracts() { return contracts; }
    public Long getContractId() { return contractId; }
    public void setContractId(Long contractId) { this.contractId = contractId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<FamilyMember> getModel() { return model; }

    private long familyCount() {
        if (contractId == null) {
            return 0;
        }
        try {
            return family.familyCount(user.getPersonId(), contractId, parsedSearch);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return 0;
        }
    }

    private List<FamilyMember> familyPage(int first, int size) {
        if (contractId == null) {
            return List.of();
        }
        try {
            return family.family(user.getPersonId(), contractId, parsedSearch, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }
}
