package ir.hami.claims.web;

import ir.hami.platform.web.Fields;
import ir.hami.claims.AdmissionState;
import ir.hami.claims.Admissions;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DocumentType;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * One admission ({@code /member/admission.xhtml?id=}): its documents as images; while in progress the member adds
 * images (each stored as soon as it is accepted), changes a document's type or note, deletes a document or the
 * whole admission, and "I confirm" (تایید می‌کنم) completes and freezes it. A rejected one shows the reason.
 */
@Named
@ViewScoped
public class AdmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String UPLOAD = "uploadForm:file";

    @Inject
    Admissions admissions;

    @Inject
    ClaimCatalog catalog;

    @Inject
    PortalUser user;

    private String id;
    private Admissions.Details details;
    private List<DocumentType> documentTypes = List.of();
    private Long uploadTypeId;
    private String uploadNote;
    private String title;
    private String description;
    private boolean added;
    private final Map<Long, Long> types = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    /** f:viewAction: loads the admission if this viewer may see it. */
    public void open() {
        details = null;
        Long admissionId = Requests.id(id).orElse(null);
        if (admissionId == null) {
            Texts.error(null, Admissions.REFUSED);
            return;
        }
        try {
            reload(admissionId);
            documentTypes = catalog.documentTypes();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    private void reload(long admissionId) {
        details = admissions.details(ClaimViewer.of(user), admissionId);
        title = details.admission().getTitle();
        description = details.admission().getDescription();
        types.clear();
        notes.clear();
        for (Admissions.DocumentRow d : details.documents()) {
            types.put(d.id(), d.typeId());
            notes.put(d.id(), d.note());
        }
    }

    /** An image chosen: stored on the admission at once, with the type and note chosen beside it. */
    public void upload(FileUploadEvent event) {
        if (details == null) {
            return;
        }
        if (uploadTypeId == null) {
            Texts.error(UPLOAD, "extras.admission.typeFirst");
            return;
        }
        try {
            admissions.addDocument(ClaimViewer.of(user), admissionId(), uploadTypeId, uploadNote,
                    event.getFile().getFileName(), event.getFile().getContent());
            uploadNote = null;
            added = true;
            reload(admissionId());
        } catch (ValidationException e) {
            Fields.error(e.key().startsWith("admissions.note.") ? "uploadForm:note" : UPLOAD, e.key(), e.args());
        }
    }

    public void saveDocument(long documentId) {
        act(() -> admissions.changeDocument(ClaimViewer.of(user), documentId, types.get(documentId),
                notes.get(documentId)), "extras.admission.documentSaved");
    }

    public void removeDocument(long documentId) {
        act(() -> admissions.removeDocument(ClaimViewer.of(user), documentId), "extras.admission.documentRemoved");
    }

    public void saveHeading() {
        try {
            admissions.edit(ClaimViewer.of(user), admissionId(), title, description);
            reload(admissionId());
            Texts.info(null, "extras.admission.saved");
        } catch (ValidationException e) {
            Fields.error(e.key().startsWith("admissions.description.") ? "headingForm:description"
                    : e.key().startsWith("admissions.title.") ? "headingForm:title" : null, e.key(), e.args());
        }
    }

    public void confirm() {
        act(() -> admissions.confirm(ClaimViewer.of(user), admissionId()), "extras.admission.confirmed");
    }

    public void delete() throws IOException {
        if (details == null) {
            return;
        }
        try {
            admissions.delete(ClaimViewer.of(user), admissionId());
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return;
        }
        Texts.info(null, "extras.admission.deleted");
        Texts.keepForRedirect();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/member/admissions.xhtml");
    }

    private void act(Runnable action, String doneKey) {
        if (details == null) {
            return;
        }
        try {
            action.run();
            reload(admissionId());
            Texts.info(null, doneKey);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            try {
                reload(admissionId());
            } catch (ValidationException gone) {
                details = null;
            }
        }
    }

    private long admissionId() {
        return details.admission().getId();
    }

    public boolean isEditable() {
        return user.isMember() && details != null && details.admission().getState() == AdmissionState.IN_PROGRESS;
    }

    public boolean isRejected() {
        return details != null && details.admission().getState() == AdmissionState.REJECTED;
    }

    public int getMaxFiles() { return admissions.maxFiles(); }
    public int getMaxMegabytes() { return admissions.maxFileMb(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Admissions.Details getDetails() { return details; }
    public List<DocumentType> getDocumentTypes() { return documentTypes; }
    public Long getUploadTypeId() { return uploadTypeId; }
    public void setUploadTypeId(Long uploadTypeId) { this.uploadTypeId = uploadTypeId; }
    public String getUploadNote() { return uploadNote; }
    public void setUploadNote(String uploadNote) { this.uploadNote = uploadNote; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isAdded() { return added; }
    public Map<Long, Long> getTypes() { return types; }
    public Map<Long, String> getNotes() { return notes; }
}
