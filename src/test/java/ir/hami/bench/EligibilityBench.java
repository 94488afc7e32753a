package ir.hami.bench;

import ir.hami.eligibility.Channel;
import ir.hami.eligibility.Eligibility;
import ir.hami.eligibility.EligibilityLookup;
import ir.hami.platform.persistence.ConnectionSource;
import ir.hami.platform.persistence.IdSequence;
import ir.hami.platform.security.PasswordHasher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The eligibility API under concurrent load, side by side with a floor that runs the portal's own check
 * ({@link EligibilityLookup}: the same queries, contract cache and audit rows queued for the writer thread) on
 * plain JDBC connections with no framework, so the ratio shows the portal's overhead (HTTP, the servlet container,
 * CDI, the pool, JSON, key check, rate limit). After each phase it counts the audit rows stored against the answers
 * given.
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.EligibilityBench -Dportal=http://127.0.0.1:8080 \
 *     -Ddb.url='jdbc:mysql://127.0.0.1:3306/hami_bench_elig?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * The portal must run against the same database (its Flyway migration brings the schema to date) with a rate limit
 * above the target: {@code HAMI_API_RATE_PER_SECOND=100000}. Before measuring, the bench tops the database up to
 * {@code centers} (50,000) treatment centres and inserts its own API key ({@code key}, default
 * {@value #BENCH_KEY}) for the first of them.
 * Options: {@code rate} (1000 requests/s), {@code seconds} (20), {@code users} (64 concurrent virtual users; each
 * takes the next slot of the schedule, waits for its planned time and sends; latency is measured from the planned
 * time, so a stall counts for every request it delays), {@code warmup} (15 s at the same rate, not counted: the
 * portal and the bench's own JVM both need it), {@code phases} ({@code api,floor}; {@code floor} alone measures what the machine and the database give with no
 * portal, {@code api} alone skips the floor; {@code static} adds a phase that fetches a small static file,
 * {@code static.path}, default {@value #STATIC_PATH}, through the same client: what the container's HTTP path alone
 * gives on this machine, with none of our code and no database; a {@code static.path} with {@code {id}} in it
 * gets each call's national ID there, so another build of the API can be measured beside this one). HTTP goes
 * through {@link KeepAliveClient}, one keep-alive connection per virtual user, because java.net.http's client took
 * as much of the 2 cores as the portal did.
 * Loopback only: the portal URL must be on 127.0.0.1 or localhost.
 */
public final class EligibilityBench {

    static final String BENCH_KEY = "hami-bench-key-0001";

    /** The {@code static} phase's file: served by the container's default servlet, about the size of an answer. */
    static final String STATIC_PATH = "/resources/hami/css/messages.css";

    private EligibilityBench() {
    }

    private interface Call {
        boolean run(int user, String nationalId) throws Exception;
    }

    private record Result(String name, long requests, long errors, double seconds, long[] nanos, long answered) {
        Result(String name, long requests, long errors, double seconds, long[] nanos) {
            this(name, requests, errors, seconds, nanos, requests - errors);
        }

        /** The same, with the answers of the warm-up before it added to the answers given. */
        Result withAnswered(Result warmup) {
            return new Result(name, requests, errors, seconds, nanos, answered + warmup.answered());
        }

        double throughput() {
            return requests / seconds;
        }

        double ms(int percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        String portal = options.get("portal", "http://127.0.0.1:8080").replaceAll("/$", "");
        URI portalUri = URI.create(portal);
        if (!"127.0.0.1".equals(portalUri.getHost()) && !"localhost".equals(portalUri.getHost())) {
            throw new IllegalArgumentException("Loopback only: " + portal);
        }
        String url = options.get("db.url",
                "jdbc:mysql://127.0.0.1:3306/hami_bench_elig?useSSL=false&allowPublicKeyRetrieval=true");
        String user = options.get("db.user", "root");
        String password = options.password();
        int rate = (int) options.getLong("rate", 1000);
        int seconds = (int) options.getLong("seconds", 20);
        int users = (int) options.getLong("users", 64);
        int warmup = (int) options.getLong("warmup", 15);
        String key = options.get("key", BENCH_KEY);
        String phases = options.get("phases", "api,floor");

        long centerId;
        List<String> ids;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            System.out.printf(Locale.ROOT, "Database %s %s: %,d persons, %,d coverages%n",
                    c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(),
                    single(c, "select count(*) from person"), single(c, "select count(*) from coverage"));
            centerId = ensureCenters(c, () -> DriverManager.getConnection(url, user, password),
                    options.getLong("centers", 50_000));
            ensureKey(c, centerId, key);
            ids = sampleNationalIds(c, 20_000, new SplittableRandom(options.getLong("seed", 11)));
        }

        // one keep-alive connection per virtual user, as a hospital system's connection pool would hold
        KeepAliveClient[] clients = new KeepAliveClient[users];
        for (int i = 0; i < users; i++) {
            clients[i] = new KeepAliveClient(portalUri);
        }
        Call api = (u, nationalId) -> {
            KeepAliveClient.Response response = clients[u].get("/api/v1/eligibility/" + nationalId, "X-Api-Key", key);
            return response.status() == 200 && response.body().contains("\"covered\"");
        };

        String staticPath = options.get("static.path", STATIC_PATH);
        Call staticFile = (u, nationalId) ->
                clients[u].get(staticPath.replace("{id}", nationalId), "X-Api-Key", key).status() == 200;

        List<Connection> opened = new ArrayList<>();
        try {
            System.out.printf(Locale.ROOT, "%nTarget %,d requests/s for %d s (after %d s warm-up), %d concurrent "
                    + "virtual users, %,d sampled national IDs%n", rate, seconds, warmup, users, ids.size());
            Result apiResult = null;
            if (phases.contains("api")) {
                String actor = "api:" + key.substring(0, 12);
                long before = auditRows(url, user, password, centerId, actor);
                Result warm = run("warm-up API", api, ids, rate, warmup, users);
                apiResult = run("portal API", api, ids, rate, seconds, users).withAnswered(warm);
                Thread.sleep(AUDIT_SETTLE_MS);
                printAudit(apiResult, auditRows(url, user, password, centerId, actor) - before);
            }
            Result staticResult = null;
            if (phases.contains("static")) {
                run("warm-up static", staticFile, ids, rate, warmup, users);
                staticResult = run("static file", staticFile, ids, rate, seconds, users);
            }
            if (!phases.contains("floor")) {
                report(apiResult, staticResult, null, rate);
                return;
            }
            // the floor's connections are opened only now, so they never take the portal's database connections
            Connection[] work = new Connection[users];
            for (int i = 0; i < users; i++) {
                work[i] = DriverManager.getConnection(url, user, password);
                opened.add(work[i]);
            }
            // the audit writer keeps one plain connection (its "pool"); closing it after a batch keeps it open
            Connection audit = DriverManager.getConnection(url, user, password);
            opened.add(audit);
            Connection kept = unclosable(audit);
            Result floorResult;
            long floorBefore = auditRows(work[0], centerId, FLOOR_ACTOR);
            try (EligibilityLookup lookup = new EligibilityLookup(() -> kept, Thread::new)) {
                Call floor = (u, nationalId) -> jdbcCheck(lookup, work[u], centerId, nationalId);
                Result warm = run("warm-up JDBC", floor, ids, rate, warmup, users);
                floorResult = run("plain JDBC floor", floor, ids, rate, seconds, users);
                floorResult = floorResult.withAnswered(warm);
            }
            printAudit(floorResult, auditRows(work[0], centerId, FLOOR_ACTOR) - floorBefore);
            report(apiResult, staticResult, floorResult, rate);
        } finally {
            for (Connection c : opened) {
                c.close();
            }
            for (KeepAliveClient client : clients) {
                client.close();
            }
        }
    }

    private static void report(Result api, Result staticFile, Result floor, int rate) {
        System.out.printf(Locale.ROOT, "%n%-18s %9s %7s %10s %9s %9s %9s%n", "", "requests", "errors",
                "req/s", "p50 ms", "p99 ms", "max ms");
        for (Result r : java.util.stream.Stream.of(api, staticFile, floor).filter(java.util.Objects::nonNull)
                .toList()) {
            System.out.printf(Locale.ROOT, "%-18s %,9d %7d %10.1f %9.2f %9.2f %9.2f%n", r.name(), r.requests(),
                    r.errors(), r.throughput(), r.ms(50), r.ms(99), r.ms(100));
        }
        if (api != null && floor != null) {
            System.out.printf(Locale.ROOT, "overhead (API / floor): p50 x%.1f, p99 x%.1f%n",
                    api.ms(50) / floor.ms(50), api.ms(99) / floor.ms(99));
        }
        if (api != null) {
            System.out.printf(Locale.ROOT, "aim p99 < 20 ms at %d/s: %s%n", rate,
                    api.ms(99) < 20 && api.throughput() >= rate * 0.98 && api.errors() == 0 ? "MET" : "NOT MET");
        }
    }

    /** The actor of the floor's audit rows. */
    private static final String FLOOR_ACTOR = "bench-jdbc";

    /** How long the audit rows of the API's last answers are given to be stored before they are counted. */
    private static final long AUDIT_SETTLE_MS = 2000;

    /** Every answer leaves one audit row: the rows stored during a phase and its warm-up, against its answers. */
    private static void printAudit(Result r, long rows) {
        System.out.printf(Locale.ROOT, "    audit rows stored: %,d for %,d answers%s%n", rows, r.answered(),
                rows == r.answered() ? "" : "  MISMATCH");
    }

    private static long auditRows(String url, String user, String password, long centerId, String actor)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return auditRows(c, centerId, actor);
        }
    }

    private static long auditRows(Connection c, long centerId, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select count(*) from eligibility_check where center_id = ? and actor = ?")) {
            s.setLong(1, centerId);
            s.setString(2, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The connection, except that close() leaves it open. */
    private static Connection unclosable(Connection c) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if ("close".equals(method.getName())) {
                        return null;
                    }
                    try {
                        return method.invoke(c, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * The floor: the portal's own check ({@link EligibilityLookup}: the coverages read, contracts from memory, the
     * audit row queued for the writer thread, many rows to a commit) on a plain connection in autocommit, with no
     * HTTP, servlet container, CDI or pool around it.
     */
    private static boolean jdbcCheck(EligibilityLookup lookup, Connection c, long centerId, String nationalId)
            throws SQLException {
        Eligibility answer = lookup.check(c, centerId, FLOOR_ACTOR, Channel.API, nationalId, null,
                LocalDate.now(ZoneId.of("Asia/Tehran")), Instant.now().truncatedTo(ChronoUnit.SECONDS)).answer();
        return answer.getReason() != null;
    }

    /** Open-loop schedule: slot i is due at start + i / rate; each user takes the next slot, waits, calls. */
    private static Result run(String name, Call call, List<String> ids, int rate, int seconds, int users)
            throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] nanos = new long[(int) total];
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(users);
        long start = System.nanoTime() + 50_000_000L;
        long deadline = start + seconds * 3_000_000_000L;
        for (int u = 0; u < users; u++) {
            int userIndex = u;
            Thread t = new Thread(() -> {
                try {
                    long slot;
                    while ((slot = next.getAndIncrement()) < total) {
                        long due = start + slot * interval;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        if (System.nanoTime() > deadline) {
                            nanos[(int) slot] = -1;
                            errors.incrementAndGet();
                            continue;
                        }
                        boolean ok;
                        try {
                            ok = call.run(userIndex, ids.get((int) (slot % ids.size())));
                        } catch (Exception e) {
                            ok = false;
                        }
                        nanos[(int) slot] = System.nanoTime() - due;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, name + "-" + u);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
        Result r = new Result(name, total, errors.get(), elapsed, measured);
        System.out.printf(Locale.ROOT, "  %-18s %,d requests in %.1f s, %d errors, p50 %.2f ms, p99 %.2f ms%n",
                name, total, elapsed, r.errors(), r.ms(50), r.ms(99));
        printSlowSeconds(nanos, rate);
        return r;
    }

    /**
     * Where the slow calls were: for each second of the schedule that had calls over 20 ms, how many and the
     * slowest, so a tail from a few stalls (one slow second) can be told from a tail spread over the run.
     */
    private static void printSlowSeconds(long[] nanos, int rate) {
        StringBuilder line = new StringBuilder();
        for (int second = 0; second * rate < nanos.length; second++) {
            int over = 0;
            long worst = 0;
            for (int i = second * rate; i < Math.min(nanos.length, (second + 1) * rate); i++) {
                if (nanos[i] > 20_000_000L) {
                    over++;
                }
                worst = Math.max(worst, nanos[i]);
            }
            if (over > 0) {
                line.append(String.format(Locale.ROOT, " s%d: %d over 20 ms (max %.0f ms);", second, over,
                        worst / 1e6));
            }
        }
        System.out.println("    slow seconds:" + (line.length() == 0 ? " none" : line));
    }

    /** Tops the database up to {@code wanted} treatment centres; returns the first centre's id (the bench key's). */
    static long ensureCenters(Connection c, ConnectionSource connections, long wanted) throws SQLException {
        long have = single(c, "select count(*) from treatment_center");
        if (have < wanted) {
            System.out.printf(Locale.ROOT, "Adding %,d treatment centres...%n", wanted - have);
            long province;
            long city;
            try (Connection ids = connections.open()) {
                province = IdSequence.reserve(ids, "province", 1);
                city = IdSequence.reserve(ids, "city", 1);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("insert into province (id, code, name, name_en) values (" + province
                            + ", 'BN" + (province % 100) + "', 'استان آزمایش بار', 'Bench province')");
                    s.executeUpdate("insert into city (id, province_id, name) values (" + city + ", " + province
                            + ", 'شهر آزمایش بار')");
                }
                int count = (int) (wanted - have);
                long first = IdSequence.reserve(ids, "treatment_center", count);
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("insert into treatment_center (id, code, name, "
                        + "search_name, center_type, contract_type, province_id, city_id, issues_referrals, "
                        + "online_referrals, active, version) values (?,?,?,?,?,?,?,?,?,?,?,0)")) {
                    for (int i = 0; i < count; i++) {
                        long id = first + i;
                        s.setLong(1, id);
                        s.setString(2, "BENCH-" + id);
                        s.setString(3, "مرکز درمانی " + id);
                        s.setString(4, "مرکز درمانی " + id);
                        s.setString(5, "CLINIC");
                        s.setString(6, "DIRECT");
                        s.setLong(7, province);
                        s.setLong(8, city);
                        s.setBoolean(9, false);
                        s.setBoolean(10, false);
                        s.setBoolean(11, true);
                        s.addBatch();
                        if (i % 1000 == 999) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
            }
        }
        System.out.printf(Locale.ROOT, "%,d treatment centres%n", single(c, "select count(*) from treatment_center"));
        return single(c, "select min(id) from treatment_center");
    }

    static void ensureKey(Connection c, long centerId, String key) throws SQLException {
        String hash = PasswordHasher.sha256(key);
        try (PreparedStatement s = c.prepareStatement("select count(*) from api_key where key_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        long id = single(c, "select coalesce(max(id), 999) + 1 from api_key");
        try (PreparedStatement s = c.prepareStatement("insert into api_key (id, center_id, key_prefix, key_hash, label, "
                + "created_at, created_by) values (?,?,?,?,?,?,?)")) {
            s.setLong(1, id + 1_000_000);
            s.setLong(2, centerId);
            s.setString(3, key.substring(0, 12));
            s.setString(4, hash);
            s.setString(5, "benchmark");
            s.setTimestamp(6, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            s.setString(7, "bench");
            s.executeUpdate();
        }
    }

    /** National IDs of random persons (by primary key), plus one in ten unknown ones (not-covered answers). */
    static List<String> sampleNationalIds(Connection c, int count, SplittableRandom random)
            throws SQLException {
        long min = single(c, "select min(id) from person");
        long max = single(c, "select max(id) from person");
        List<String> ids = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("select national_id from person where id = ?")) {
            while (ids.size() < count) {
                if (ids.size() % 10 == 9) {
                    ids.add(unknownNationalId(random));
                    continue;
                }
                s.setLong(1, random.nextLong(min, max + 1));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    private static String unknownNationalId(SplittableRandom random) {
        String nine = String.format("9%08d", random.nextInt(100_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
