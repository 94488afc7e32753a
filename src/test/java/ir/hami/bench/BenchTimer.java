package ir.hami.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/** What the query benchmarks share: percentiles of timed runs, one printed line per query, EXPLAIN, one value. */
final class BenchTimer {

    private BenchTimer() {
    }

    /** Binds one sample's parameters. */
    interface Binder<T> {
        void bind(PreparedStatement s, T sample) throws SQLException;
    }

    static void printHeader(int width) {
        System.out.printf(Locale.ROOT, "%-" + width + "s %8s %8s %8s %8s %8s %6s%n", "query", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "mean ms", "rows");
    }

    /** Runs {@code warmup.length} untimed, then {@code timed.length} timed executions and prints one line. */
    static <T> void time(Connection c, String name, int width, String sql, Binder<T> binder, T[] warmup, T[] timed)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (T sample : warmup) {
                run(s, binder, sample);
            }
            long[] nanos = new long[timed.length];
            long rows = 0;
            for (int i = 0; i < timed.length; i++) {
                long t = System.nanoTime();
                rows += run(s, binder, timed[i]);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-" + width + "s %8.3f %8.3f %8.3f %8.3f %8.3f %6.2f%n", name,
                    ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                    ms(nanos[nanos.length - 1]), ms(Arrays.stream(nanos).sum() / nanos.length),
                    (double) rows / timed.length);
        }
    }

    /** Executes and reads every column of every row (as a page would); returns the rows. */
    static <T> int run(PreparedStatement s, Binder<T> binder, T sample) throws SQLException {
        binder.bind(s, sample);
        try (ResultSet rs = s.executeQuery()) {
            return drain(rs);
        }
    }

    /** Reads every column of every row, as a page would; returns the number of rows. */
    static int drain(ResultSet rs) throws SQLException {
        int rows = 0;
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
            }
            rows++;
        }
        return rows;
    }

    /** The plan of a query, as the database prints it; a full scan of a table is called out. */
    static <T> void explain(Connection c, String name, String sql, Binder<T> binder, T sample) throws SQLException {
        System.out.println("EXPLAIN " + name + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            binder.bind(s, sample);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                boolean tabular = meta.getColumnCount() > 1;
                if (tabular) {
                    StringBuilder header = new StringBuilder("  ");
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        header.append(meta.getColumnLabel(i)).append(i < meta.getColumnCount() ? " | " : "");
                    }
                    System.out.println(header);
                }
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("  ");
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        line.append(rs.getString(i)).append(i < meta.getColumnCount() ? " | " : "");
                    }
                    // a scan of a materialised subquery (<subquery2>) reads its own small temporary table
                    if (tabular && "ALL".equals(rs.getString("type"))
                            && !String.valueOf(rs.getString("table")).startsWith("<")) {
                        line.append("   <== FULL TABLE SCAN");
                    }
                    System.out.println(line);
                }
            }
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
