package ir.hami.claims;

import ir.hami.platform.time.Jalali;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of the managers' dashboard and the reports, with no database: percentiles of whole days from a
 * histogram (the database groups claims by days, so ten million claims come back as a few hundred rows), rates and
 * the loss ratio as percents with one decimal, and the Jalali months of a period.
 */
public final class ClaimStatistics {

    private ClaimStatistics() {
    }

    /** How many claims took each whole number of days; adds up histograms of groups. */
    public static final class DayHistogram implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TreeMap<Integer, Long> counts = new TreeMap<>();
        private long total;

        /** Counts {@code count} claims that took {@code days}; a negative day count (clock skew) is taken as 0. */
        public void add(int days, long count) {
            if (count <= 0) {
                return;
            }
            counts.merge(Math.max(0, days), count, Long::sum);
            total += count;
        }

        public long count() {
            return total;
        }

        /**
         * The nearest-rank percentile: the fewest whole days within which at least {@code percent} of the claims
         * passed the stage (the median is 50, nine tenths 90). Null when there is no claim.
         */
        public Integer percentile(int percent) {
            if (percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("percent " + percent);
            }
            if (total == 0) {
                return null;
            }
            // rank = ceil(percent/100 * total), in exact integers
            long rank = (percent * total + 99) / 100;
            long seen = 0;
            for (Map.Entry<Integer, Long> e : counts.entrySet()) {
                seen += e.getValue();
                if (seen >= rank) {
                    return e.getKey();
                }
            }
            return counts.lastKey();
        }

        public Integer median() {
            return percentile(50);
        }
    }

    /** {@code part} of {@code whole} in percent, one decimal, half up; null when the whole is zero. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The loss ratio in percent: paid against the premium; null while no premium is entered. */
    public static BigDecimal lossRatio(long paid, Long premium) {
        return premium == null ? null : percent(paid, premium);
    }

    /** A Jalali month: 1405/09 is Azar 1405. */
    public record JalaliMonth(int year, int month) implements Comparable<JalaliMonth>, Serializable {

        public static JalaliMonth of(LocalDate day) {
            Jalali.Date d = Jalali.toJalali(day);
            return new JalaliMonth(d.year(), d.month());
        }

        public JalaliMonth next() {
            return month == 12 ? new JalaliMonth(year + 1, 1) : new JalaliMonth(year, month + 1);
        }

        /** {@code 1405/09}, Latin digits (the page localises them). */
        public String label() {
            return year + "/" + (month < 10 ? "0" : "") + month;
        }

        @Override
        public int compareTo(JalaliMonth o) {
            return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
        }
    }

    /** The Jalali months a period touches, in order (both days included). */
    public static List<JalaliMonth> months(LocalDate from, LocalDate to) {
        List<JalaliMonth> months = new ArrayList<>();
        JalaliMonth last = JalaliMonth.of(to);
        for (JalaliMonth m = JalaliMonth.of(from); m.compareTo(last) <= 0; m = m.next()) {
            months.add(m);
        }
        return months;
    }
}
