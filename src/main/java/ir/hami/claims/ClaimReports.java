package ir.hami.claims;

import static ir.hami.platform.persistence.NativeValues.date;
import static ir.hami.platform.persistence.NativeValues.instant;
import static ir.hami.platform.persistence.NativeValues.number;
import static ir.hami.platform.persistence.NativeValues.numberOrNull;

import ir.hami.membership.InsuranceContract;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.StreamedSheet;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The managers' claims reports: the dashboard's figures, the claims of a period as .xlsx (each claim, or summed by
 * insurer, policyholder and state, with the requested amount, each kind of deduction, the payable and the paid), and
 * the loss ratio of contracts (paid claims against the premium an administrator enters). FINANCE and ADMIN read;
 * only ADMIN changes a premium. Every read is bounded by {@link ReportFilter} and goes through a V20 index
 * ({@link ReportQueries}); the .xlsx is streamed ({@link StreamedSheet}) a page at a time.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class ClaimReports {

    public static final String CLAIMS_FILE = "claims-report.xlsx";
    public static final String SUMMARY_FILE = "claims-summary.xlsx";
    public static final String LOSS_FILE = "loss-ratio.xlsx";
    /** Message key: the premium is not a positive amount. */
    public static final String KEY_PREMIUM = "reports.premium.invalid";
    static final int PAGE = 1000;
    /** Excel's last row: a longer report stops there and says so in its last row. */
    static final int SHEET_ROWS = 1_048_575;

    @PersistenceContext
    EntityManager em;

    /** A choice of the filters: an insurer or a policyholder. */
    public record Option(long id, String name) implements Serializable {
        public long getId() { return id; }
        public String getName() { return name; }
    }

    /** A contract with its premium, what its paid claims came to, and the ratio (null without a premium). */
    public record ContractLoss(long id, String number, String insurer, String policyholder, LocalDate start,
                               LocalDate end, Long premium, long version, long paid) implements Serializable {
        public BigDecimal lossRatio() { return ClaimStatistics.lossRatio(paid, premium); }
        public long getId() { return id; }
        public String getNumber() { return number; }
        public String getInsurer() { return insurer; }
        public String getPolicyholder() { return policyholder; }
        public LocalDate getStart() { return start; }
        public LocalDate getEnd() { return end; }
        public Long getPremium() { return premium; }
        public long getVersion() { return version; }
        public long getPaid() { return paid; }
        public BigDecimal getLossRatio() { return lossRatio(); }
    }

    /** One claim of a report. */
    public record ReportClaim(long id, Instant registeredAt, String trackingCode, LocalDate serviceDate,
                              ClaimState state, String insurer, String contractNumber, String policyholder,
                              String patientName, String nationalId, Long requested, Long total, Long franchise,
                              Long overCeiling, Long outOfTariff, Long notCovered, Long payable, LocalDate paidOn) {
        /** The payable amount once deposited (state PAID), else 0. */
        public long paid() {
            return state == ClaimState.PAID && payable != null ? payable : 0;
        }
    }

    // ---------------------------------------------------------------- choices

    public List<Option> insurers() {
        return options(em.createNativeQuery(ReportQueries.INSURERS));
    }

    /** Policyholders whose name starts with the typed text (at most 15). */
    public List<Option> policyholders(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String prefix = PersianText.normalizeLetters(typed.strip());
        prefix = prefix.length() > 100 ? prefix.substring(0, 100) : prefix;
        return options(em.createNativeQuery(ReportQueries.POLICYHOLDERS)
                .setParameter(1, prefix.replace("%", "").replace("_", "") + "%").setParameter(2, 15));
    }

    @SuppressWarnings("unchecked")
    private static List<Option> options(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Option(number(r[0]), (String) r[1]))
                .toList();
    }

    // ---------------------------------------------------------------- the dashboard

    /** The dashboard of the claims registered in the filter's period, of its insurer or all. */
    public DashboardFigures dashboard(ReportFilter filter) {
        ReportFilter f = ReportFilter.period(filter.from(), filter.to(), filter.insurerId()).checked();
        ReportQueries.Where w = ReportQueries.registered(f);
        DashboardFigures.Builder b = new DashboardFigures.Builder(f);
        for (Object[] r : rows(ReportQueries.stateCounts(w), w.params())) {
            b.states(ClaimState.valueOf((String) r[0]), ((Number) r[1]).intValue() > 0,
                    r[2] == null ? null : RejectReason.valueOf((String) r[2]), number(r[3]));
        }
        for (Object[] r : rows(ReportQueries.stageDays(w), w.params())) {
            b.stageDays(days(r[0]), days(r[1]), days(r[2]), days(r[3]), number(r[4]));
        }
        List<Object> paidParams = new ArrayList<>(List.of(ReportQueries.days(f.from(), f.to())));
        if (f.insurerId() != null) {
            paidParams.add(f.insurerId());
        }
        for (Object[] r : rows(ReportQueries.paidPerDay(f.insurerId() != null), paidParams)) {
            b.paid(number(r[0]), date(r[1]), number(r[2]));
        }
        Map<Long, String> names = new HashMap<>();
        insurers().forEach(o -> names.put(o.id(), o.name()));
        return b.build(names);
    }

    private static Integer days(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    // ---------------------------------------------------------------- the claims of a period

    /**
     * A page of the filter's claims after the one last read ({@code afterAt}/{@code afterId}; nulls for the
     * first), in (registered_at, id) order; at most {@value #PAGE}.
     */
    public List<ReportClaim> claims(ReportFilter filter, Instant afterAt, long afterId, int max) {
        ReportFilter f = filter.checked();
        LocalDate day = afterAt == null ? f.from()
                : LocalDate.ofInstant(afterAt, ClockProducer.TEHRAN).isBefore(f.from()) ? f.from()
                : LocalDate.ofInstant(afterAt, ClockProducer.TEHRAN);
        List<ReportClaim> page = new ArrayList<>();
        int size = Math.max(1, Math.min(max, PAGE));
        // one day at a time: a page sorts at most one day's claims
        for (; !day.isAfter(f.to()) && page.size() < size; day = day.plusDays(1)) {
            ReportQueries.Where w = ReportQueries.registered(day, day, f);
            List<Object> params = new ArrayList<>(w.params());
            java.sql.Timestamp at = afterAt == null ? ReportQueries.startOf(f.from())
                    : java.sql.Timestamp.from(afterAt);
            params.add(at);
            params.add(at);
            params.add(afterAt == null ? Long.MIN_VALUE : afterId);
            params.add(size - page.size());
            for (Object[] r : rows(ReportQueries.claimPage(w), params)) {
                page.add(new ReportClaim(number(r[0]), instant(r[1]), (String) r[2], date(r[3]),
                        ClaimState.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7],
                        (String) r[8], (String) r[9], numberOrNull(r[10]), numberOrNull(r[11]), numberOrNull(r[12]),
                        numberOrNull(r[13]), numberOrNull(r[14]), numberOrNull(r[15]), numberOrNull(r[16]),
                        date(r[17])));
            }
        }
        return page;
    }

    /** Every claim of the filter, one row each, Jalali dates, a totals row at the end. */
    public void writeClaims(ReportFilter filter, OutputStream out) {
        ReportFilter f = filter.checked();
        long[] sums = new long[8];
        try (StreamedSheet sheet = new StreamedSheet(fa("reports.sheet.claims"), titles("registeredAt", "tracking",
                "serviceDate", "state", "insurer", "contract", "policyholder", "patient", "nationalId", "requested",
                "total", "franchise", "overCeiling", "outOfTariff", "notCovered", "payable", "paid", "paidOn"))) {
            Instant at = null;
            long id = 0;
            for (List<ReportClaim> page; !(page = claims(f, at, id, PAGE)).isEmpty(); ) {
                for (ReportClaim c : page) {
                    if (sheet.rows() >= SHEET_ROWS - 2) {
                        sheet.add(fa("reports.sheet.truncated"));
                        break;
                    }
                    sheet.add(jalali(c.registeredAt()), c.trackingCode(), jalali(c.serviceDate()),
                            fa(c.state().key()), c.insurer(), c.contractNumber(), c.policyholder(), c.patientName(),
                            c.nationalId(), c.requested(), c.total(), c.franchise(), c.overCeiling(),
                            c.outOfTariff(), c.notCovered(), c.payable(), c.paid(), jalali(c.paidOn()));
                    addAll(sums, c.requested(), c.total(), c.franchise(), c.overCeiling(), c.outOfTariff(),
                            c.notCovered(), c.payable(), (Long) c.paid());
                }
                if (sheet.rows() >= SHEET_ROWS - 2) {
                    break;
                }
                ReportClaim last = page.get(page.size() - 1);
                at = last.registeredAt();
                id = last.id();
                em.clear();
            }
            sheet.add(fa("reports.sheet.total"), null, null, null, null, null, null, null, null, sums[0], sums[1],
                    sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
            sheet.writeTo(out);
        }
    }

    /** One row of the summary: an insurer's, a policyholder's claims in one state, and their sums. */
    public record SummaryRow(String insurer, String policyholder, ClaimState state, long count, long requested,
                             long total, long franchise, long overCeiling, long outOfTariff, long notCovered,
                             long payable, long paid) {
    }

    /** The filter's claims summed by insurer, policyholder and state. */
    public List<SummaryRow> summary(ReportFilter filter) {
        ReportQueries.Where w = ReportQueries.registered(filter.checked());
        return rows(ReportQueries.summary(w), w.params()).stream().map(r -> new SummaryRow((String) r[0],
                (String) r[1], ClaimState.valueOf((String) r[2]), number(r[3]), sum(r[4]), sum(r[5]), sum(r[6]),
                sum(r[7]), sum(r[8]), sum(r[9]), sum(r[10]), sum(r[11]))).toList();
    }

    /** The summary as .xlsx: the period on every row, a totals row at the end. */
    public void writeSummary(ReportFilter filter, OutputStream out) {
        ReportFilter f = filter.checked();
        long[] sums = new long[9];
        try (StreamedSheet sheet = new StreamedSheet(fa("reports.sheet.summary"), titles("from", "to", "insurer",
                "policyholder", "state", "count", "requested", "total", "franchise", "overCeiling", "outOfTariff",
                "notCovered", "payable", "paid"))) {
            for (SummaryRow r : summary(f)) {
                sheet.add(jalali(f.from()), jalali(f.to()), r.insurer(), r.policyholder(), fa(r.state().key()),
                        r.count(), r.requested(), r.total(), r.franchise(), r.overCeiling(), r.outOfTariff(),
                        r.notCovered(), r.payable(), r.paid());
                add(sums, r.count(), r.requested(), r.total(), r.franchise(), r.overCeiling(), r.outOfTariff(),
                        r.notCovered(), r.payable(), r.paid());
            }
            sheet.add(fa("reports.sheet.total"), null, null, null, null, sums[0], sums[1], sums[2], sums[3], sums[4],
                    sums[5], sums[6], sums[7], sums[8]);
            sheet.writeTo(out);
        }
    }

    // ---------------------------------------------------------------- loss ratio

    /** Contracts of an insurer and a policyholder (nulls: all), by id, with what their paid claims came to. */
    public List<ContractLoss> contracts(Long insurerId, Long policyholderId, int first, int max) {
        ReportQueries.Where w = ReportQueries.contracts(insurerId, policyholderId, null, null);
        List<Object> params = new ArrayList<>(w.params());
        params.add(Math.max(1, Math.min(max, 100)));
        params.add(Math.max(0, first));
        return withPaid(rows(ReportQueries.contractOffsetPage(w), params));
    }

    public long contractCount(Long insurerId, Long policyholderId) {
        ReportQueries.Where w = ReportQueries.contracts(insurerId, policyholderId, null, null);
        return number(bind(em.createNativeQuery(ReportQueries.contractCount(w)), w.params()).getSingleResult());
    }

    /** The contracts of the filter's insurer and policyholder in force some day of its period, as .xlsx. */
    public void writeLossRatios(ReportFilter filter, OutputStream out) {
        ReportFilter f = filter.checked();
        ReportQueries.Where w = ReportQueries.contracts(f.insurerId(), f.policyholderId(), f.from(), f.to());
        long premiums = 0;
        long paid = 0;
        try (StreamedSheet sheet = new StreamedSheet(fa("reports.sheet.loss"), titles("contract", "insurer",
                "policyholder", "start", "end", "premium", "paid", "lossRatio"))) {
            long after = Long.MIN_VALUE;
            for (List<ContractLoss> page; !(page = contractsAfter(w, after)).isEmpty(); ) {
                for (ContractLoss k : page) {
                    BigDecimal ratio = k.lossRatio();
                    sheet.add(k.number(), k.insurer(), k.policyholder(), jalali(k.start()), jalali(k.end()),
                            k.premium(), k.paid(), ratio == null ? fa("reports.loss.noPremium") : ratio + "%");
                    premiums += k.premium() == null ? 0 : k.premium();
                    paid += k.premium() == null ? 0 : k.paid();
                }
                after = page.get(page.size() - 1).id();
                em.clear();
            }
            BigDecimal ratio = ClaimStatistics.lossRatio(paid, premiums == 0 ? null : premiums);
            sheet.add(fa("reports.sheet.total"), null, null, null, null, premiums, paid,
                    ratio == null ? null : ratio + "%");
            sheet.writeTo(out);
        }
    }

    private List<ContractLoss> contractsAfter(ReportQueries.Where w, long afterId) {
        List<Object> params = new ArrayList<>(w.params());
        params.add(afterId);
        params.add(500);
        return withPaid(rows(ReportQueries.contractPage(w), params));
    }

    private List<ContractLoss> withPaid(List<Object[]> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        List<Object> ids = contracts.stream().map(r -> (Object) number(r[0])).toList();
        Map<Long, Long> paid = new HashMap<>();
        for (Object[] r : rows(ReportQueries.paidOfContracts(ids.size()), ids)) {
            paid.put(number(r[0]), sum(r[1]));
        }
        return contracts.stream().map(r -> new ContractLoss(number(r[0]), (String) r[1], (String) r[2],
                (String) r[3], date(r[4]), date(r[5]), numberOrNull(r[6]), number(r[7]),
                paid.getOrDefault(number(r[0]), 0L))).toList();
    }

    /**
     * Enters or changes a contract's premium (Rials; null clears it), against the version the administrator saw.
     *
     * @throws ValidationException {@link #KEY_PREMIUM} for an amount not above zero; {@code claims.conflict} when
     *                             someone changed the contract since
     */
    @RolesAllowed(Roles.ADMIN)
    public ContractLoss changePremium(long contractId, long seenVersion, Long premium) {
        if (premium != null && premium <= 0) {
            throw new ValidationException(KEY_PREMIUM);
        }
        InsuranceContract k = em.find(InsuranceContract.class, contractId);
        if (k == null || k.getVersion() != seenVersion) {
            throw new ValidationException(ClaimRecords.CONFLICT);
        }
        k.changePremium(premium);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ValidationException(e, ClaimRecords.CONFLICT);
        }
        ReportQueries.Where w = new ReportQueries.Where(" where k.id = ?", List.of(contractId));
        List<Object> params = new ArrayList<>(w.params());
        params.add(Long.MIN_VALUE);
        params.add(1);
        return withPaid(rows(ReportQueries.contractPage(w), params)).get(0);
    }

    // ---------------------------------------------------------------- pieces

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> params) {
        return bind(em.createNativeQuery(sql), params).getResultList();
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    private static long sum(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static void addAll(long[] sums, Long... values) {
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i] == null ? 0 : values[i];
        }
    }

    private static void add(long[] sums, long... values) {
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
    }

    private static List<String> titles(String... names) {
        return Stream.of(names).map(n -> fa("reports.col." + n)).toList();
    }

    static String fa(String key) {
        return Messages.text(key, null, PersianText.PERSIAN);
    }

    private static String jalali(LocalDate day) {
        return day == null ? null : Jalali.format(day);
    }

    private static String jalali(Instant at) {
        return at == null ? null : Jalali.format(LocalDate.ofInstant(at, ClockProducer.TEHRAN));
    }
}
