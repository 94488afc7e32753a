package ir.hami.bench;

import ir.hami.claims.Ceilings;
import ir.hami.claims.ClaimFilter;
import ir.hami.claims.ClaimQueries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures the member's claim pages on a filled database ({@link GenerateClaims}): one person's claims list (the page
 * and its capped count, the very SQL text of {@link ClaimQueries}, for the default list, two state filters and a
 * tracking-code search, for ordinary and for the heaviest persons), the claim's details (every query the details
 * page runs, together: the claim, the names, items, deductions, events, documents, the service's document types)
 * and the remaining-ceiling card (the coverage, the plan's covers, and {@link Ceilings}' two usage queries). p50 /
 * p95 / p99 / max over random picks, then the EXPLAIN of each. A benchmark that prints figures, not a test:
 * <pre>
 * java -cp "target/test-classes:target/classes:$CP" ir.hami.bench.ClaimsBench \
 *     db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_claims?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Options: {@code db.url}, {@code db.user}, {@code db.password}; {@code samples} (500 per case), {@code warmup} (50),
 * {@code seed}, {@code pageSize} (10, the list's page), {@code cap} (1000, the list's count cap). One connection, one
 * query at a time: single-request latency, not throughput.
 */
public final class ClaimsBench {

    private ClaimsBench() {
    }

    /** A claim picked at random, and who it belongs to. */
    private record Pick(long claimId, long personId, long mainPersonId, long contractId, String trackingCode,
                        Long serviceId) {
    }

