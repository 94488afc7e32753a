package ir.hami.bench;

import ir.hami.claims.ClaimQueueFilter;
import ir.hami.claims.ClaimQueueQueries;
import ir.hami.claims.ClaimState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Measures the assessor's queue at ten million claims: for the assessor's own queue, each filter, the unassigned and
 * all-assessors queues, one state, and a deep page, the page query and the capped count the portal runs — the very
 * SQL text of {@link ClaimQueueQueries}, built from a {@link ClaimQueueFilter} as {@code ClaimQueue} builds it — with
 * p50/p95/p99/max, then each one's EXPLAIN. A benchmark that prints figures, not a test:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.AssessorQueueBench \
 *     -Ddb.url='jdbc:mysql://127.0.0.1:3306/hami_bench_claims2?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password}; {@code samples} (300 per query), {@code warmup}
 * (30), {@code seed}, {@code cap} (1000, the page's count cap), {@code pageSize} (20), {@code fill} (10000000: on
 * MariaDB, a database with fewer claims is first migrated with the portal's Flyway scripts, V17's indexes included,
 * and filled to this many with the queue's columns by {@code INSERT … SELECT} from MariaDB's sequence engine; the
 * member-side data of {@link GenerateClaims} is not needed for the queue). One connection, one query at a time:
 * single-request latency, not throughput.
 *
 * <p>The filled claims: registered over three years in id order; the newest 3% spread over the open states
 * (40% registered, 10% each deficiency, deficiency fixed, awaiting originals, originals delivered, assessed, sent to
 * finance), the rest 90% paid and 10% rejected; 5 insurers, 31 provinces, 40 assessors (1 claim in 17 unassigned),
 * a tenth direct billing, 1 in 97 flagged duplicate, ten claims a person (persons and families numbered in claim
 * order, so every index is written in its own order and ten million rows load in minutes, not hours).
 */
public final class AssessorQueueBench {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final int ASSESSORS = 40;

    private AssessorQueueBench() {
    }

    /** Values sampled from the open claims, so filters find something. */
    private record Pick(long insurerId, long provinceId, String assessor, String trackingCode, String nationalId,
                        LocalDate day) {
    }

