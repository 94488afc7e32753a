package ir.hami.bench;

import ir.hami.platform.persistence.IdSequence;
import ir.hami.platform.security.PasswordHasher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members' API under an open-loop load, as the mobile app would call it: signed-in members reading their claims
 * list ({@code GET /api/v1/me/claims?page=0&size=20}) and a claim's details ({@code GET /api/v1/me/claims/{id}}),
 * half and half, at a fixed rate. The aim (issue 17): both under 30 ms p99 at 500 requests/s on 10,000,000 claims.
 * <p>Two steps. Start the portal on the benchmark database made by {@link GenerateMembers}, {@link GenerateCenters}
 * and {@link GenerateClaims} (its Flyway migration brings the schema to date), then:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" ir.hami.bench.MemberApiBench \
 *     portal=http://127.0.0.1:8080 db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_api?useSSL=false&amp;allowPublicKeyRetrieval=true'
 * </pre>
 * Before measuring, the bench picks {@code members} (100) random main members with an active coverage and at least
 * one submitted claim (persons drawn uniformly, not by their number of claims), gives each an account with the
 * password {@code password} (one {@link PasswordHasher} hash shared by all, written straight into
 * {@code user_account}), remembers up to {@code claimsPerMember} (20) of their newest submitted claims for the
 * details calls, and signs each in through {@code POST /api/v1/auth/token}. 100 members at 500 requests/s is 5 a
 * second each, under the API's per-account limit (20/s).
 * <p>Options: {@code rate} (500 requests/s in all, the two endpoints alternating), {@code seconds} (60),
 * {@code warmup} (30 s at the same rate, not counted), {@code users} (64 virtual users, each with one keep-alive
 * connection; each takes the next slot of the schedule, waits for its planned time and sends; latency is measured
 * from the planned time, so a stall counts for every request it delays), {@code endpoints} ({@code claims}, or
 * {@code devices} to drive {@code GET /api/v1/me/devices} instead: the harness alone, the API's door and a small
 * database read), {@code size} (20), {@code seed}, {@code portal.pid} and {@code db.pid} (the portal's and the
 * database server's process ids: the CPU each spent per request is printed, see {@link ProcessCpu}). A call counts as an error unless it answers 200 with the shape
 * expected (a page with {@code items}; the claim asked for). Access tokens live 10 minutes: a phase that would start
 * with tokens older than 7 minutes signs everyone in again. Loopback only.
 */
public final class MemberApiBench {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private MemberApiBench() {
    }

    /** A signed-in member: person, national ID, membership type, the claims to ask for, the access token. */
    private static final class Member {
        final long personId;
        final String nationalId;
        final String membershipType;
        final long[] claims;
        volatile String bearer;

        Member(long personId, String nationalId, String membershipType, long[] claims) {
            this.personId = personId;
            this.nationalId = nationalId;
            this.membershipType = membershipType;
            this.claims = claims;
        }
    }

    /** One endpoint's figures in a phase. */
    record Stats(String name, long requests, long errors, long[] sortedNanos) {
        double ms(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
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
                "jdbc:mysql://127.0.0.1:3306/hami_bench_api?useSSL=false&allowPublicKeyRetrieval=true");
        String user = options.user();
        String dbPassword = options.password();
        int memberCount = (int) options.getLong("members", 100);
        String password = options.get("password", "Hami-Bench-1405");
        int rate = (int) options.getLong("rate", 500);
        int seconds = (int) options.getLong("seconds", 60);
        int warmup = (int) options.getLong("warmup", 30);
        int users = (int) options.getLong("users", 64);
        int size = (int) options.getLong("size", 20);
        int claimsPerMember = (int) options.getLong("claimsPerMember", 20);
        String endpoints = options.get("endpoints", "claims");
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 17));

        List<Member> members;
        try (Connection c = DriverManager.getConnection(url, user, dbPassword)) {
            System.out.printf(Locale.ROOT, "Database %s %s: %,d persons, %,d claims%n",
                    c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(),
                    BenchTimer.single(c, "select count(*) from person"),
                    BenchTimer.single(c, "select count(*) from claim"));
            long t = System.nanoTime();
            members = sampleMembers(c, memberCount, claimsPerMember, random);
            System.out.printf(Locale.ROOT, "%d members picked in %.1f s: %,d claims to ask for (%.1f each)%n",
                    members.size(), (System.nanoTime() - t) / 1e9,
                    members.stream().mapToLong(m -> m.claims.length).sum(),
                    members.stream().mapToLong(m -> m.claims.length).average().orElse(0));
            giveAccounts(c, members, password);
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long signedInAt = signIn(http, portal, members, password);

        KeepAliveClient[] clients = new KeepAliveClient[users];
        for (int i = 0; i < users; i++) {
            clients[i] = new KeepAliveClient(portalUri);
        }
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        String listPath = "/api/v1/me/claims?page=0&size=" + size;
        String[] names = "devices".equals(endpoints)
                ? new String[] {"GET /me/devices", "GET /me/devices"}
                : new String[] {"GET /me/claims?page=0&size=" + size, "GET /me/claims/{id}"};
        Call call = (u, slot) -> {
            Member m = members.get((int) ((slot / 2) % members.size()));
            String path;
            String expect;
            if ("devices".equals(endpoints)) {
                path = "/api/v1/me/devices";
                expect = "\"signedIn\"";
            } else if (slot % 2 == 0) {
                path = listPath;
                expect = "\"items\"";
            } else {
                long id = m.claims[(int) ((slot / 2 / members.size()) % m.claims.length)];
                path = "/api/v1/me/claims/" + id;
                expect = "\"id\":" + id;
            }
            KeepAliveClient.Response r = clients[u].get(path, "Authorization", "Bearer " + m.bearer);
            boolean ok = r.status() == 200 && r.body().contains(expect);
            if (!ok) {
                failures.computeIfAbsent((slot % 2 == 0 ? names[0] : names[1]) + " -> " + r.status()
                        + (r.status() == 200 ? " (unexpected body)" : ""), k -> new LongAdder()).increment();
            }
            return ok;
        };

        try {
            System.out.printf(Locale.ROOT, "%nTarget %,d requests/s for %d s (after %d s warm-up), %d virtual users, "
                    + "%d members, endpoints: %s and %s alternating%n", rate, seconds, warmup, users, members.size(),
                    names[0], names[1]);
            if (System.nanoTime() - signedInAt > Duration.ofMinutes(7).toNanos() - warmup * 1_000_000_000L) {
                signedInAt = signIn(http, portal, members, password);
            }
            run("warm-up", call, names, rate, warmup, users, failures);
            failures.clear();
            if (System.nanoTime() - signedInAt > Duration.ofMinutes(7).toNanos() - seconds * 1_000_000_000L) {
                signIn(http, portal, members, password);
            }
            ProcessCpu cpu = new ProcessCpu(options);
            cpu.start();
            long measuredStart = System.nanoTime();
            Stats[] measured = run("measured", call, names, rate, seconds, users, failures);
            cpu.print((long) rate * seconds, (System.nanoTime() - measuredStart) / 1e9);
            report(measured, rate, failures);
        } finally {
            for (KeepAliveClient client : clients) {
                client.close();
            }
        }
    }

    interface Call {
        boolean run(int user, long slot) throws Exception;
    }

    /** Open-loop schedule: slot i is due at start + i / rate; even slots call the first endpoint, odd the second. */
    static Stats[] run(String phase, Call call, String[] names, int rate, int seconds, int users,
                               Map<String, LongAdder> failures) throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long[] nanos = new long[(int) total];
        boolean[] failed = new boolean[(int) total];
        AtomicLong next = new AtomicLong();
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
                            // far behind the schedule: not sent, counted as an error and left out of the latencies
                            nanos[(int) slot] = -1;
                            failed[(int) slot] = true;
                            failures.computeIfAbsent("not sent (over 3x the phase's time behind)",
                                    k -> new LongAdder()).increment();
                            continue;
                        }
                        boolean ok;
                        try {
                            ok = call.run(userIndex, slot);
                        } catch (Exception e) {
                            ok = false;
                            failures.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                    k -> new LongAdder()).increment();
                        }
                        nanos[(int) slot] = System.nanoTime() - due;
                        failed[(int) slot] = !ok;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, phase + "-" + u);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Stats[] stats = new Stats[2];
        for (int kind = 0; kind < 2; kind++) {
            int k = kind;
            long[] mine = java.util.stream.IntStream.range(0, (int) total).filter(i -> i % 2 == k)
                    .mapToLong(i -> nanos[i]).filter(n -> n >= 0).sorted().toArray();
            long errors = java.util.stream.IntStream.range(0, (int) total).filter(i -> i % 2 == k && failed[i])
                    .count();
            stats[kind] = new Stats(names[kind], (total + 1 - kind) / 2, errors, mine);
        }
        System.out.printf(Locale.ROOT, "  %-9s %,d requests in %.1f s (%.1f/s): %s p99 %.2f ms, %s p99 %.2f ms, "
                        + "%d errors%n", phase, total, elapsed, total / elapsed, names[0], stats[0].ms(99), names[1],
                stats[1].ms(99), stats[0].errors() + stats[1].errors());
        printSlowSeconds(nanos, rate);
        return stats;
    }

    /** For each second of the schedule with calls over 30 ms: how many and the slowest. */
    private static void printSlowSeconds(long[] nanos, int rate) {
        StringBuilder line = new StringBuilder();
        for (int second = 0; (long) second * rate < nanos.length; second++) {
            int slow = 0;
            long worst = 0;
            for (int i = second * rate; i < Math.min(nanos.length, (second + 1) * rate); i++) {
                if (nanos[i] > 30_000_000L) {
                    slow++;
                    worst = Math.max(worst, nanos[i]);
                }
            }
            if (slow > 0) {
                line.append(String.format(Locale.ROOT, " %ds:%d(%.0f ms)", second, slow, worst / 1e6));
            }
        }
        System.out.println("    slow seconds (calls over 30 ms):" + (line.length() == 0 ? " none" : line));
    }

    private static void report(Stats[] stats, int rate, Map<String, LongAdder> failures) {
        System.out.printf(Locale.ROOT, "%n%-32s %9s %7s %9s %9s %9s %9s%n", "endpoint", "requests", "errors",
                "p50 ms", "p95 ms", "p99 ms", "max ms");
        boolean met = true;
        for (Stats s : stats) {
            System.out.printf(Locale.ROOT, "%-32s %,9d %7d %9.2f %9.2f %9.2f %9.2f%n", s.name(), s.requests(),
                    s.errors(), s.ms(50), s.ms(95), s.ms(99), s.ms(100));
            met &= s.ms(99) < 30 && s.errors() == 0;
        }
        new TreeMap<>(failures).forEach((what, n) -> System.out.printf(Locale.ROOT, "    error: %s x%d%n", what,
                n.sum()));
        System.out.printf(Locale.ROOT, "aim p99 < 30 ms at %d/s with no errors: %s%n", rate, met ? "MET" : "NOT MET");
    }

    /**
     * Random main members (persons drawn uniformly among those up to the last one with claims) with a coverage
     * active today as the family's main person and at least one submitted claim of their own; with their newest
     * submitted claims.
     */
    private static List<Member> sampleMembers(Connection c, int count, int claimsPerMember, SplittableRandom random)
            throws SQLException {
        long min = BenchTimer.single(c, "select min(id) from person");
        long max = BenchTimer.single(c, "select max(person_id) from claim");
        LocalDate today = LocalDate.now(TEHRAN);
        List<Member> members = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (PreparedStatement who = c.prepareStatement("select p.national_id, k.membership_type from person p "
                + "join coverage v on v.person_id = p.id and v.main_person_id = p.id "
                + "join insurance_contract k on k.id = v.contract_id "
                + "where p.id = ? and v.start_date <= ? and v.end_date >= ? and k.start_date <= ? and k.end_date >= ? "
                + "order by v.id limit 1");
             PreparedStatement claims = c.prepareStatement("select id from claim where person_id = ? "
                     + "and state <> 'DRAFT' order by created_at desc, id desc limit ?")) {
            for (int tries = 0; members.size() < count && tries < count * 1000; tries++) {
                long person = random.nextLong(min, max + 1);
                if (!seen.add(person)) {
                    continue;
                }
                who.setLong(1, person);
                Date day = Date.valueOf(today);
                for (int i = 2; i <= 5; i++) {
                    who.setDate(i, day);
                }
                String nationalId;
                String type;
                try (ResultSet rs = who.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    nationalId = rs.getString(1);
                    type = rs.getString(2);
                }
                claims.setLong(1, person);
                claims.setInt(2, claimsPerMember);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = claims.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                if (!ids.isEmpty()) {
                    members.add(new Member(person, nationalId, type,
                            ids.stream().mapToLong(Long::longValue).toArray()));
                }
            }
        }
        if (members.size() < count) {
            throw new IllegalStateException("Only " + members.size() + " members with claims found");
        }
        return members;
    }

    /** An enabled member account with the bench's password for each (made, or its password set). */
    private static void giveAccounts(Connection c, List<Member> members, String password) throws SQLException {
        String hash = PasswordHasher.hash(password);
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        int made = 0;
        c.setAutoCommit(false);
        try (PreparedStatement update = c.prepareStatement("update user_account set password_hash = ?, "
                + "password_changed_at = ?, must_change_password = false, enabled = true where person_id = ?");
             PreparedStatement insert = c.prepareStatement("insert into user_account (id, username, person_id, role, "
                     + "display_name, password_hash, password_changed_at, must_change_password, enabled, created_at, "
                     + "version) values (?,?,?,'MEMBER',?,?,?,false,true,?,0)")) {
            for (Member m : members) {
                long person = m.personId;
                update.setString(1, hash);
                update.setTimestamp(2, now);
                update.setLong(3, person);
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, IdSequence.reserve(c, "user_account", 1));
                    insert.setString(2, m.nationalId);
                    insert.setLong(3, person);
                    insert.setString(4, "bench " + m.nationalId);
                    insert.setString(5, hash);
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.executeUpdate();
                    made++;
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        System.out.printf(Locale.ROOT, "%d accounts made, %d given the bench's password%n", made,
                members.size() - made);
    }

    /** Signs every member in ({@code POST /api/v1/auth/token}); returns when (System.nanoTime()). */
    private static long signIn(HttpClient http, String portal, List<Member> members, String password)
            throws Exception {
        long t = System.nanoTime();
        for (Member m : members) {
            String body = "{\"username\":\"" + m.nationalId + "\",\"password\":\"" + password
                    + "\",\"membershipType\":\"" + m.membershipType + "\",\"device\":\"bench\"}";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(portal + "/api/v1/auth/token"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(r.body());
            if (r.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Sign-in of " + m.nationalId + " answered " + r.statusCode() + ": "
                        + r.body());
            }
            m.bearer = token.group(1);
        }
        System.out.printf(Locale.ROOT, "%d members signed in in %.1f s%n", members.size(),
                (System.nanoTime() - t) / 1e9);
        return t;
    }
}
