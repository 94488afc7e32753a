package ir.hami.bench;

import ir.hami.membership.MembershipQueries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures the membership reads of every member page ({@link MembershipQueries}) with plain JDBC against a filled
 * database (by default the 1,000,000-member MariaDB database of {@link GenerateMembers}) and prints p50/p95/p99/max
 * per query and the plan (EXPLAIN) each one uses. A benchmark that prints figures, not a test:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.FamilyQueryBench
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password} as for GenerateMembers; {@code samples} (2000),
 * {@code warmup} (300), {@code seed}. One connection, one query at a time: the figures are the latency of a single
 * request on an otherwise idle database, not throughput under load.
 */
public final class FamilyQueryBench {

    private FamilyQueryBench() {
    }

    /** One sampled family member: what a page would know when it runs the queries. */
    private record Sample(long personId, long mainPersonId, long contractId, String memberCode, String nationalId,
                          String membershipType) {
    }

    private interface Binder {
        void bind(PreparedStatement s, Sample sample) throws SQLException;
    }

    private record Query(String name, String sql, Binder binder) {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 2_000);
        int warmup = (int) options.getLong("warmup", 300);
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 7));

        List<Query> queries = List.of(
                new Query("baseline: select 1", "select 1", (s, x) -> { }),
                new Query("family page (10 rows)", MembershipQueries.FAMILY_PAGE, (s, x) -> {
                    s.setLong(1, x.mainPersonId());
                    s.setLong(2, x.contractId());
                    s.setInt(3, 10);
                    s.setInt(4, 0);
                }),
                new Query("family page, main first", MembershipQueries.FAMILY_PAGE_MAIN_FIRST, (s, x) -> {
                    s.setLong(1, x.mainPersonId());
                    s.setLong(2, x.contractId());
                    s.setInt(3, 10);
                    s.setInt(4, 0);
                }),
                new Query("family count", MembershipQueries.FAMILY_COUNT, (s, x) -> {
                    s.setLong(1, x.mainPersonId());
                    s.setLong(2, x.contractId());
                }),
                new Query("member's contracts", MembershipQueries.PERSON_CONTRACTS,
                        (s, x) -> s.setLong(1, x.personId())),
                new Query("login by national ID", MembershipQueries.LOGIN_BY_NATIONAL_ID, (s, x) -> {
                    s.setString(1, x.nationalId());
                    s.setString(2, x.membershipType());
                }),
                new Query("login by member code", MembershipQueries.LOGIN_BY_MEMBER_CODE, (s, x) -> {
                    s.setString(1, x.memberCode());
                    s.setString(2, x.membershipType());
                }),
                new Query("person by id", MembershipQueries.PERSON_BY_ID, (s, x) -> s.setLong(1, x.personId())));

        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Rows: %,d persons, %,d coverages, %,d contracts%n",
                    single(c, "select count(*) from person"), single(c, "select count(*) from coverage"),
                    single(c, "select count(*) from insurance_contract"));
            List<Sample> picked = sample(c, samples + warmup, random);
            System.out.printf(Locale.ROOT, "%,d random coverage rows sampled; %d warm-up runs, then %,d timed runs "
                    + "per query%n%n", picked.size(), warmup, samples);

            System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s %8s %8s %6s%n", "query", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "mean ms", "rows");
            for (Query q : queries) {
                try (PreparedStatement s = c.prepareStatement(q.sql())) {
                    for (int i = 0; i < warmup; i++) {
                        run(s, q, picked.get(samples + i));
                    }
                    long[] nanos = new long[samples];
                    long rows = 0;
                    for (int i = 0; i < samples; i++) {
                        long t = System.nanoTime();
                        rows += run(s, q, picked.get(i));
                        nanos[i] = System.nanoTime() - t;
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "%-26s %8.3f %8.3f %8.3f %8.3f %8.3f %6.2f%n", q.name(),
                            ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                            ms(nanos[nanos.length - 1]), ms(Arrays.stream(nanos).sum() / nanos.length),
                            (double) rows / samples);
                }
            }
            System.out.println();
            for (Query q : queries.subList(1, queries.size())) {
                explain(c, q, picked.get(0));
            }
        }
    }

    /**
     * Random coverage rows, by id (uniform over rows, so larger families are met more often, like real logins).
     * Each is read by primary key alone: with joins in the same statement MariaDB may pick a plan that sorts.
     */
    private static List<Sample> sample(Connection c, int count, SplittableRandom random) throws SQLException {
        long min = single(c, "select min(id) from coverage");
        long max = single(c, "select max(id) from coverage");
        Map<Long, String> types = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select id, membership_type from insurance_contract");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                types.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<Sample> samples = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select person_id, main_person_id, contract_id, member_code "
                + "from coverage where id >= ? order by id limit 1");
             PreparedStatement person = c.prepareStatement("select national_id from person where id = ?")) {
            while (samples.size() < count) {
                s.setLong(1, min + random.nextLong(max - min + 1));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        person.setLong(1, rs.getLong(1));
                        try (ResultSet p = person.executeQuery()) {
                            p.next();
                            samples.add(new Sample(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                    p.getString(1), types.get(rs.getLong(3))));
                        }
                    }
                }
            }
        }
        return samples;
    }

    private static int run(PreparedStatement s, Query q, Sample sample) throws SQLException {
        q.binder().bind(s, sample);
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

    /** The plan of a query, as the database prints it; a full table scan is called out. */
    private static void explain(Connection c, Query q, Sample sample) throws SQLException {
        System.out.println("EXPLAIN " + q.name() + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + q.sql())) {
            q.binder().bind(s, sample);
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
                    if (tabular && "ALL".equals(rs.getString("type"))) {
                        line.append("   <== FULL TABLE SCAN");
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

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
