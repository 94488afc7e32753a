package ir.hami.claims.web;

import ir.hami.claims.ClaimDraftRow;
import ir.hami.claims.ClaimFilter;
import ir.hami.claims.ClaimQueries;
import ir.hami.claims.ClaimReportRow;
import ir.hami.claims.ClaimRow;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimViewer;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
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
import org.primefaces.model.LazyDataModel;

/**
 * The member's claims (seed 003's «مدارک», seed 004's «گزارش خسارت‌های من»): for one insured person of the family,
 * filtered by state with chips, searched by tracking code, a page of cards at a time; the viewer's drafts to continue;
 * and the report of the claims under contracts in force today.
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LIST = "claimsForm:claimList";
    static final String REPORT = "claimsForm:reportTable";

    /** The chips, in seed 003's order. */
    private static final List<ClaimFilter> FILTERS = List.of(ClaimFilter.ALL, ClaimFilter.AWAITING_ASSESSMENT,
            ClaimFilter.AWAITING_ORIGINALS, ClaimFilter.ORIGINALS_DELIVERED, ClaimFilter.IN_PAYMENT, ClaimFilter.PAID,
            ClaimFilter.REJECTED, ClaimFilter.DEFICIENCY);

    @Inject
    ClaimTracking tracking;

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private List<FamilyMember> persons = List.of();
    private Long personId;
    private ClaimFilter filter = ClaimFilter.ALL;
    private String search;
    private String appliedSearch;
    private long total;
    private boolean reportView;
    private List<ClaimDraftRow> drafts = List.of();
    private final PagedModel<ClaimRow> model = new PagedModel<>(this::count, this::page, ClaimRow::getId);
    private final PagedModel<ClaimReportRow> report = new PagedModel<>(this::reportCount, this::reportPage,
            ClaimReportRow::getId);

    @PostConstruct
    void init() {
        if (user.getContractId() == null) {
            family.chooseDefault(user.getPersonId());
        }
        if (user.getContractId() != null) {
            persons = family.family(user.getPersonId(), user.getContractId(), FamilySearch.everybody(), 0, 50);
        }
        personId = user.getInsuredPersonId() != null ? user.getInsuredPersonId() : user.getPersonId();
        drafts = tracking.drafts(ClaimViewer.of(user), 10);
    }

    /** The person or the search changed: back to the first page. */
    public void filter() {
        try {
            ClaimQueries.trackingCode(search);
        } catch (ValidationException e) {
            Texts.error("claimsForm:search", e.key(), e.args());
            return; // the list stays as it was
        }
        appliedSearch = search;
        PagedModel.firstPage(LIST);
        PagedModel.firstPage(REPORT);
    }

    /** Another person of the family: their first page. */
    public void personChanged() {
        PagedModel.firstPage(LIST);
        PagedModel.firstPage(REPORT);
    }

    /** A chip was pressed. */
    public void choose(ClaimFilter chosen) {
        filter = chosen == null ? ClaimFilter.ALL : chosen;
        PagedModel.firstPage(LIST);
    }

    public String getPersonName() {
        return persons.stream().filter(p -> personId != null && p.personId() == personId)
                .map(FamilyMember::fullName).findFirst()
                .orElse(user.getInsuredName() == null ? user.getDisplayName() : user.getInsuredName());
    }

    private long count() {
        try {
            total = personId == null ? 0 : tracking.count(ClaimViewer.of(user), personId, filter, appliedSearch);
        } catch (ValidationException e) {
            Texts.error("claimsForm:search", e.key(), e.args());
            total = 0;
        }
        return Math.min(total, ClaimTracking.COUNT_CAP);
    }

    private List<ClaimRow> page(int first, int size) {
        try {
            return personId == null ? List.of()
                    : tracking.page(ClaimViewer.of(user), personId, filter, appliedSearch, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    private long reportCount() {
        try {
            return personId == null ? 0
                    : Math.min(tracking.reportCount(ClaimViewer.of(user), personId), ClaimTracking.COUNT_CAP);
        } catch (ValidationException e) {
            return 0;
        }
    }

    private List<ClaimReportRow> reportPage(int first, int size) {
        try {
            return personId == null ? List.of() : tracking.report(ClaimViewer.of(user), personId, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    /** The list of cards, or seed 004's report. */
    public void showReport(boolean report) {
        this.reportView = report;
        PagedModel.firstPage(report ? REPORT : LIST);
    }

    public boolean isReportView() { return reportView; }
    public List<ClaimFilter> getFilters() { return FILTERS; }
    public ClaimFilter getFilter() { return filter; }
    public boolean isMore() { return total > ClaimTracking.COUNT_CAP; }
    public long getTotal() { return Math.min(total, ClaimTracking.COUNT_CAP); }
    public List<FamilyMember> getPersons() { return persons; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<ClaimDraftRow> getDrafts() { return drafts; }
    public LazyDataModel<ClaimRow> getModel() { return model; }
    public LazyDataModel<ClaimReportRow> getReport() { return report; }
    public int getSearchLength() { return ClaimQueries.SEARCH_LENGTH; }
}