    @FunctionalInterface
    private interface Work {
        long run(Connection c, Pick p) throws SQLException;
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 500);
        int warmup = (int) options.getLong("warmup", 50);
        int pageSize = (int) options.getLong("pageSize", 10);
        long cap = options.getLong("cap", 1000);
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 15));
        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Rows: %,d claims, %,d items, %,d deductions, %,d events, %,d cover usage "
                            + "rows, %,d persons%n", BenchTimer.single(c, "select count(*) from claim"),
                    BenchTimer.single(c, "select count(*) from claim_item"),
                    BenchTimer.single(c, "select count(*) from claim_deduction"),
                    BenchTimer.single(c, "select count(*) from claim_event"),
                    BenchTimer.single(c, "select count(*) from cover_usage"),
                    BenchTimer.single(c, "select count(*) from person"));
            List<Pick> picks = picks(c, samples + warmup, random);
            List<Pick> heavy = heavy(c, samples + warmup, random);
            System.out.printf(Locale.ROOT, "%d warm-up runs, then %,d timed runs per case; list page of %d, count "
                    + "capped at %,d; the heaviest persons have %,d claims%n%n", warmup, samples, pageSize, cap,
                    BenchTimer.single(c, "select count(*) from claim where person_id = " + heavy.get(0).personId()));
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s %9s%n", "case", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "rows");
            for (ClaimFilter f : List.of(ClaimFilter.ALL, ClaimFilter.PAID, ClaimFilter.DEFICIENCY)) {
                time(c, "list page, " + f, picks, warmup, (k, p) -> page(k, where(p, f, null), pageSize, 0));
                time(c, "list count, " + f, picks, warmup, (k, p) -> count(k, where(p, f, null), cap));
            }
            time(c, "list page, search by tracking code", picks, warmup,
                    (k, p) -> page(k, where(p, ClaimFilter.ALL, p.trackingCode()), pageSize, 0));
            time(c, "list page 2, ALL", picks, warmup, (k, p) -> page(k, where(p, ClaimFilter.ALL, null), pageSize,
                    pageSize));
            time(c, "heaviest persons: list page, ALL", heavy, warmup,
                    (k, p) -> page(k, where(p, ClaimFilter.ALL, null), pageSize, 0));
            time(c, "heaviest persons: list count, ALL", heavy, warmup,
                    (k, p) -> count(k, where(p, ClaimFilter.ALL, null), cap));
            time(c, "heaviest persons: list page, DEFICIENCY", heavy, warmup,
                    (k, p) -> page(k, where(p, ClaimFilter.DEFICIENCY, null), pageSize, 0));
            time(c, "claim details (all its queries)", picks, warmup, ClaimsBench::details);
            time(c, "remaining-ceiling card", picks, warmup, ClaimsBench::ceilings);

            Pick p = picks.get(0);
            System.out.println();
            ClaimQueries.Where w = where(p, ClaimFilter.ALL, null);
            explain(c, "list page, ALL", ClaimQueries.page(w), params(w, pageSize, 0));
            explain(c, "list count, ALL", ClaimQueries.countUpTo(w), params(w, cap + 1));
            ClaimQueries.Where d = where(heavy.get(0), ClaimFilter.DEFICIENCY, null);
            explain(c, "heaviest: list page, DEFICIENCY", ClaimQueries.page(d), params(d, pageSize, 0));
            explain(c, "details: names", ClaimQueries.NAMES, List.of(p.claimId()));
            explain(c, "ceiling: person", Ceilings.PERSON_USAGE_SQL, List.of(p.personId(), p.contractId()));
            explain(c, "ceiling: family", Ceilings.FAMILY_USAGE_SQL, List.of(p.mainPersonId(), p.contractId()));
        }
    }

    /** The list as the main member of the claim's coverage sees it. */
    private static ClaimQueries.Where where(Pick p, ClaimFilter f, String search) {
        return ClaimQueries.person(p.personId(), p.mainPersonId(), f, search);
    }

    private static void time(Connection c, String name, List<Pick> picks, int warmup, Work work)
            throws SQLException {
        int samples = picks.size() - warmup;
        long[] nanos = new long[samples];
        double rows = 0;
        for (int i = 0; i < picks.size(); i++) {
            long t = System.nanoTime();
            long r = work.run(c, picks.get(i));
            long took = System.nanoTime() - t;
            if (i >= warmup) {
                nanos[i - warmup] = took;
                rows += r;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-44s %8.2f %8.2f %8.2f %8.2f %9.1f%n", name,
                BenchTimer.ms(BenchTimer.percentile(nanos, 50)), BenchTimer.ms(BenchTimer.percentile(nanos, 95)),
                BenchTimer.ms(BenchTimer.percentile(nanos, 99)), BenchTimer.ms(nanos[nanos.length - 1]),
                rows / samples);
    }

    private static long page(Connection c, ClaimQueries.Where w, int size, int offset) throws SQLException {
        return rows(c, ClaimQueries.page(w), params(w, size, offset));
    }

    private static long count(Connection c, ClaimQueries.Where w, long cap) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ClaimQueries.countUpTo(w))) {
            bind(s, params(w, cap + 1));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What the details page reads: the claim, its names, items, deductions, events, documents and document types. */
    private static long details(Connection c, Pick p) throws SQLException {
        long n = rows(c, "select * from claim where id = ?", List.of(p.claimId()));
        n += rows(c, ClaimQueries.NAMES, List.of(p.claimId()));
        n += rows(c, "select * from claim_item where claim_id = ? order by line_no", List.of(p.claimId()));
        n += rows(c, "select * from claim_deduction where claim_id = ? order by id", List.of(p.claimId()));
        n += rows(c, "select * from claim_event where claim_id = ? order by id", List.of(p.claimId()));
        n += rows(c, "select * from claim_document where claim_id = ? order by round_no, id", List.of(p.claimId()));
        if (p.serviceId() != null) {
            n += rows(c, "select d.*, r.mandatory from claim_required_document r join claim_document_type d "
                    + "on d.id = r.document_type_id where r.service_id = ? and d.active = true "
                    + "order by r.mandatory desc, d.id", List.of(p.serviceId()));
        }
        return n;
    }

    /** What the card reads: the coverage, the plan's covers and the person's and the family's usage. */
    private static long ceilings(Connection c, Pick p) throws SQLException {
        long n = rows(c, "select * from coverage where contract_id = ? and person_id = ?",
                List.of(p.contractId(), p.personId()));
        n += rows(c, "select * from contract_cover where contract_id = ? order by sort_order",
                List.of(p.contractId()));
        n += rows(c, Ceilings.PERSON_USAGE_SQL, List.of(p.personId(), p.contractId()));
        n += rows(c, Ceilings.FAMILY_USAGE_SQL, List.of(p.mainPersonId(), p.contractId()));
        return n;
    }

    private static long rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return BenchTimer.drain(rs);
            }
        }
    }

    private static List<Object> params(ClaimQueries.Where w, Object... more) {
        List<Object> all = new ArrayList<>(w.params());
        all.addAll(List.of(more));
        return all;
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    /** Random submitted claims (by id range), spread over the whole table. */
    private static List<Pick> picks(Connection c, int count, SplittableRandom random) throws SQLException {
        long min = BenchTimer.single(c, "select min(id) from claim");
        long max = BenchTimer.single(c, "select max(id) from claim");
        List<Pick> picks = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select id, person_id, main_person_id, contract_id, "
                + "tracking_code, service_id from claim where id >= ? and tracking_code is not null "
                + "order by id limit 1")) {
            while (picks.size() < count) {
                s.setLong(1, min + random.nextLong(max - min + 1));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        picks.add(pick(rs));
                    }
                }
            }
        }
        return picks;
    }

    /** Claims of the ten persons with the most claims (the generator makes a few with thousands). */
    private static List<Pick> heavy(Connection c, int count, SplittableRandom random) throws SQLException {
        List<Long> persons = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select person_id from cover_usage group by person_id "
                + "order by sum(claim_count) desc limit 10"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                persons.add(rs.getLong(1));
            }
        }
        List<Pick> picks = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select id, person_id, main_person_id, contract_id, "
                + "tracking_code, service_id from claim where person_id = ? and tracking_code is not null "
                + "order by created_at desc, id desc limit 1")) {
            while (picks.size() < count) {
                s.setLong(1, persons.get(random.nextInt(persons.size())));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        picks.add(pick(rs));
                    }
                }
            }
        }
        return picks;
    }

    private static Pick pick(ResultSet rs) throws SQLException {
        long service = rs.getLong(6);
        return new Pick(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.wasNull() ? null : service);
    }

    private static void explain(Connection c, String name, String sql, List<Object> params) throws SQLException {
        System.out.println("EXPLAIN " + name + ":");
        try (PreparedStatement s = c.prepareStatement("explain " + sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                var meta = rs.getMetaData();
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
}
