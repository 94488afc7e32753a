package ir.hami.bench;

import ir.hami.network.CenterFilter;
import ir.hami.network.CenterNameIndex;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures the members' centre search by name ({@code CenterDirectory.count} and {@code search}, first page of 10)
 * with plain JDBC against a filled database (the MariaDB database of {@link GenerateMembers} and
 * {@link GenerateCenters}, 50,000 centres) and prints p50/p95/p99/max and EXPLAIN of each query:
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.CenterSearchBench -Ddb.url='jdbc:mysql://127.0.0.1:3306/hami_bench?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * The SQL is what EclipseLink makes of {@code CenterFilter}'s JPQL: the count, and the page's ids in order (the
 * ten centres are then read by id with their province and city, a constant cost not timed here); in
 * {@code mode=like} the earlier page query, which joined province and city while sorting. Typed words
 * are drawn from the generator's vocabulary: a whole word of the name (a centre's name or a city), the first three
 * letters of a word, the last three (inside a word), two words, and a word with a province. {@code mode=tokens}
 * (default) runs today's query through the name index, {@code mode=like} the earlier {@code search_name like
 * '%word%'}, on the same data, for comparison. It first migrates the schema and indexes centres that have no rows in
 * the name index (what the portal does at start). Options: {@code db.url}, {@code db.user}, {@code db.password} as
 * for GenerateMembers; {@code samples} (500), {@code warmup} (100), {@code seed}. One connection, one query at a
 * time: single-request latency, not throughput.
 */
public final class CenterSearchBench {

    private static final String[] NAMES = {"شفا", "مهر", "امید", "سینا", "رازی", "پارس", "کوثر", "نور", "میلاد",
        "بهار", "سلامت", "حکیم", "فارابی", "پاستور", "صدرا", "احمدی", "کریمی", "موسوی", "یزدانی"};
    private static final String[] KINDS = {"بیمارستان", "درمانگاه", "آزمایشگاه", "داروخانه", "کلینیک"};

    private CenterSearchBench() {
    }

    /** What a member typed, and the province chosen (or null). */
    private record Typed(String text, Long provinceId) {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        int samples = (int) options.getLong("samples", 500);
        int warmup = (int) options.getLong("warmup", 100);
        boolean like = options.get("mode", "tokens").equals("like");
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 11));
        org.flywaydb.core.Flyway.configure(CenterSearchBench.class.getClassLoader())
                .dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            c.setAutoCommit(false);
            long t = System.nanoTime();
            int indexed = CenterNameIndex.fillMissing(c);
            c.setAutoCommit(true);
            System.out.println("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + " at " + options.url());
            System.out.printf(Locale.ROOT, "Rows: %,d centres, %,d name-index rows (%,d centres indexed now in %.1f s)"
                            + "; mode %s%n", BenchTimer.single(c, "select count(*) from treatment_center"),
                    BenchTimer.single(c, "select count(*) from center_name_token"), indexed,
                    (System.nanoTime() - t) / 1e9, like ? "like (before the index)" : "tokens (name index)");
            List<String> cities = new ArrayList<>();
            List<Long> provinces = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select name, province_id from city order by id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cities.add(rs.getString(1));
                    provinces.add(rs.getLong(2));
                }
            }
            int n = samples + warmup;
            Typed[][] kinds = new Typed[5][n];
            for (int i = 0; i < n; i++) {
                String name = pick(random, NAMES);
                int city = random.nextInt(cities.size());
                String word = random.nextBoolean() ? name
                        : ir.hami.network.TreatmentCenter.searchWords(cities.get(city)).get(0);
                kinds[0][i] = new Typed(word, null);
                kinds[1][i] = new Typed(word.substring(0, Math.min(3, word.length())), null);
                kinds[2][i] = new Typed(word.substring(Math.max(0, word.length() - 3)), null);
                kinds[3][i] = new Typed(pick(random, KINDS).substring(0, 5) + " " + name, null);
                kinds[4][i] = new Typed(name, provinces.get(city));
            }
            String[] titles = {"one whole word", "first 3 letters", "last 3 letters", "two words",
                "word + province"};
            System.out.printf(Locale.ROOT, "%d warm-up runs, then %d timed runs per query%n%n", warmup, samples);
            BenchTimer.printHeader(30);
            for (int k = 0; k < kinds.length; k++) {
                Typed[] warm = java.util.Arrays.copyOfRange(kinds[k], samples, n);
                Typed[] timed = java.util.Arrays.copyOfRange(kinds[k], 0, samples);
                for (boolean page : new boolean[] {false, true}) {
                    BenchTimer.time(c, (page ? "page: " : "count: ") + titles[k], 30, sql(page, like, timed[0]),
                            (s, typed) -> bind(s, typed, like, page), warm, timed);
                }
            }
            System.out.println();
            for (int k = 0; k < kinds.length; k++) {
                for (boolean page : new boolean[] {false, true}) {
                    Typed typed = kinds[k][0];
                    BenchTimer.explain(c, (page ? "page: " : "count: ") + titles[k] + " «" + typed.text() + "»",
                            sql(page, like, typed), (s, x) -> bind(s, x, like, page), typed);
                }
            }
        }
    }

    /** The SQL of the count or the first page; every sample of a kind has the same number of words. */
    private static String sql(boolean page, boolean like, Typed typed) {
        StringBuilder where = new StringBuilder(" where t0.active = 1");
        for (int i = 0; i < words(typed, like).size(); i++) {
            where.append(like ? " and t0.search_name like ? escape '!'"
                    : " and t0.id in (select t" + (i + 3) + ".center_id from center_name_token t" + (i + 3)
                    + " where t" + (i + 3) + ".token like ?)");
        }
        if (typed.provinceId() != null) {
            where.append(" and t0.province_id = ?");
        }
        if (!page) {
            return "select count(t0.id) from treatment_center t0" + where;
        }
        // before: one query joining province and city; now the page's ids first (then 10 rows by id, not timed)
        return like ? "select t0.*, t1.*, t2.* from treatment_center t0 join province t1 on t1.id = t0.province_id"
                + " join city t2 on t2.id = t0.city_id" + where + " order by t0.name, t0.id limit ?, ?"
                : "select t0.id, t0.name from treatment_center t0" + where + " order by t0.name, t0.id limit ?, ?";
    }

    /** Today's words ({@link CenterFilter#nameWords}), or the earlier split at spaces. */
    private static List<String> words(Typed typed, boolean like) {
        if (like) {
            return List.of(typed.text().split(" "));
        }
        return new CenterFilter(typed.text(), null, null, null, false, false).nameWords();
    }

    private static void bind(PreparedStatement s, Typed typed, boolean like, boolean page) throws SQLException {
        int p = 1;
        for (String word : words(typed, like)) {
            s.setString(p++, like ? "%" + word + "%" : word + "%");
        }
        if (typed.provinceId() != null) {
            s.setLong(p++, typed.provinceId());
        }
        if (page) {
            s.setInt(p++, 0);
            s.setInt(p, 10);
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
