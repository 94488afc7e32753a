package ir.hami.claims.web;

import ir.hami.claims.ClaimAssignments;
import ir.hami.claims.ClaimQueue;
import ir.hami.claims.ClaimQueueFilter;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.QueueRow;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.network.Province;
import ir.hami.platform.ValidationException;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The assessor's queue ({@code /staff/claims/queue.xhtml}): oldest claim first, awaiting the assessor unless a state
 * is chosen, the assessor's own unless "unassigned" or "all" is; filters by insurer, province, registration days,
 * tracking code, national ID and flags. A supervisor ticks claims and gives them to another assessor.
 */
@Named
@ViewScoped
public class ClaimQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Beyond this a queue's size is "more than" it: a count reads at most this many index entries a state. */
    public static final long COUNT_CAP = 1_000;
    static final String TABLE = "queueForm:queueTable";

    @Inject
    ClaimQueue queue;

    @Inject
    ClaimAssignments assignments;

    @Inject
    CenterDirectory centers;

    @Inject
    PortalUser user;

    private ClaimState state;
    private Long insurerId;
    private Long provinceId;
    private LocalDate from;
    private LocalDate to;
    private String trackingCode;
    private String nationalId;
    private boolean duplicate;
    private boolean deficiencyFixed;
    private boolean directBilling;
    private ClaimQueueFilter.Scope scope = ClaimQueueFilter.Scope.MINE;
    private List<Insurer> insurers;
    private List<Province> provinces;
    private List<String[]> assessors;
    private boolean supervisor;
    private ClaimQueueFilter filter = ClaimQueueFilter.mine();
    private long lastCount;
    private List<QueueRow> selected = new ArrayList<>();
    private String reassignTo;

    private final PagedModel<QueueRow> model = new PagedModel<>(this::count, this::load, QueueRow::id);

    @PostConstruct
    void init() {
        insurers = centers.insurers();
        provinces = centers.provinces();
        ClaimViewer v = viewer();
        supervisor = assignments.isSupervisor(v);
        assessors = supervisor ? assignments.assessors() : List.of();
        if (v.role() == ir.hami.platform.security.Role.ADMIN) {
            scope = ClaimQueueFilter.Scope.ALL;
            filter = build();
        }
    }

    private long count() {
        try {
            lastCount = queue.countUpTo(viewer(), filter, COUNT_CAP);
        } catch (ValidationException e) {
            lastCount = 0;
        }
        return Math.min(lastCount, COUNT_CAP);
    }

    private List<QueueRow> load(int first, int size) {
        try {
            return queue.page(viewer(), filter, first, size);
        } catch (ValidationException e) {
            return List.of();
        }
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    private ClaimQueueFilter build() {
        return new ClaimQueueFilter(state, insurerId, provinceId, from, to, trackingCode, nationalId, duplicate,
                deficiencyFixed, directBilling, scope);
    }

    public void search() {
        ClaimQueueFilter f = build();
        try {
            ir.hami.claims.ClaimQueueQueries.where(f, user.getUsername());
        } catch (ValidationException e) {
            Texts.error(trackingCode != null && !trackingCode.isBlank() ? "queueForm:tracking"
                    : "queueForm:nationalId", e.key(), e.args());
            return;
        }
        filter = f;
        selected = new ArrayList<>();
        PagedModel.firstPage(TABLE);
    }

    public void clear() {
        state = null;
        insurerId = null;
        provinceId = null;
        from = null;
        to = null;
        trackingCode = null;
        nationalId = null;
        duplicate = false;
        deficiencyFixed = false;
        directBilling = false;
        search();
    }

    /** The supervisor gives the ticked claims to the chosen assessor (none chosen: back to unassigned). */
    public void reassign() {
        try {
            List<ClaimAssignments.Seen> seen = selected.stream()
                    .map(r -> new ClaimAssignments.Seen(r.id(), r.version())).toList();
            int n = assignments.reassign(viewer(), seen, reassignTo);
            Texts.info(null, "claims.assign.done", n);
            selected = new ArrayList<>();
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        } catch (jakarta.ejb.EJBException e) {
            Texts.error(null, "claims.conflict");
        }
    }

    /** "n claims" or "more than 1,000 claims". */
    public String getCountText() {
        String template = Texts.text("common.paginator");
        return lastCount > COUNT_CAP
                ? template.replace("{totalRecords}", Texts.text("workbench.queue.more", COUNT_CAP)) : template;
    }

    public ClaimState[] getStates() {
        return java.util.Arrays.stream(ClaimState.values()).filter(s -> s != ClaimState.DRAFT)
                .toArray(ClaimState[]::new);
    }

    public ClaimQueueFilter.Scope[] getScopes() { return ClaimQueueFilter.Scope.values(); }
    public List<Insurer> getInsurers() { return insurers; }
    public List<Province> getProvinces() { return provinces; }
    public List<String[]> getAssessors() { return assessors; }
    public boolean isSupervisor() { return supervisor; }
    public LazyDataModel<QueueRow> getModel() { return model; }
    public ClaimState getState() { return state; }
    public void setState(ClaimState state) { this.state = state; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public boolean isDuplicate() { return duplicate; }
    public void setDuplicate(boolean duplicate) { this.duplicate = duplicate; }
    public boolean isDeficiencyFixed() { return deficiencyFixed; }
    public void setDeficiencyFixed(boolean deficiencyFixed) { this.deficiencyFixed = deficiencyFixed; }
    public boolean isDirectBilling() { return directBilling; }
    public void setDirectBilling(boolean directBilling) { this.directBilling = directBilling; }
    public ClaimQueueFilter.Scope getScope() { return scope; }
    public void setScope(ClaimQueueFilter.Scope scope) { this.scope = scope == null ? ClaimQueueFilter.Scope.MINE : scope; }
    public List<QueueRow> getSelected() { return selected; }
    public void setSelected(List<QueueRow> selected) { this.selected = selected == null ? new ArrayList<>() : selected; }
    public String getReassignTo() { return reassignTo; }
    public void setReassignTo(String reassignTo) { this.reassignTo = reassignTo; }
}
