package ir.hami.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The values of a native query's row as Java types, whichever driver gave them: Connector/J and H2 differ in the
 * classes of numbers, booleans, dates and date-times (both give server-local date-times).
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static long number(Object o) {
        return ((Number) o).longValue();
    }

    public static Long numberOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    public static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime t) {
            return Timestamp.valueOf(t).toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a date-time: " + o.getClass());
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + o.getClass());
    }
}
