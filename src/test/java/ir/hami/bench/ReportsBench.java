package ir.hami.bench;

import ir.hami.claims.ReportFilter;
import ir.hami.claims.ReportQueries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the managers' dashboard and the claims reports on a filled database ({@link GenerateClaims}): the
 * dashboard's three queries together (state counts, stage days, paid per insurer and day; the very SQL text of
 * {@link ReportQueries}) for a month, a quarter and a year, of all insurers and of the busiest one; the summary
 * report of a month; the claims report of a month read through to its end, a page of 1,000 at a time, as the .xlsx
 * export reads it; a page of contracts with their loss ratio. Then the EXPLAIN of each. A benchmark that prints
 * figures, not a test:
 * <pre>
 * java -cp "target/test-classes:target/classes:$CP" ir.hami.bench.ReportsBench \
 *     db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_claims2?useSSL=false&amp;allowPublicKeyRetrieval=true' db.user=root
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password}; {@code samples} (5 per case), {@code end} (the last
 * day of the periods, default the newest registration); {@code addIndexes} (true: creates V20's three indexes when
 * the database was made before V20).
 */
public final class ReportsBench {

    private ReportsBench() {
    }

    @FunctionalInterface
    private interface Work {
        long run(Connection c) throws SQLException;
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 5);
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            if (Boolean.parseBoolean(options.get("addIndexes", "true"))) {
                addIndexes(c);
            }
            long claims = BenchTimer.single(c, "select count(*) from claim");
            LocalDate end = options.get("end", null) != null ? LocalDate.parse(options.get("end", null))
                    : lastRegistration(c);
            long busiest = BenchTimer.single(c, "select insurer_id from claim group by insurer_id "
                    + "order by count(*) desc limit 1");
            System.out.printf(Locale.ROOT, "Rows: %,d claims; periods end on %s; busiest insurer %d%n%n", claims, end,
                    busiest);
            System.out.printf(Locale.ROOT, "%-52s %9s %9s %9s %11s%n", "case", "p50 ms", "max ms", "runs",
                    "rows read");
            for (int days : new int[] {31, 92, 366}) {
                ReportFilter all = ReportFilter.period(end.minusDays(days - 1), end, null);
                ReportFilter one = ReportFilter.period(end.minusDays(days - 1), end, busiest);
                time(c, "dashboard, " + days + " days, all insurers", samples, k -> dashboard(k, all));
                time(c, "dashboard, " + days + " days, busiest insurer", samples, k -> dashboard(k, one));
            }
            ReportFilter month = ReportFilter.period(end.minusDays(30), end, null);
            time(c, "summary report, 31 days, all insurers", samples, k -> summary(k, month));
            time(c, "claims report, 31 days, every page of 1,000", 1, k -> claimsReport(k, month));
            ReportFilter monthOne = ReportFilter.period(end.minusDays(30), end, busiest);
            time(c, "claims report, 31 days, busiest insurer, every page", 1, k -> claimsReport(k, monthOne));
            time(c, "contracts page of 20 with loss ratio", samples, ReportsBench::contracts);

