package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The centre's letters ({@code /center/referrals.xhtml}): the requests for this centre, newest first, the issued
 * letters only or all, searched by national ID or tracking code; each opens its details and its printable letter.
 */
@Named
@ViewScoped
public class CenterLettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "lettersForm:lettersTable";

    @Inject
    ReferralQueue queue;

    @Inject
    PortalUser user;

    private boolean issuedOnly = true;
    private String search;
    private String appliedSearch;
    private final PagedModel<ReferralRow> model = new PagedModel<>(this::count, this::page, ReferralRow::getId);

    public void filter() {
        appliedSearch = search;
        PagedModel.firstPage(TABLE);
    }

    private ReferralStatus status() {
        return issuedOnly ? ReferralStatus.ISSUED : null;
    }

    private long count() {
        try {
            return queue.ofCenterCount(Viewer.of(user), status(), appliedSearch);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return 0;
        }
    }

    private List<ReferralRow> page(int first, int size) {
        try {
            return queue.ofCenter(Viewer.of(user), status(), appliedSearch, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    public boolean isIssuedOnly() { return issuedOnly; }
    public void setIssuedOnly(boolean issuedOnly) { this.issuedOnly = issuedOnly; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public LazyDataModel<ReferralRow> getModel() { return model; }
}
