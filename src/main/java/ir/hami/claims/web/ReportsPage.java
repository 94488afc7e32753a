package ir.hami.claims.web;

import ir.hami.claims.ClaimReports;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ReportFilter;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.StreamedSheet;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The claims reports page ({@code /staff/reports/index.xhtml}): a period of registration (this Jalali month so far
 * unless chosen, at most a year), an insurer, a policyholder and a state; three .xlsx downloads of it (each claim,
 * the sums by insurer, policyholder and state, the contracts' loss ratios). A wrong period is told beside the field
 * before any download starts.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimReports reports;

    private LocalDate from;
    private LocalDate to;
    private Long insurerId;
    private String policyholderName;
    private Long policyholderId;
    private ClaimState state;
    private List<ClaimReports.Option> insurers;
    private final Map<String, Long> policyholderChoices = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        to = LocalDate.now(ClockProducer.TEHRAN);
        from = to.minusDays(29);
        insurers = reports.insurers();
    }

    public List<String> completePolicyholder(String typed) {
        policyholderChoices.clear();
        reports.policyholders(typed).forEach(o -> policyholderChoices.put(o.name(), o.id()));
        return List.copyOf(policyholderChoices.keySet());
    }

    public void policyholderChosen() {
        policyholderId = policyholderChoices.get(policyholderName);
    }

    private ReportFilter filter() {
        if (policyholderName == null || policyholderName.isBlank()) {
            policyholderId = null;
        }
        return new ReportFilter(from, to, insurerId, policyholderId, state);
    }

    public StreamedContent getClaimsFile() {
        return download(ClaimReports.CLAIMS_FILE, reports::writeClaims);
    }

    public StreamedContent getSummaryFile() {
        return download(ClaimReports.SUMMARY_FILE, reports::writeSummary);
    }

    public StreamedContent getLossFile() {
        return download(ClaimReports.LOSS_FILE, reports::writeLossRatios);
    }

    private StreamedContent download(String name, BiConsumer<ReportFilter, OutputStream> writer) {
        ReportFilter f;
        try {
            f = filter().checked();
        } catch (ValidationException e) {
            Texts.error("reportsForm:from", e.key(), e.args());
            return null;
        }
        return DefaultStreamedContent.builder().name(name).contentType(StreamedSheet.CONTENT_TYPE)
                .writer(out -> writer.accept(f, out)).build();
    }

    public ClaimState[] getStates() {
        return java.util.Arrays.stream(ClaimState.values()).filter(s -> s != ClaimState.DRAFT)
                .toArray(ClaimState[]::new);
    }

    public int getMaxDays() { return ReportFilter.MAX_DAYS; }
    public List<ClaimReports.Option> getInsurers() { return insurers; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public String getPolicyholderName() { return policyholderName; }
    public void setPolicyholderName(String policyholderName) { this.policyholderName = policyholderName; }
    public ClaimState getState() { return state; }
    public void setState(ClaimState state) { this.state = state; }
}