            System.out.println();
            ReportQueries.Where w = ReportQueries.registered(month);
            explain(c, "dashboard: state counts", ReportQueries.stateCounts(w), w.params());
            explain(c, "dashboard: stage days", ReportQueries.stageDays(w), w.params());
            explain(c, "dashboard: paid per insurer and day", ReportQueries.paidPerDay(false),
                    List.of(ReportQueries.days(month.from(), month.to())));
            explain(c, "summary report", ReportQueries.summary(w), w.params());
            ReportQueries.Where day = ReportQueries.registered(end, end, month);
            List<Object> page = new ArrayList<>(day.params());
            Timestamp at = ReportQueries.startOf(end);
            page.addAll(List.of(at, at, Long.MIN_VALUE, 1000));
            explain(c, "claims report: a page of one day", ReportQueries.claimPage(day), page);
        }
    }

    private static void addIndexes(Connection c) throws SQLException {
        String[][] indexes = {
            {"ix_claim_registered", "create index ix_claim_registered on claim (registered_at, insurer_id, state, "
                    + "deficiency_round, reject_code, assessed_at, sent_to_finance_at, deposited_on)"},
            {"ix_claim_deposited", "create index ix_claim_deposited on claim (deposited_on, state, insurer_id, "
                    + "payable_amount)"},
            {"ix_claim_contract_paid", "create index ix_claim_contract_paid on claim (contract_id, state, "
                    + "payable_amount)"}};
        try (Statement s = c.createStatement()) {
            for (String[] ix : indexes) {
                try (ResultSet rs = s.executeQuery("select count(*) from information_schema.statistics where "
                        + "table_schema = database() and table_name = 'claim' and index_name = '" + ix[0] + "'")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        long t = System.nanoTime();
                        s.execute(ix[1]);
                        System.out.printf(Locale.ROOT, "Built %s in %.1f s%n", ix[0], (System.nanoTime() - t) / 1e9);
                    }
                }
            }
        }
    }

    private static LocalDate lastRegistration(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select max(registered_at) from claim")) {
            rs.next();
            return rs.getTimestamp(1).toLocalDateTime().toLocalDate();
        }
    }

    private static void time(Connection c, String name, int samples, Work work) throws SQLException {
        work.run(c); // warm-up: the buffer pool holds what a repeated page would find there
        long[] nanos = new long[samples];
        long rows = 0;
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            rows = work.run(c);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s %9.1f %9.1f %9d %,11d%n", name, BenchTimer.ms(nanos[samples / 2]),
                BenchTimer.ms(nanos[samples - 1]), samples, rows);
    }

    /** The dashboard's three queries; the rows they return. */
    private static long dashboard(Connection c, ReportFilter f) throws SQLException {
        ReportQueries.Where w = ReportQueries.registered(f);
        long n = rows(c, ReportQueries.stateCounts(w), w.params());
        n += rows(c, ReportQueries.stageDays(w), w.params());
        List<Object> paid = new ArrayList<>(List.of(ReportQueries.days(f.from(), f.to())));
        if (f.insurerId() != null) {
            paid.add(f.insurerId());
        }
        return n + rows(c, ReportQueries.paidPerDay(f.insurerId() != null), paid);
    }

    private static long summary(Connection c, ReportFilter f) throws SQLException {
        ReportQueries.Where w = ReportQueries.registered(f);
        return rows(c, ReportQueries.summary(w), w.params());
    }

    /** Every claim of the period, as ClaimReports pages through it: one day at a time, (registered_at, id) keyset. */
    private static long claimsReport(Connection c, ReportFilter f) throws SQLException {
        long total = 0;
        Timestamp at = ReportQueries.startOf(f.from());
        long id = Long.MIN_VALUE;
        for (LocalDate day = f.from(); !day.isAfter(f.to()); day = day.plusDays(1)) {
            ReportQueries.Where w = ReportQueries.registered(day, day, f);
            while (true) {
                List<Object> params = new ArrayList<>(w.params());
                params.addAll(List.of(at, at, id, 1000));
                int n = 0;
                try (PreparedStatement s = c.prepareStatement(ReportQueries.claimPage(w))) {
                    bind(s, params);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 1; i <= 18; i++) {
                                rs.getObject(i);
                            }
                            id = rs.getLong(1);
                            at = rs.getTimestamp(2);
                            n++;
                        }
                    }
                }
                total += n;
                if (n < 1000) {
                    break;
                }
            }
        }
        return total;
    }

    private static long contracts(Connection c) throws SQLException {
        ReportQueries.Where w = ReportQueries.contracts(null, null, null, null);
        List<Object> params = new ArrayList<>(w.params());
        params.addAll(List.of(20, 0));
        List<Object> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ReportQueries.contractOffsetPage(w))) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.isEmpty() ? 0 : ids.size() + rows(c, ReportQueries.paidOfContracts(ids.size()), ids);
    }

    private static long rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return BenchTimer.drain(rs);
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Object[] several) {
                for (Object o : several) {
                    s.setObject(i++, o);
                }
            } else {
                s.setObject(i++, p);
            }
        }
    }

    private static void explain(Connection c, String name, String sql, List<Object> params) throws SQLException {
        System.out.println("EXPLAIN " + name + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("  ");
                    for (int i = 1; i <= columns; i++) {
                        line.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getObject(i))
                                .append(i < columns ? ", " : "");
                    }
                    System.out.println(line);
                }
            }
        }
    }
}