    private record Case(String name, Function<Pick, ClaimQueueFilter> filter, int offset) {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 300);
        int warmup = (int) options.getLong("warmup", 30);
        long cap = options.getLong("cap", 1_000);
        int pageSize = (int) options.getLong("pageSize", 20);
        long fill = options.getLong("fill", 10_000_000);
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 17));
        String url = options.url();
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            fill(options, url, fill);
        }
        int deep = 2_000;

        List<Case> cases = List.of(
                new Case("mine, awaiting (default)", p -> f(null, null, null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.MINE), 0),
                new Case("mine + insurer", p -> f(null, p.insurerId(), null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.MINE), 0),
                new Case("all, awaiting", p -> f(null, null, null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("unassigned, awaiting", p -> f(null, null, null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.UNASSIGNED), 0),
                new Case("all + insurer", p -> f(null, p.insurerId(), null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + province", p -> f(null, null, p.provinceId(), null, null, null, false, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + 7 days", p -> new ClaimQueueFilter(null, null, null, p.day(), p.day().plusDays(6),
                        null, null, false, false, false, ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + tracking code", p -> f(null, null, null, p.trackingCode(), null, null, false, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + national ID", p -> f(null, null, null, null, p.nationalId(), null, false, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + duplicate flag", p -> f(null, null, null, null, null, null, true, false,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("all + direct billing", p -> f(null, null, null, null, null, null, false, true,
                        ClaimQueueFilter.Scope.ALL), 0),
                new Case("state DEFICIENCY, all", p -> f(ClaimState.DEFICIENCY, null, null, null, null, null, false,
                        false, ClaimQueueFilter.Scope.ALL), 0),
                new Case("state PAID + insurer", p -> f(ClaimState.PAID, p.insurerId(), null, null, null, null, false,
                        false, ClaimQueueFilter.Scope.ALL), 0),
                new Case("deep page: all, awaiting @" + deep, p -> f(null, null, null, null, null, null, false, false,
                        ClaimQueueFilter.Scope.ALL), deep));

        try (Connection c = DriverManager.getConnection(url, options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + url);
            System.out.printf(Locale.ROOT, "Rows: %,d claims, %,d awaiting the assessor%n",
                    BenchTimer.single(c, "select count(*) from claim"),
                    BenchTimer.single(c, "select count(*) from claim where state in ('REGISTERED', "
                            + "'DEFICIENCY_FIXED', 'ORIGINALS_DELIVERED')"));
            List<Pick> picks = picks(c, samples + warmup, random);
            System.out.printf(Locale.ROOT, "%d warm-up runs, then %,d timed runs per query; page of %d, count capped "
                    + "at %,d%n%n", warmup, samples, pageSize, cap);
            System.out.printf(Locale.ROOT, "%-34s %-6s %8s %8s %8s %8s %9s%n", "case", "query", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "rows");
            for (Case k : cases) {
                for (String what : List.of("page", "count")) {
                    long[] nanos = new long[samples];
                    double result = 0;
                    for (int i = 0; i < picks.size(); i++) {
                        Pick p = picks.get(i);
                        ClaimQueueQueries.Where w = ClaimQueueQueries.where(k.filter().apply(p), p.assessor());
                        long t = System.nanoTime();
                        long r = what.equals("page")
                                ? run(c, ClaimQueueQueries.page(w), ClaimQueueQueries.pageParams(w, k.offset(),
                                pageSize))
                                : first(c, ClaimQueueQueries.countUpTo(w), ClaimQueueQueries.countParams(w, cap));
                        long took = System.nanoTime() - t;
                        if (i >= warmup) {
                            nanos[i - warmup] = took;
                            result += r;
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "%-34s %-6s %8.2f %8.2f %8.2f %8.2f %9.1f%n", k.name(), what,
                            BenchTimer.ms(BenchTimer.percentile(nanos, 50)),
                            BenchTimer.ms(BenchTimer.percentile(nanos, 95)),
                            BenchTimer.ms(BenchTimer.percentile(nanos, 99)),
                            BenchTimer.ms(nanos[nanos.length - 1]), result / samples);
                }
            }
            System.out.println();
            Pick p = picks.get(0);
            for (Case k : cases) {
                ClaimQueueQueries.Where w = ClaimQueueQueries.where(k.filter().apply(p), p.assessor());
                explain(c, k.name(), ClaimQueueQueries.page(w), ClaimQueueQueries.pageParams(w, k.offset(),
                        pageSize));
            }
        }
    }

    private static ClaimQueueFilter f(ClaimState state, Long insurer, Long province, String tracking,
                                      String nationalId, LocalDate day, boolean duplicate, boolean direct,
                                      ClaimQueueFilter.Scope scope) {
        return new ClaimQueueFilter(state, insurer, province, day, day, tracking, nationalId, duplicate, false, direct,
                scope);
    }

    private static long run(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return BenchTimer.drain(rs);
            }
        }
    }

    private static long first(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
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

    private static List<Pick> picks(Connection c, int count, SplittableRandom random) throws SQLException {
        long min = BenchTimer.single(c, "select min(id) from claim where state = 'REGISTERED'");
        long max = BenchTimer.single(c, "select max(id) from claim where state = 'REGISTERED'");
        List<Pick> out = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select insurer_id, residence_province_id, assigned_to, "
                + "tracking_code, national_id, registered_at from claim where id >= ? and state = 'REGISTERED' "
                + "and assigned_to is not null order by id limit 1")) {
            while (out.size() < count) {
                s.setLong(1, min + random.nextLong(Math.max(1, max - min)));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        out.add(new Pick(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getTimestamp(6).toInstant().atZone(TEHRAN).toLocalDate()));
                    }
                }
            }
        }
        return out;
    }

    private static void explain(Connection c, String name, String sql, List<Object> params) throws SQLException {
        System.out.println("EXPLAIN " + name + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("  ");
                    for (int i = 1; i <= n; i++) {
                        line.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i))
                                .append(i < n ? " " : "");
                    }
                    System.out.println(line);
                }
            }
        }
    }

    // ---------------------------------------------------------------- the data

    /** Migrates the database and fills {@code claim} up to {@code target} rows, in chunks, then analyses it. */
    private static void fill(BenchOptions options, String url, long target) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, options.user(), options.password())) {
            if (BenchTimer.single(c, "select count(*) from claim") >= target) {
                return; // filled before: the schema is the one it was filled with
            }
        } catch (SQLException e) {
            // no database or no claim table yet: made below
        }
        Matcher m = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/]+/)([A-Za-z0-9_]+)(.*)").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read the database name from " + url);
        }
        try (Connection c = DriverManager.getConnection(m.group(1) + m.group(3), options.user(), options.password());
             Statement s = c.createStatement()) {
            s.execute("create database if not exists " + m.group(2)
                    + " character set utf8mb4 collate utf8mb4_persian_ci");
        }
        Flyway.configure(AssessorQueueBench.class.getClassLoader()).dataSource(url, options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, options.user(), options.password());
             Statement s = c.createStatement()) {
            long have = BenchTimer.single(c, "select count(*) from claim");
            if (have >= target) {
                return;
            }
            for (int i = 1; i <= 5; i++) {
                s.execute("insert ignore into insurer (id, code, name) values (" + (900 + i) + ", 'BENCH" + i
                        + "', 'بیمه‌گر نمونه " + i + "')");
            }
            s.execute("set foreign_key_checks = 0");
            s.execute("set unique_checks = 0");
            long recent = target - target * 3 / 100;
            long seconds = 3L * 365 * 86_400;
            long chunk = 200_000;
            long t0 = System.nanoTime();
            for (long from = have + 1; from <= target; from += chunk) {
                long to = Math.min(target, from + chunk - 1);
                String state = "case when q.seq > " + recent + " then elt(1 + q.seq % 10, 'REGISTERED', 'REGISTERED', "
                        + "'REGISTERED', 'REGISTERED', 'DEFICIENCY', 'DEFICIENCY_FIXED', 'AWAITING_ORIGINALS', "
                        + "'ORIGINALS_DELIVERED', 'ASSESSED', 'SENT_TO_FINANCE') "
                        + "when q.seq % 10 = 9 then 'REJECTED' else 'PAID' end";
                String at = "timestamp('2023-12-01 00:00:00') + interval (q.seq * " + seconds + " div " + target
                        + ") second";
                s.execute("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                        + "contract_id, insurer_id, national_id, patient_name, service_date, residence_province_id, "
                        + "service_type_id, service_id, requested_amount, e_prescription, draft_step, state, "
                        + "duplicate_of, created_at, registered_at, updated_at, deficiency_round, assigned_to, "
                        + "version) select 100000000 + q.seq, lpad(q.seq, 10, '0'), "
                        + "if(q.seq % 10 = 3, 'CENTER', 'MEMBER'), 'bench', 1 + q.seq div 10, "
                        + "1 + q.seq div 40, 1, 901 + q.seq % 5, lpad(1 + q.seq div 10, 10, '0'), "
                        + "'بیمار نمونه', date(" + at + ") - interval 3 day, 1 + (q.seq div 7) % 31, 1, "
                        + "1 + q.seq % 14, 100000 * (1 + q.seq % 300), false, 5, " + state + ", "
                        + "if(q.seq % 97 = 0, lpad(q.seq - 1, 10, '0'), null), " + at + ", " + at + ", " + at + ", "
                        + "if(q.seq % 10 = 5, 1, 0), if(q.seq % 17 = 0, null, concat('assessor', (q.seq * 13) % "
                        + ASSESSORS + ")), 0 from seq_" + from + "_to_" + to + " q");
                System.out.printf(Locale.ROOT, "  %,d claims (%.0f s)%n", to, (System.nanoTime() - t0) / 1e9);
            }
            s.execute("analyze table claim");
        }
    }
}
