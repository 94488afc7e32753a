package ir.hami.claims;

import ir.hami.platform.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a claims report or the dashboard is about: the claims registered from {@code from} to {@code to} (Tehran days,
 * both included; at most {@value #MAX_DAYS} days, so every read is one bounded range of an index), optionally of one
 * insurer, one policyholder and one state. The dashboard uses the period and the insurer.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long insurerId, Long policyholderId, ClaimState state)
        implements Serializable {

    /** The longest period a report or the dashboard reads: a year (a leap one included). */
    public static final int MAX_DAYS = 366;

    public static final String KEY_REQUIRED = "reports.period.required";
    public static final String KEY_ORDER = "reports.period.order";
    public static final String KEY_TOO_LONG = "reports.period.tooLong";

    /**
     * This filter, checked.
     *
     * @throws ValidationException {@link #KEY_REQUIRED}, {@link #KEY_ORDER} or {@link #KEY_TOO_LONG} (with the
     *                             limit as its argument)
     */
    public ReportFilter checked() {
        if (from == null || to == null) {
            throw new ValidationException(KEY_REQUIRED);
        }
        if (to.isBefore(from)) {
            throw new ValidationException(KEY_ORDER);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new ValidationException(KEY_TOO_LONG, MAX_DAYS);
        }
        return this;
    }

    /** The same period for one insurer (or all, with null). */
    public static ReportFilter period(LocalDate from, LocalDate to, Long insurerId) {
        return new ReportFilter(from, to, insurerId, null, null);
    }
}
