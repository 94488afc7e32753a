package ir.hami.eligibility.web;

import ir.hami.platform.web.PagedModel;
import ir.hami.platform.security.PortalUser;
import ir.hami.eligibility.AuditBacklogException;
import ir.hami.eligibility.Channel;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityCheck;
import ir.hami.eligibility.EligibilityService;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The centres' panel: check a person's eligibility, and the centre's own history of checks. */
@Named
@ViewScoped
public class CenterHomePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The referral letters issued to this centre listed for a covered person. */
    static final int LETTERS = 5;

    @Inject
    EligibilityService eligibility;

    @Inject
    PortalUser user;

    private String nationalId;
    private LocalDate birthDate;
    private Eligibility result;
    private List<ReferralRow> letters = List.of();

    @Inject
    ReferralQueue referrals;
    private final PagedModel<EligibilityCheck> history = new PagedModel<>(
            () -> user.getCenterId() == null ? 0 : eligibility.historyCount(user.getCenterId()),
            (first, size) -> user.getCenterId() == null ? List.of()
                    : eligibility.history(user.getCenterId(), first, size),
            EligibilityCheck::getId);

    public void check() {
        Long center = user.getCenterId();
        if (center == null) {
            Texts.error(null, "eligibility.noCenter");
            return;
        }
        try {
            result = eligibility.check(center, user.getUsername(), Channel.WEB, nationalId, birthDate);
            letters = result.isCovered()
                    ? referrals.ofCenter(Viewer.of(user), ReferralStatus.ISSUED, nationalId, 0, LETTERS) : List.of();
        } catch (ValidationException e) {
            result = null;
            letters = List.of();
            Texts.error("checkForm:nationalId", e.key(), e.args());
        } catch (AuditBacklogException e) {
            result = null;
            letters = List.of();
            Texts.error(null, "eligibility.busy");
        }
    }

    public boolean isHasCenter() {
        return user.getCenterId() != null;
    }

    public String reasonText() {
        if (result == null) {
            return "";
        }
        String key = "eligibility.reason." + result.getReason().name();
        return result.getReasonDate() == null ? Texts.text(key)
                : Texts.text(key, ir.hami.platform.time.Jalali.format(result.getReasonDate()));
    }

    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Eligibility getResult() { return result; }
    public List<ReferralRow> getLetters() { return letters; }
    public LazyDataModel<EligibilityCheck> getHistory() { return history; }
}
