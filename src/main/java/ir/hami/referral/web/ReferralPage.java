package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.ValidationException;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralDetails;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * One referral request ({@code /member/referral.xhtml?id=…}, and read-only for its centre at
 * {@code /center/referral.xhtml?id=…}): everything about it, its history, attachments, the letter when issued, the
 * exam appointment, the unit's note; the member cancels it or adds the documents the unit asked for. Whether the
 * viewer may see it is the service's decision: a refusal shows the Persian message and nothing else.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralDesk desk;

    @Inject
    Staging staging;

    @Inject
    PortalUser user;

    @Inject
    PortalConfig config;

    private String id;
    private ReferralDetails details;
    private FormKey formKey = FormKey.random();
    private final List<Long> newFileIds = new ArrayList<>();
    private final List<String> newFileNames = new ArrayList<>();

    /** f:viewAction: loads the request if this viewer may see it. */
    public void open() {
        details = null;
        Long requestId = Requests.id(id).orElse(null);
        if (requestId == null) {
            Texts.error(null, ReferralDesk.REFUSED);
            return;
        }
        try {
            details = desk.details(Viewer.of(user), requestId);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public void cancel() {
        act(() -> desk.cancel(Viewer.of(user), details.request().getId()), "referral.cancelled");
    }

    public void upload(FileUploadEvent event) {
        try {
            var f = staging.stage(UploadOwner.account(user.getUsername()), formKey, Staging.ANY_SLOT,
                    event.getFile().getFileName(), event.getFile().getContent(),
                    UploadRule.documents(config.getUploadMaxBytes()));
            newFileIds.add(f.getId());
            newFileNames.add(f.getFileName());
        } catch (ValidationException e) {
            Texts.error("documentsForm:documents", e.key(), e.args());
        }
    }

    public void sendDocuments() {
        if (act(() -> desk.addDocuments(Viewer.of(user), details.request().getId(), List.copyOf(newFileIds)),
                "referral.documents.sent")) {
            newFileIds.clear();
            newFileNames.clear();
            formKey = FormKey.random();
        }
    }

    private boolean act(Runnable action, String doneKey) {
        if (details == null) {
            return false;
        }
        try {
            action.run();
            details = desk.details(Viewer.of(user), details.request().getId());
            Texts.info(null, doneKey);
            return true;
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return false;
        }
    }

    public boolean isMember() { return user.isMember(); }
    public boolean isCancellable() {
        return user.isMember() && details != null && details.request().getStatus().isCancellable();
    }
    public boolean isDocumentsRequested() {
        return user.isMember() && details != null
                && details.request().getStatus() == ReferralStatus.DOCUMENTS_REQUESTED;
    }
    public boolean isIssued() {
        return details != null && details.request().getStatus() == ReferralStatus.ISSUED;
    }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ReferralDetails getDetails() { return details; }
    public ir.hami.referral.ReferralRequest getRequest() { return details == null ? null : details.request(); }
    public List<String> getNewFileNames() { return newFileNames; }
}
