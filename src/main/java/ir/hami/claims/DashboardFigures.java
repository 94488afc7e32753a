package ir.hami.claims;

import ir.hami.claims.ClaimStatistics.DayHistogram;
import ir.hami.claims.ClaimStatistics.JalaliMonth;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers' dashboard for the claims registered in a period (and of one insurer, or all): how many are in each
 * state, the days of each stage (median and nine tenths), the first-pass rate (assessed claims that never had a
 * deficiency), the deficiency rate, rejections by coded reason; and what was paid per insurer per Jalali month of
 * deposit in the same period. Built by {@link Builder} from the grouped rows {@link ReportQueries} reads.
 */
public record DashboardFigures(ReportFilter filter, Map<ClaimState, Long> perState, long registered,
                               long withDeficiency, long assessed, long assessedFirstPass,
                               Map<RejectReason, Long> rejections, List<StageFigure> stages, List<JalaliMonth> months,
                               List<InsurerPaid> paid) implements Serializable {

    /** A stage of a claim's path whose days are counted. */
    public enum Stage {
        REGISTERED_TO_ASSESSED, ASSESSED_TO_FINANCE, FINANCE_TO_PAID, WHOLE;

        public String getKey() {
            return "reports.stage." + name();
        }
    }

    /** How many claims passed a stage, and within how many days half and nine tenths of them did. */
    public record StageFigure(Stage stage, long count, Integer median, Integer p90) implements Serializable {
        public Stage getStage() { return stage; }
        public long getCount() { return count; }
        public Integer getMedian() { return median; }
        public Integer getP90() { return p90; }
    }

    /** What one insurer's claims were paid per month of the period (in {@link #months} order) and in all. */
    public record InsurerPaid(long insurerId, String name, List<Long> perMonth, long total) implements Serializable {
        public String getName() { return name; }
        public List<Long> getPerMonth() { return perMonth; }
        public long getTotal() { return total; }
    }

    /** Assessed claims that never had a deficiency, in percent of the assessed; null with none assessed. */
    public BigDecimal firstPassRate() {
        return ClaimStatistics.percent(assessedFirstPass, assessed);
    }

    /** Registered claims that had at least one deficiency, in percent; null with none registered. */
    public BigDecimal deficiencyRate() {
        return ClaimStatistics.percent(withDeficiency, registered);
    }

    public long rejected() {
        return rejections.values().stream().mapToLong(Long::longValue).sum();
    }

    public long paidTotal() {
        return paid.stream().mapToLong(InsurerPaid::total).sum();
    }

    /** Collects the grouped rows; the names of insurers come with the paid rows. */
    public static final class Builder {

        private final ReportFilter filter;
        private final Map<ClaimState, Long> perState = new EnumMap<>(ClaimState.class);
        private final Map<RejectReason, Long> rejections = new EnumMap<>(RejectReason.class);
        private final Map<Stage, DayHistogram> stages = new EnumMap<>(Stage.class);
        private final Map<Long, Map<JalaliMonth, Long>> paid = new LinkedHashMap<>();
        private long registered;
        private long withDeficiency;
        private long assessed;
        private long firstPass;

        public Builder(ReportFilter filter) {
            this.filter = filter;
            for (Stage s : Stage.values()) {
                stages.put(s, new DayHistogram());
            }
        }

        /** {@code count} claims in a state, with or without a deficiency, rejected for a code (or null). */
        public Builder states(ClaimState state, boolean hadDeficiency, RejectReason rejectCode, long count) {
            perState.merge(state, count, Long::sum);
            registered += count;
            if (hadDeficiency) {
                withDeficiency += count;
            }
            if (state.isAssessed()) {
                assessed += count;
                if (!hadDeficiency) {
                    firstPass += count;
                }
            }
            if (state == ClaimState.REJECTED) {
                rejections.merge(rejectCode == null ? RejectReason.OTHER : rejectCode, count, Long::sum);
            }
            return this;
        }

        /** {@code count} claims that took these days per stage (null: not passed). */
        public Builder stageDays(Integer toAssessed, Integer toFinance, Integer toPaid, Integer whole, long count) {
            add(Stage.REGISTERED_TO_ASSESSED, toAssessed, count);
            add(Stage.ASSESSED_TO_FINANCE, toFinance, count);
            add(Stage.FINANCE_TO_PAID, toPaid, count);
            add(Stage.WHOLE, whole, count);
            return this;
        }

        private void add(Stage stage, Integer days, long count) {
            if (days != null) {
                stages.get(stage).add(days, count);
            }
        }

        /** An insurer's deposits of one day. */
        public Builder paid(long insurerId, LocalDate depositedOn, long amount) {
            paid.computeIfAbsent(insurerId, k -> new LinkedHashMap<>())
                    .merge(JalaliMonth.of(depositedOn), amount, Long::sum);
            return this;
        }

        /** The figures; {@code insurerNames} names the insurers of the paid rows (by id). */
        public DashboardFigures build(Map<Long, String> insurerNames) {
            List<JalaliMonth> months = ClaimStatistics.months(filter.from(), filter.to());
            List<InsurerPaid> perInsurer = new ArrayList<>();
            paid.forEach((insurer, byMonth) -> {
                List<Long> amounts = months.stream().map(m -> byMonth.getOrDefault(m, 0L)).toList();
                perInsurer.add(new InsurerPaid(insurer, insurerNames.getOrDefault(insurer, String.valueOf(insurer)),
                        amounts, amounts.stream().mapToLong(Long::longValue).sum()));
            });
            perInsurer.sort((a, b) -> a.name().compareTo(b.name()));
            List<StageFigure> figures = new ArrayList<>();
            stages.forEach((s, h) -> figures.add(new StageFigure(s, h.count(), h.median(), h.percentile(90))));
            Map<ClaimState, Long> states = new EnumMap<>(ClaimState.class);
            for (ClaimState s : ClaimState.values()) {
                if (s != ClaimState.DRAFT) {
                    states.put(s, perState.getOrDefault(s, 0L));
                }
            }
            return new DashboardFigures(filter, states, registered, withDeficiency, assessed, firstPass,
                    new EnumMap<>(rejections), figures, months, perInsurer);
        }
    }
}
