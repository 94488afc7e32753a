package ir.hami.bench;

import ir.hami.referral.QueueFilter;
import ir.hami.referral.ReferralQueries;
import ir.hami.referral.ReferralStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Measures the referral unit's work queue on a filled database ({@link GenerateReferrals}): for the default queue,
 * each filter and a deep page, the page query and the capped count that the portal runs — the very SQL text of
 * {@link ReferralQueries}, built from a {@link QueueFilter} as {@code ReferralQueue} builds it — with p50/p95/p99/max,
 * then each one's EXPLAIN. A benchmark that prints figures, not a test:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.ReferralQueueBench -Ddb.url='jdbc:mysql://127.0.0.1:3306/hami_bench_staff?useSSL=false&allowPublicKeyRetrieval=true'
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password}; {@code samples} (300 per query), {@code warmup}
 * (30), {@code seed}, {@code cap} (10000, the page's count cap), {@code pageSize} (20, the page's rows). One
 * connection, one query at a time: single-request latency, not throughput.
 */
public final class ReferralQueueBench {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private ReferralQueueBench() {
    }

    /** Values sampled from the data, for filters that find something. */
    private record Pick(long insurerId, long provinceId, long centerId, String trackingCode, String nationalId,
                        LocalDate day) {
    }

    private record Case(String name, Function<Pick, QueueFilter> filter, int offset) {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 300);
        int warmup = (int) options.getLong("warmup", 30);
        long cap = options.getLong("cap", 10_000);
        int pageSize = (int) options.getLong("pageSize", 20);
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 11));
        LocalDate today = LocalDate.now(TEHRAN);
        int deep = (int) (cap - pageSize);

        List<Case> cases = List.of(
                new Case("default queue (awaiting)", p -> QueueFilter.awaitingUnit(), 0),
                new Case("awaiting + insurer", p -> filter(null, p.insurerId(), null, null, null, null, null, null), 0),
                new Case("awaiting + province", p -> filter(null, null, null, p.provinceId(), null, null, null, null), 0),
                new Case("awaiting + centre", p -> filter(null, null, p.centerId(), null, null, null, null, null), 0),
                new Case("awaiting + 7 days", p -> filter(null, null, null, null, p.day(), p.day().plusDays(6), null,
                        null), 0),
                new Case("awaiting + tracking code", p -> filter(null, null, null, null, null, null, p.trackingCode(),
                        null), 0),
                new Case("awaiting + national ID", p -> filter(null, null, null, null, null, null, null,
                        p.nationalId()), 0),
                new Case("status ISSUED", p -> filter(ReferralStatus.ISSUED, null, null, null, null, null, null, null),
                        0),
                new Case("ISSUED + insurer", p -> filter(ReferralStatus.ISSUED, p.insurerId(), null, null, null, null,
                        null, null), 0),
                new Case("ISSUED + province", p -> filter(ReferralStatus.ISSUED, null, null, p.provinceId(), null,
                        null, null, null), 0),
                new Case("REFUSED + 30 days", p -> filter(ReferralStatus.REFUSED, null, null, null,
                        p.day().minusDays(30), p.day(), null, null), 0),
                new Case("ISSUED + national ID", p -> filter(ReferralStatus.ISSUED, null, null, null, null, null, null,
                        p.nationalId()), 0),
                new Case("deep page: awaiting @" + deep, p -> QueueFilter.awaitingUnit(), deep),
                new Case("deep page: ISSUED @" + deep, p -> filter(ReferralStatus.ISSUED, null, null, null, null, null,
                        null, null), deep));

        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Rows: %,d referral requests, %,d awaiting the unit, %,d issued%n",
                    single(c, "select count(*) from referral_request"),
                    single(c, "select count(*) from referral_request where awaiting_unit = true"),
                    single(c, "select count(*) from referral_request where status = 'ISSUED'"));
            List<Pick> picks = picks(c, samples + warmup, random, today);
            System.out.printf(Locale.ROOT, "%d warm-up runs, then %,d timed runs per query; page of %d, count capped "
                    + "at %,d%n%n", warmup, samples, pageSize, cap);
            System.out.printf(Locale.ROOT, "%-30s %-6s %8s %8s %8s %8s %9s%n", "case", "query", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "rows/cnt");
            for (Case k : cases) {
                String[] names = {"page", "count"};
                for (String what : names) {
                    long[] nanos = new long[samples];
                    double result = 0;
                    for (int i = 0; i < samples + warmup; i++) {
                        Pick p = picks.get(i);
                        ReferralQueries.Where w = ReferralQueries.where(k.filter().apply(p));
                        long t = System.nanoTime();
                        long r = what.equals("page") ? page(c, w, pageSize, k.offset()) : count(c, w, cap);
                        long took = System.nanoTime() - t;
                        if (i >= warmup) {
                            nanos[i - warmup] = took;
                            result += r;
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "%-30s %-6s %8.2f %8.2f %8.2f %8.2f %9.1f%n", k.name(), what,
                            BenchTimer.ms(BenchTimer.percentile(nanos, 50)),
                            BenchTimer.ms(BenchTimer.percentile(nanos, 95)),
                            BenchTimer.ms(BenchTimer.percentile(nanos, 99)),
                            BenchTimer.ms(nanos[nanos.length - 1]), result / samples);
                }
            }
            exactCounts(c, picks.get(0));
            System.out.println();
            for (Case k : cases) {
                ReferralQueries.Where w = ReferralQueries.where(k.filter().apply(picks.get(0)));
                explain(c, k.name() + " (page)", ReferralQueries.page(w), params(w, pageSize, k.offset()));
                explain(c, k.name() + " (count)", ReferralQueries.countUpTo(w), params(w, cap + 1));
            }
        }
    }

    private static QueueFilter filter(ReferralStatus status, Long insurer, Long center, Long province, LocalDate from,
                                      LocalDate to, String tracking, String nationalId) {
        return new QueueFilter(status, insurer, center, province, from, to, tracking, nationalId);
    }

    /** An exact count of the largest sets, to show what the cap saves (not what the page runs). */
    private static void exactCounts(Connection c, Pick p) throws SQLException {
        System.out.println();
        for (QueueFilter f : List.of(QueueFilter.awaitingUnit(),
                filter(ReferralStatus.ISSUED, null, null, null, null, null, null, null),
                filter(ReferralStatus.ISSUED, p.insurerId(), null, null, null, null, null, null))) {
            ReferralQueries.Where w = ReferralQueries.where(f);
            String sql = "select count(*) from referral_request r" + w.sql();
            long t = System.nanoTime();
            long n;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, w.params());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    n = rs.getLong(1);
                }
            }
            System.out.printf(Locale.ROOT, "exact count (not run by the page) %-45s %,9d in %8.2f ms%n",
                    f.status() == null ? "awaiting" : f.status() + (f.insurerId() == null ? "" : " + insurer"), n,
                    BenchTimer.ms(System.nanoTime() - t));
        }
    }

    private static List<Object> params(ReferralQueries.Where w, Object... more) {
        List<Object> all = new ArrayList<>(w.params());
        all.addAll(List.of(more));
        return all;
    }

    private static long page(Connection c, ReferralQueries.Where w, int size, int offset) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ReferralQueries.page(w))) {
            bind(s, params(w, size, offset));
            try (ResultSet rs = s.executeQuery()) {
                return BenchTimer.drain(rs);
            }
        }
    }

    private static long count(Connection c, ReferralQueries.Where w, long cap) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ReferralQueries.countUpTo(w))) {
            bind(s, params(w, cap + 1));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    /** Random existing requests give insurers, provinces, centres, codes and IDs that the filters will find. */
    private static List<Pick> picks(Connection c, int count, SplittableRandom random, LocalDate today)
            throws SQLException {
        long min = single(c, "select min(id) from referral_request");
        long max = single(c, "select max(id) from referral_request");
        List<Pick> picks = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select insurer_id, province_id, center_id, tracking_code, "
                + "national_id from referral_request where id >= ? order by id limit 1")) {
            while (picks.size() < count) {
                s.setLong(1, min + random.nextLong(max - min + 1));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        picks.add(new Pick(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), today.minusDays(7 + random.nextInt(50))));
                    }
                }
            }
        }
        return picks;
    }

    private static void explain(Connection c, String name, String sql, List<Object> params) throws SQLException {
        System.out.println("EXPLAIN " + name + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("  ");
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        line.append(meta.getColumnLabel(i)).append('=').append(rs.getString(i))
                                .append(i < meta.getColumnCount() ? " | " : "");
                    }
                    System.out.println(line);
                }
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
