package ir.hami.claims.web;

import ir.hami.claims.AssessmentDesk;
import ir.hami.claims.AssessmentLine;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimAssignments;
import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimTracking;
import ir.hami.claims.ClaimView;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DeductionEngine;
import ir.hami.claims.ItemKind;
import ir.hami.claims.RejectReason;
import ir.hami.claims.Tariff;
import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessor's workbench ({@code /staff/claims/claim.xhtml?id=}): the claim's facts, history and document images
 * (zoom and rotate in the browser) beside the form; itemise lines against the tariff, see the engine's preview with
 * each deduction's sentence, then assess; or declare a deficiency, reject for a coded reason, ask for the originals
 * or record their delivery; a supervisor gives the claim to another assessor. Every action names the version shown:
 * a colleague's change first gets {@code claims.conflict}, and a double click assesses once.
 */
@Named
@ViewScoped
public class ClaimWorkbenchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a refusal is shown: the field it is about. */
    private static final Map<String, String> FIELD = Map.ofEntries(
            Map.entry("claims.deficiency.noteRequired", "deficiencyForm:deficiencyNote"),
            Map.entry("claims.reject.reasonRequired", "rejectForm:rejectText"),
            Map.entry("claims.reject.codeRequired", "rejectForm:rejectCode"),
            Map.entry("claims.originals.placeRequired", "originalsForm:originalsPlace"),
            Map.entry("claims.originals.placeTooLong", "originalsForm:originalsPlace"),
            Map.entry("claims.originals.deliveredInFuture", "deliveredForm:deliveredOn"),
            Map.entry("claims.originals.deliveredBeforeRequest", "deliveredForm:deliveredOn"));

    @Inject
    ClaimTracking tracking;

    @Inject
    AssessmentDesk desk;

    @Inject
    ClaimOffice office;

    @Inject
    ClaimAssignments assignments;

    @Inject
    PortalUser user;

    private Long id;
    private ClaimView view;
    private String loadError;
    private List<AssessmentDesk.Duplicate> duplicates = List.of();
    private boolean supervisor;
    private List<String[]> assessors = List.of();

    private final List<LineForm> lines = new ArrayList<>();
    private DeductionEngine.Result preview;
    private String remark;
    private String deficiencyNote;
    private RejectReason rejectCode;
    private String rejectText;
    private String originalsPlace;
    private LocalDate deliveredOn;
    private String deliveredPlace;
    private String reassignTo;
    private final Map<String, Tariff> offered = new LinkedHashMap<>();

    /** One line as the assessor types it. */
    public static class LineForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private ItemKind kind = ItemKind.SERVICE;
        private String tariff;
        private String title;
        private String physician;
        private String councilCode;
        private LocalDate prescribedOn;
        private String quantity = "1";
        private String unitPrice;
        private boolean excluded;

        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind kind) { this.kind = kind; }
        public String getTariff() { return tariff; }
        public void setTariff(String tariff) { this.tariff = tariff; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getPhysician() { return physician; }
        public void setPhysician(String physician) { this.physician = physician; }
        public String getCouncilCode() { return councilCode; }
        public void setCouncilCode(String councilCode) { this.councilCode = councilCode; }
        public LocalDate getPrescribedOn() { return prescribedOn; }
        public void setPrescribedOn(LocalDate prescribedOn) { this.prescribedOn = prescribedOn; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String quantity) { this.quantity = quantity; }
        public String getUnitPrice() { return unitPrice; }
        public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
        public boolean isExcluded() { return excluded; }
        public void setExcluded(boolean excluded) { this.excluded = excluded; }
    }

    /** viewAction: loads the claim named by ?id= (nothing is shown for an id the viewer may not see). */
    public void load() {
        if (id == null) {
            loadError = ClaimRecords.REFUSED;
            return;
        }
        try {
            ClaimViewer v = viewer();
            view = tracking.details(v, id);
            duplicates = desk.duplicates(v, id);
            supervisor = assignments.isSupervisor(v);
            assessors = supervisor ? assignments.assessors() : List.of();
            loadError = null;
            if (lines.isEmpty()) {
                LineForm first = new LineForm();
                Claim c = view.claim();
                first.prescribedOn = c.getServiceDate();
                first.councilCode = c.getCouncilCode();
                first.unitPrice = c.getRequestedAmount() == null ? null : String.valueOf(c.getRequestedAmount());
                first.title = view.names().service();
                lines.add(first);
            }
        } catch (ValidationException e) {
            view = null;
            loadError = e.key();
        }
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    private Claim claim() {
        return view.claim();
    }

    // ---------------------------------------------------------------- itemising

    public void addLine() {
        LineForm l = new LineForm();
        l.prescribedOn = claim().getServiceDate();
        lines.add(l);
        preview = null;
    }

    public void removeLine(LineForm l) {
        lines.remove(l);
        preview = null;
    }

    /** Tariff rows by code or title, as "code — title". */
    public List<String> completeTariff(String typed) {
        offered.clear();
        for (Tariff t : desk.searchTariffs(typed)) {
            offered.put(t.getCode() + " — " + t.getTitle(), t);
        }
        return List.copyOf(offered.keySet());
    }

    /** A tariff row was chosen: its code stays in the field, its title and kind fill the line. */
    public void tariffChosen(LineForm l) {
        Tariff t = offered.get(l.tariff);
        if (t != null) {
            l.tariff = t.getCode();
            l.title = t.getTitle();
            l.kind = t.getKind();
            if (l.unitPrice == null || l.unitPrice.isBlank()) {
                l.unitPrice = String.valueOf(t.getUnitPrice());
            }
        }
        preview = null;
    }

    /** The lines as the desk takes them; a wrong figure is told beside its field and gives null. */
    private List<AssessmentLine> assessmentLines() {
        List<AssessmentLine> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < lines.size(); i++) {
            LineForm l = lines.get(i);
            String prefix = "itemsForm:lines:" + i + ":";
            long price;
            int quantity;
            try {
                price = Rial.parse(l.unitPrice);
            } catch (ValidationException e) {
                Texts.error(prefix + "unitPrice", e.key(), e.args());
                ok = false;
                continue;
            }
            String q = l.quantity == null ? "" : PersianText.normalizeDigits(l.quantity).strip();
            if (!q.matches("[0-9]{1,4}") || Integer.parseInt(q) < 1) {
                Texts.error(prefix + "quantity", "claims.workbench.quantityInvalid");
                ok = false;
                continue;
            }
            quantity = Integer.parseInt(q);
            String code = l.tariff == null || l.tariff.isBlank() ? null
                    : TextLimit.line(PersianText.normalizeDigits(l.tariff), Tariff.CODE_LENGTH, "claims.workbench.codeTooLong");
            String title = TextLimit.line(l.title, Tariff.TITLE_LENGTH, "claims.workbench.titleTooLong");
            if (title == null || title.isBlank()) {
                Texts.error(prefix + "title", "claims.workbench.titleRequired");
                ok = false;
                continue;
            }
            String council = l.councilCode == null || l.councilCode.isBlank() ? null
                    : PersianText.normalizeDigits(l.councilCode).strip();
            if (council != null && !council.matches("[0-9]{1," + Claim.COUNCIL_CODE_LENGTH + "}")) {
                Texts.error(prefix + "councilCode", "claims.workbench.councilInvalid");
                ok = false;
                continue;
            }
            out.add(new AssessmentLine(l.kind, code, title,
                    TextLimit.line(l.physician, 200, "claims.workbench.physicianTooLong"), council, l.prescribedOn,
                    quantity, price, l.excluded));
        }
        if (out.isEmpty() && ok) {
            Texts.error(null, "claims.workbench.noLines");
        }
        return ok && !out.isEmpty() ? out : null;
    }

    public void preview() {
        preview = null;
        try {
            List<AssessmentLine> in = assessmentLines();
            if (in != null) {
                preview = desk.preview(viewer(), id, in);
            }
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    public String assess() {
        List<AssessmentLine> in;
        try {
            in = assessmentLines();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
            return null;
        }
        if (in == null) {
            return null;
        }
        String text = remark;
        return act(() -> desk.assess(viewer(), id, claim().getVersion(), user.getDisplayName(), in,
                TextLimit.paragraphs(text, Claim.NOTE_LENGTH, "claims.note.tooLong")), "claims.workbench.assessed");
    }

    // ---------------------------------------------------------------- the other decisions

    public String declareDeficiency() {
        String note = deficiencyNote;
        return act(() -> office.declareDeficiency(viewer(), id, claim().getVersion(), note),
                "claims.workbench.deficiencyDeclared");
    }

    public String reject() {
        RejectReason code = rejectCode;
        String text = rejectText;
        return act(() -> office.reject(viewer(), id, claim().getVersion(), code, text), "claims.workbench.rejected");
    }

    public String requestOriginals() {
        String place = originalsPlace;
        return act(() -> office.requestOriginals(viewer(), id, claim().getVersion(), place),
                "claims.workbench.originalsRequested");
    }

    public String originalsDelivered() {
        LocalDate day = deliveredOn;
        String place = deliveredPlace;
        return act(() -> office.originalsDelivered(viewer(), id, claim().getVersion(), day, place),
                "claims.workbench.originalsDelivered");
    }

    public String reassign() {
        String to = reassignTo;
        return act(() -> assignments.reassign(viewer(), List.of(new ClaimAssignments.Seen(id, claim().getVersion())),
                to), "claims.assign.doneOne");
    }

    /**
     * Runs an action; done (or overtaken by a colleague) the page opens again with the message, read afresh;
     * refused, the message stays beside the field.
     */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(null, doneKey, claim().getTrackingCode());
        } catch (ValidationException e) {
            if (!ClaimRecords.CONFLICT.equals(e.key()) && !Claim.NOT_ALLOWED.equals(e.key())) {
                Texts.error(FIELD.get(e.key()), e.key(), e.args());
                return null;
            }
            Texts.error(null, e.key(), e.args());
        } catch (EJBException e) {
            // an optimistic lock lost at commit: a colleague changed the claim at the same moment
            Texts.error(null, ClaimRecords.CONFLICT);
        }
        Texts.keepForRedirect();
        return "/staff/claims/claim?faces-redirect=true&id=" + id;
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isFound() { return view != null; }
    public String getLoadError() { return loadError; }
    public ClaimView getView() { return view; }
    public List<AssessmentDesk.Duplicate> getDuplicates() { return duplicates; }
    public boolean isSupervisor() { return supervisor; }
    public List<String[]> getAssessors() { return assessors; }
    public boolean isMayAssess() { return view != null && claim().getState().isAwaitingAssessor(); }
    public boolean isMayDecide() { return view != null && claim().getState().isOpenToAssessor(); }
    public boolean isMayDeclareDeficiency() {
        return view != null && (claim().getState().isAwaitingAssessor()
                || claim().getState() == ClaimState.AWAITING_ORIGINALS);
    }
    public boolean isMayRequestOriginals() {
        return isMayAssess() && claim().getState() != ClaimState.ORIGINALS_DELIVERED;
    }
    public boolean isMayRecordDelivery() { return view != null && claim().getState() == ClaimState.AWAITING_ORIGINALS; }
    public boolean isMayReassign() { return supervisor && isMayDecide(); }
    public ItemKind[] getKinds() { return ItemKind.values(); }
    public RejectReason[] getRejectCodes() { return RejectReason.values(); }
    public List<LineForm> getLines() { return lines; }
    public DeductionEngine.Result getPreview() { return preview; }
    /** A deduction's sentence in the reader's language. */
    public String explain(DeductionEngine.Deduction d) { return d.explain(Texts.currentLocale()); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public String getDeficiencyNote() { return deficiencyNote; }
    public void setDeficiencyNote(String deficiencyNote) { this.deficiencyNote = deficiencyNote; }
    public RejectReason getRejectCode() { return rejectCode; }
    public void setRejectCode(RejectReason rejectCode) { this.rejectCode = rejectCode; }
    public String getRejectText() { return rejectText; }
    public void setRejectText(String rejectText) { this.rejectText = rejectText; }
    public String getOriginalsPlace() { return originalsPlace; }
    public void setOriginalsPlace(String originalsPlace) { this.originalsPlace = originalsPlace; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public String getDeliveredPlace() { return deliveredPlace; }
    public void setDeliveredPlace(String deliveredPlace) { this.deliveredPlace = deliveredPlace; }
    public String getReassignTo() { return reassignTo; }
    public void setReassignTo(String reassignTo) { this.reassignTo = reassignTo; }
}
