package ir.hami.referral.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.membership.Insurer;
import ir.hami.network.CenterDirectory;
import ir.hami.network.CenterFilter;
import ir.hami.network.Province;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.StreamedSheet;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import ir.hami.referral.QueueFilter;
import ir.hami.referral.ReferralExport;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The referral unit's work queue: oldest request first, awaiting the unit unless another status is chosen, filtered
 * by insurer, centre, province, request dates, tracking code, national ID; each row opens the request. The count
 * stops at {@value #COUNT_CAP} ("more than …"); the filtered queue and the letters of a range of days as .xlsx.
 */
@Named
@ViewScoped
public class ReferralQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Beyond this a queue's size is "more than" it: nobody pages through ten thousand requests. */
    public static final long COUNT_CAP = 10_000;
    static final String TABLE = "queueForm:queueTable";

    @Inject
    ReferralQueue queue;

    @Inject
    ReferralExport export;

    @Inject
    CenterDirectory centers;

    @Inject
    PortalUser user;

    private ReferralStatus status;
    private Long insurerId;
    private Long provinceId;
    private String centerName;
    private Long centerId;
    private LocalDate from;
    private LocalDate to;
    private String trackingCode;
    private String nationalId;
    private LocalDate lettersFrom;
    private LocalDate lettersTo;
    private List<Insurer> insurers;
    private List<Province> provinces;
    private final Map<String, Long> centerChoices = new LinkedHashMap<>();
    private QueueFilter filter = QueueFilter.awaitingUnit();
    private long lastCount;

    private final PagedModel<ReferralRow> model = new PagedModel<>(this::count,
            (first, size) -> queue.queue(viewer(), filter, first, size), ReferralRow::id);

    @PostConstruct
    void init() {
        insurers = centers.insurers();
        provinces = centers.provinces();
        LocalDate today = LocalDate.now(ir.hami.platform.ClockProducer.TEHRAN);
        lettersFrom = today.withDayOfMonth(1);
        lettersTo = today;
    }

    private long count() {
        lastCount = queue.queueCountUpTo(viewer(), filter, COUNT_CAP);
        return Math.min(lastCount, COUNT_CAP);
    }

    private Viewer viewer() {
        return Viewer.of(user);
    }

    public void search() {
        if (centerName == null || centerName.isBlank()) {
            centerId = null;
        }
        filter = new QueueFilter(status, insurerId, centerId, provinceId, from, to, trackingCode, nationalId);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        status = null;
        insurerId = null;
        provinceId = null;
        centerName = null;
        centerId = null;
        from = null;
        to = null;
        trackingCode = null;
        nationalId = null;
        search();
    }

    /** Centres whose name has the typed words (active or not: old requests name closed centres too). */
    public List<String> completeCenter(String typed) {
        centerChoices.clear();
        for (TreatmentCenter c : centers.search(new CenterFilter(typed, provinceId, null, null, false, false, true),
                0, 15)) {
            centerChoices.put(c.getName() + " (" + c.getCity().getName() + ")", c.getId());
        }
        return List.copyOf(centerChoices.keySet());
    }

    public void centerChosen() {
        centerId = centerChoices.get(centerName);
    }

    /** "n requests" or "more than 10,000 requests". */
    public String getCountText() {
        String template = Texts.text("common.paginator");
        return lastCount > COUNT_CAP
                ? template.replace("{totalRecords}", Texts.text("workbench.queue.more", COUNT_CAP)) : template;
    }

    public StreamedContent getQueueExport() {
        ReferralExport service = export;
        Viewer v = viewer();
        QueueFilter f = filter;
        return DefaultStreamedContent.builder().name(ReferralExport.QUEUE_FILE).contentType(StreamedSheet.CONTENT_TYPE)
                .writer(out -> service.writeQueue(v, f, out)).build();
    }

    /** The letters' report; checked first so a wrong range is told beside the field, not as a broken download. */
    public StreamedContent getLettersExport() {
        try {
            export.letterRows(viewer(), lettersFrom, lettersTo, Long.MAX_VALUE, 1);
        } catch (ValidationException e) {
            Texts.error("exportForm:lettersFrom", e.key(), e.args());
            return null;
        }
        ReferralExport service = export;
        Viewer v = viewer();
        LocalDate a = lettersFrom;
        LocalDate b = lettersTo;
        return DefaultStreamedContent.builder().name(ReferralExport.LETTERS_FILE)
                .contentType(StreamedSheet.CONTENT_TYPE).writer(out -> service.writeLetters(v, a, b, out)).build();
    }

    public ReferralStatus[] getStatuses() { return ReferralStatus.values(); }
    public List<Insurer> getInsurers() { return insurers; }
    public List<Province> getProvinces() { return provinces; }
    public LazyDataModel<ReferralRow> getModel() { return model; }
    public ReferralStatus getStatus() { return status; }
    public void setStatus(ReferralStatus status) { this.status = status; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public String getCenterName() { return centerName; }
    public void setCenterName(String centerName) { this.centerName = centerName; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public LocalDate getLettersFrom() { return lettersFrom; }
    public void setLettersFrom(LocalDate lettersFrom) { this.lettersFrom = lettersFrom; }
    public LocalDate getLettersTo() { return lettersTo; }
    public void setLettersTo(LocalDate lettersTo) { this.lettersTo = lettersTo; }
}
