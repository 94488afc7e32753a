package ir.hami.claims.web;

import ir.hami.claims.Claim;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimView;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;

/**
 * One claim ({@code /member/claim.xhtml?id=…}, and its print view {@code /member/claim-print.xhtml?id=…}): the
 * details, the timeline, the amounts each explained, the payment, the remarks, the documents; in a deficiency, the
 * assessor's reason, new images (camera or gallery) and «ارسال مجدد». Whether the viewer may see it is the service's
 * decision: a refusal shows the Persian message and nothing of the claim.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String UPLOAD = "deficiencyForm:image";

    @Inject
    ClaimTracking tracking;

    @Inject
    ClaimFiles files;

    @Inject
    PortalUser user;

    private String id;
    private ClaimView view;
    private Long documentTypeId;
    private String note;

    /** f:viewAction: loads the claim if this viewer may see it. */
    public void open() {
        view = null;
        Long claimId = Requests.id(id).orElse(null);
        if (claimId == null) {
            Texts.error(null, ClaimRecords.REFUSED);
            return;
        }
        try {
            view = tracking.details(ClaimViewer.of(user), claimId);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    /** An image chosen (camera or gallery): stored on the claim at once, in the round being asked for. */
    public void upload(FileUploadEvent event) {
        if (!isDeficiency()) {
            return;
        }
        if (documentTypeId == null) {
            Texts.error(UPLOAD, ClaimFiles.KEY_DOCUMENT_TYPE);
            return;
        }
        try {
            files.add(ClaimViewer.of(user), claim().getId(), documentTypeId, event.getFile().getFileName(),
                    event.getFile().getContent());
            reload();
            Texts.info(UPLOAD, "claims.track.imageAdded", event.getFile().getFileName());
        } catch (ValidationException e) {
            Texts.error(UPLOAD, e.key(), e.args());
        }
    }

    /** Removes an image of the current round. */
    public void remove(long documentId) {
        if (view == null) {
            return;
        }
        try {
            files.remove(ClaimViewer.of(user), documentId);
            reload();
        } catch (ValidationException e) {
            Texts.error(UPLOAD, e.key(), e.args());
        }
    }

    /** «ارسال مجدد»: back to the assessor. */
    public void resend() {
        if (view == null) {
            return;
        }
        try {
            tracking.fixDeficiency(ClaimViewer.of(user), claim().getId(), claim().getVersion(), note);
            note = null;
            reload();
            Texts.info(null, "claims.track.resent");
        } catch (ValidationException e) {
            if (Claim.NOT_ALLOWED.equals(e.key()) && resentAlready()) {
                return; // a double click: the first press sent it
            }
            String where = ClaimTracking.KEY_NEW_IMAGE.equals(e.key()) ? UPLOAD
                    : "claims.note.tooLong".equals(e.key()) ? "deficiencyForm:note" : null;
            Texts.error(where, e.key(), e.args());
            if (ClaimRecords.CONFLICT.equals(e.key())) {
                reload();
            }
        }
    }

    /** The claim left the deficiency since the page was shown because this member sent it. */
    private boolean resentAlready() {
        reload();
        return claim().getState() == ClaimState.DEFICIENCY_FIXED;
    }

    private void reload() {
        view = tracking.details(ClaimViewer.of(user), claim().getId());
    }

    private Claim claim() {
        return view.claim();
    }

    public boolean isDeficiency() {
        return view != null && user.isMember() && claim().getState() == ClaimState.DEFICIENCY;
    }

    public boolean isAssessed() {
        return view != null && claim().getState().isAssessed();
    }

    /** Seed 004's notice: the payment is on its way to the member's account. */
    public boolean isPaymentNotice() {
        return view != null && claim().getSentToBankOn() != null && claim().getState() == ClaimState.SENT_TO_FINANCE;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ClaimView getView() { return view; }
    public Claim getClaim() { return view == null ? null : view.claim(); }
    public Long getDocumentTypeId() { return documentTypeId; }
    public void setDocumentTypeId(Long documentTypeId) { this.documentTypeId = documentTypeId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public int getNoteLength() { return Claim.NOTE_LENGTH; }
    public int getMaxFileMb() { return files.maxFileMb(); }
}
