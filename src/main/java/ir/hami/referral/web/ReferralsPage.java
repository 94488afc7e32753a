package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.membership.FamilyMember;
import ir.hami.membership.FamilySearch;
import ir.hami.membership.FamilyService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * Online referral letters (معرفی نامه های آنلاین, seed 004): the requests made for one insured person of the family,
 * newest first, searchable by tracking code or text, a page at a time.
 */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "referralsForm:referralsTable";

    @Inject
    ReferralQueue queue;

    @Inject
    FamilyService family;

    @Inject
    PortalUser user;

    private List<FamilyMember> persons = List.of();
    private Long personId;
    private String search;
    private String appliedSearch;
    private final PagedModel<ReferralRow> model = new PagedModel<>(this::count, this::page, ReferralRow::getId);

    @PostConstruct
    void init() {
        if (user.getContractId() == null) {
            family.chooseDefault(user.getPersonId());
        }
        if (user.getContractId() != null) {
            persons = family.family(user.getPersonId(), user.getContractId(), FamilySearch.everybody(), 0, 50);
        }
        personId = user.getInsuredPersonId() != null ? user.getInsuredPersonId() : user.getPersonId();
    }

    /** The person or the search changed: back to the first page. */
    public void filter() {
        appliedSearch = search;
        PagedModel.firstPage(TABLE);
    }

    /** The chosen person's name, for the heading «معرفی نامه های صادره برای:». */
    public String getPersonName() {
        return persons.stream().filter(p -> p.personId() == personId).map(FamilyMember::fullName).findFirst()
                .orElse(user.getInsuredName() == null ? user.getDisplayName() : user.getInsuredName());
    }

    private long count() {
        try {
            return personId == null ? 0 : queue.ofPersonCount(Viewer.of(user), personId, appliedSearch);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return 0;
        }
    }

    private List<ReferralRow> page(int first, int size) {
        try {
            return personId == null ? List.of() : queue.ofPerson(Viewer.of(user), personId, appliedSearch, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    public List<FamilyMember> getPersons() { return persons; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<ReferralRow> getModel() { return model; }
}
