package ir.hami.claims.web;

import ir.hami.claims.ClaimReports;
import ir.hami.claims.ClaimState;
import ir.hami.claims.DashboardFigures;
import ir.hami.claims.RejectReason;
import ir.hami.claims.ReportFilter;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ir.hami.platform.text.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The managers' dashboard ({@code /staff/reports/dashboard.xhtml}): the figures of {@link ClaimReports#dashboard}
 * for a period (the last 31 days unless chosen; a year at most) and an insurer, drawn with PrimeFaces' Chart.js component (the
 * configuration is JSON made here; PrimeFaces starts it with the page's CSP nonce) and also given as small tables.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#c62828", "#00838f",
        "#5d4037", "#ad1457", "#558b2f", "#4527a0", "#f9a825"};

    @Inject
    ClaimReports reports;

    private LocalDate from;
    private LocalDate to;
    private Long insurerId;
    private List<ClaimReports.Option> insurers;
    private DashboardFigures figures;

    @PostConstruct
    void init() {
        to = LocalDate.now(ClockProducer.TEHRAN);
        from = to.minusDays(30);
        insurers = reports.insurers();
        show();
    }

    public void show() {
        try {
            figures = reports.dashboard(ReportFilter.period(from, to, insurerId));
        } catch (ValidationException e) {
            Texts.error("dashboardForm:from", e.key(), e.args());
        }
    }

    // ---------------------------------------------------------------- charts (Chart.js configurations)

    public String getStateChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder data = JsonBuilders.array();
        for (Map.Entry<ClaimState, Long> e : figures.perState().entrySet()) {
            labels.add(Texts.text(e.getKey().key()));
            data.add(e.getValue());
        }
        return chart("bar", labels, JsonBuilders.array().add(dataset(Texts.text("reports.dash.claims"), data,
                COLOURS[0])), false);
    }

    public String getStageChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder medians = JsonBuilders.array();
        JsonArrayBuilder p90s = JsonBuilders.array();
        for (DashboardFigures.StageFigure s : figures.stages()) {
            labels.add(Texts.text(s.stage().getKey()));
            medians.add(s.median() == null ? 0 : s.median());
            p90s.add(s.p90() == null ? 0 : s.p90());
        }
        return chart("bar", labels, JsonBuilders.array()
                .add(dataset(Texts.text("reports.dash.median"), medians, COLOURS[0]))
                .add(dataset(Texts.text("reports.dash.p90"), p90s, COLOURS[2])), true);
    }

    public String getRejectionChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder data = JsonBuilders.array();
        JsonArrayBuilder colours = JsonBuilders.array();
        int i = 0;
        for (Map.Entry<RejectReason, Long> e : figures.rejections().entrySet()) {
            labels.add(Texts.text(e.getKey().key()));
            data.add(e.getValue());
            colours.add(COLOURS[i++ % COLOURS.length]);
        }
        JsonObjectBuilder set = JsonBuilders.object().add("label", Texts.text("reports.dash.rejections"))
                .add("data", data).add("backgroundColor", colours);
        return chart("doughnut", labels, JsonBuilders.array().add(set), true);
    }

    public String getRateChart() {
        JsonArrayBuilder labels = JsonBuilders.array().add(Texts.text("reports.dash.firstPass"))
                .add(Texts.text("reports.dash.deficiencyRate"));
        JsonArrayBuilder data = JsonBuilders.array().add(number(figures.firstPassRate()))
                .add(number(figures.deficiencyRate()));
        return chart("bar", labels, JsonBuilders.array().add(dataset(Texts.text("reports.dash.percent"), data,
                COLOURS[1])), false);
    }

    public String getPaidChart() {
        JsonArrayBuilder labels = JsonBuilders.array();
        figures.months().forEach(m -> labels.add(PersianText.localizeDigits(m.label(), Texts.currentLocale())));
        JsonArrayBuilder sets = JsonBuilders.array();
        int i = 0;
        for (DashboardFigures.InsurerPaid p : figures.paid()) {
            JsonArrayBuilder data = JsonBuilders.array();
            p.perMonth().forEach(data::add);
            sets.add(dataset(p.name(), data, COLOURS[i++ % COLOURS.length]));
        }
        return chart("bar", labels, sets, true);
    }

    private static double number(BigDecimal percent) {
        return percent == null ? 0 : percent.doubleValue();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JsonBuilders.object().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    /** A Chart.js configuration: right to left, the reader's digits (Intl with the page's locale). */
    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        String locale = Texts.currentLocale().getLanguage().equals("fa") ? "fa-IR" : "en-US";
        JsonObjectBuilder plugins = JsonBuilders.object()
                .add("legend", JsonBuilders.object().add("display", legend).add("rtl", true)
                        .add("position", "bottom"))
                .add("tooltip", JsonBuilders.object().add("rtl", true));
        JsonObjectBuilder options = JsonBuilders.object().add("locale", locale).add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false).add("plugins", plugins);
        return JsonBuilders.object().add("type", type)
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    // ---------------------------------------------------------------- the tables

    public List<Map.Entry<ClaimState, Long>> getStateRows() {
        return List.copyOf(figures.perState().entrySet());
    }

    public List<Map.Entry<RejectReason, Long>> getRejectionRows() {
        return List.copyOf(figures.rejections().entrySet());
    }

    /** A percent as the reader reads it ("۸۷٫۵٪"), or a dash. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : Texts.text("reports.dash.percentValue",
                PersianText.localizeDigits(value.toPlainString(), Texts.currentLocale()));
    }

    public String days(Integer value) {
        return value == null ? "—" : Texts.text("reports.dash.daysValue",
                PersianText.localizeDigits(String.valueOf(value), Texts.currentLocale()));
    }

    public List<String> getMonthLabels() {
        return figures.months().stream()
                .map(m -> PersianText.localizeDigits(m.label(), Texts.currentLocale())).toList();
    }

    public DashboardFigures getFigures() { return figures; }
    public List<ClaimReports.Option> getInsurers() { return insurers; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
}
