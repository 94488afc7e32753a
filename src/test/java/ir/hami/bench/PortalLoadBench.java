package ir.hami.bench;

import ir.hami.testing.cluster.Cluster;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many people at once on the real pages: logged-in members browsing (home, family, claims list and a claim's
 * details, the centres page and a search on it, referral list) and staff working their queues (the assessor's queue
 * and a claim of it, the referral unit's queue and a request of it), each virtual user with its own cookies and
 * keep-alive connection, logging in like a person (GET the login page, POST the form with its ViewState and the
 * captcha answer the bench portal reveals), then visiting pages with a think time between them. Each phase runs
 * against one base URL (one node, or the balancer in front of two): a warm-up (logins, ramp-up), then a measured
 * phase, and prints per page count, rate, p50/p95/p99/max and errors, and the CPU the processes used.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" ir.hami.bench.PortalLoadBench \
 *     db.url='jdbc:mysql://127.0.0.1:3306/hami_bench_load?useSSL=false&amp;allowPublicKeyRetrieval=true' \
 *     phases='one node=http://127.0.0.1:8092' users=200
 * </pre>
 *
 * With {@code cluster=2} the bench starts the portal itself ({@link Cluster}: two Payara Micro nodes in one
 * Hazelcast grid behind HAProxy, on {@code db.url}) and runs phase A on node 1's own address, then phase B through
 * the balancer ({@code phases.only=one|two} runs one of them; {@code heap}, default {@code -Xmx1g}).
 *
 * Options: {@code phases} ({@code name=url} separated by {@code ;}), {@code users} (members, 200), {@code heavy}
 * (of them among the persons with the most claims, 10), {@code assessors} (2), {@code referral} (2),
 * {@code think.min}/{@code think.max} (ms, 1000/3000), {@code rampup}, {@code warmup}, {@code measure} (seconds,
 * 60/90/120: logins are spread over the ramp-up, the warm-up includes it), {@code pids.<phase name>} (portal pids,
 * comma-separated, for the CPU figures; the database server is found by itself), {@code timeout} (s, 60: a
 * response slower than that is an error), {@code logins.parallel} (4 logins at most at once), {@code password}, {@code seed}.
 * An error is any status but 200 at the end of the redirects, a page without the logged-in user's menu (the login
 * page served instead), the error page, or an Ajax reply with an error or a redirect.
 */
public final class PortalLoadBench {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern ENTER = Pattern.compile("<a[^>]*id=\"enterPortal\"[^>]*href=\"([^\"]*)\"|"
            + "<a[^>]*href=\"([^\"]*)\"[^>]*id=\"enterPortal\"");
    private static final Pattern CAPTCHA = Pattern.compile("id=\"loginForm:captchaAnswer\"[^>]*>([^<]*)<");
    private static final Pattern MEMBER_CLAIM = Pattern.compile("/member/claim\\.xhtml\\?id=(\\d+)");
    private static final Pattern STAFF_CLAIM = Pattern.compile("/staff/claims/claim\\.xhtml\\?id=(\\d+)");
    private static final Pattern UNIT_REQUEST = Pattern.compile("/staff/referral/request\\.xhtml\\?id=(\\d+)");
    private static final String LOGGED_IN = "id=\"currentUser\"";
    private static final String ERROR_PAGE = "id=\"errorTitle\"";

    private PortalLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        String url = options.get("db.url", "jdbc:mysql://127.0.0.1:3306/hami_bench_load?characterEncoding=UTF-8"
                + "&useSSL=false&allowPublicKeyRetrieval=true");
        String password = options.get("password", "Bench-Load-1405");
        int users = (int) options.getLong("users", 200);
        List<BenchAccounts.Login> logins;
        List<String> words;
        long claims;
        try (Connection c = DriverManager.getConnection(url, options.user(), options.password())) {
            long t = System.nanoTime();
            logins = BenchAccounts.prepare(c, password, users, (int) options.getLong("heavy", 10),
                    (int) options.getLong("assessors", 2), (int) options.getLong("referral", 2),
                    options.getLong("seed", 18));
            words = centreWords(c);
            claims = BenchTimer.single(c, "select count(*) from claim");
            System.out.printf(Locale.ROOT, "%s: %,d accounts ready in %.1f s; %,d members, %,d claims, %,d centres, "
                            + "%,d referral requests in %s%n", Instant.now(), logins.size(),
                    (System.nanoTime() - t) / 1e9, BenchTimer.single(c, "select count(*) from person"), claims,
                    BenchTimer.single(c, "select count(*) from treatment_center"),
                    BenchTimer.single(c, "select count(*) from referral_request"), url.replaceAll("\\?.*", ""));
        }
        // staff first: with logins queued at the start, the few staff users must not be the last to get in
        List<BenchAccounts.Login> ordered = new ArrayList<>(logins.stream().filter(l -> !"MEMBER".equals(l.role()))
                .toList());
        ordered.addAll(logins.stream().filter(l -> "MEMBER".equals(l.role())).toList());
        logins = ordered;
        int clusterNodes = (int) options.getLong("cluster", 0);
        if (clusterNodes > 0) {
            clusterPhases(clusterNodes, url, logins, words, options, password);
            return;
        }
        String phases = options.get("phases", "one node=http://127.0.0.1:8092");
        for (String phase : phases.split(";")) {
            int eq = phase.indexOf('=');
            String name = phase.substring(0, eq).trim();
            Map<String, Long> pids = new LinkedHashMap<>();
            String list = options.get("pids." + name, "");
            int n = 1;
            for (String pid : list.split(",")) {
                if (!pid.isBlank()) {
                    pids.put("portal " + n++, Long.parseLong(pid.trim()));
                }
            }
            run(name, URI.create(phase.substring(eq + 1).trim()), logins, words, pids, options, password);
        }
    }

    /**
     * Phase A and B in one invocation on {@link Cluster}'s nodes (Payara Micro with Hazelcast on loopback, HAProxy in
     * front) on the bench database: first every user on node 1 alone (its own address, node 2 idle in the grid),
     * then every user through the balancer, which spreads the new sessions over both nodes.
     */
    private static void clusterPhases(int nodes, String url, List<BenchAccounts.Login> logins, List<String> words,
                                      BenchOptions options, String password) throws Exception {
        long t = System.nanoTime();
        try (Cluster cluster = Cluster.builder().nodes(nodes)
                .database("com.mysql.cj.jdbc.MysqlDataSource", url, options.get("portal.db.user", "hami"),
                        options.get("portal.db.password", "hami"))
                .testSwitches().heap(options.get("heap", "-Xmx1g"))
                .startSeconds((int) options.getLong("start.seconds", 900)).start()) {
            System.out.printf(Locale.ROOT, "%s: %d nodes and HAProxy up in %.0f s (%s)%n", Instant.now(), nodes,
                    (System.nanoTime() - t) / 1e9, cluster.folder());
            Map<String, Long> all = new LinkedHashMap<>();
            for (Cluster.Node node : cluster.nodes()) {
                all.put(node.name(), node.pid());
                System.out.printf(Locale.ROOT, "  %s: %s, pid %d%n", node.name(), node.url(), node.pid());
            }
            String only = options.get("phases.only", "one,two");
            if (only.contains("one")) {
                Cluster.Node first = cluster.node(1);
                run("one node", URI.create(first.url()), logins, words, Map.of(first.name(), first.pid()), options,
                        password);
            }
            if (only.contains("two")) {
                run(nodes + " nodes behind HAProxy", URI.create(cluster.url()), logins, words, all, options,
                        password);
            }
        }
    }

    /** One phase: all users against {@code base}; prints its table. */
    static void run(String name, URI base, List<BenchAccounts.Login> logins, List<String> words,
                    Map<String, Long> portalPids, BenchOptions options, String password) throws Exception {
        long rampup = options.getLong("rampup", 60) * 1000;
        long warmup = options.getLong("warmup", 90) * 1000;
        long measure = options.getLong("measure", 120) * 1000;
        Stats stats = new Stats();
        Semaphore loginSlots = new Semaphore((int) options.getLong("logins.parallel", 4));
        Map<String, Long> pids = new LinkedHashMap<>(portalPids);
        Long db = databasePid();
        if (db != null) {
            pids.put("database", db);
        }
        pids.put("load generator", ProcessHandle.current().pid());
        ProcessCpu cpu = new ProcessCpu(pids);
        System.out.printf(Locale.ROOT, "%n== Phase \"%s\" at %s: %d users against %s; ramp-up %d s, warm-up %d s, "
                        + "measured %d s, think %d-%d ms; load average %s%n", name, Instant.now(), logins.size(),
                base, rampup / 1000, warmup / 1000, measure / 1000, options.getLong("think.min", 1000),
                options.getLong("think.max", 3000), loadAverage());
        long start = System.currentTimeMillis();
        List<Thread> threads = new ArrayList<>();
        List<VirtualUser> vus = new ArrayList<>();
        for (int i = 0; i < logins.size(); i++) {
            VirtualUser vu = new VirtualUser(base, logins.get(i), password, words, stats, loginSlots, options,
                    start + rampup * i / logins.size(), options.getLong("seed", 18) * 1000 + i);
            vus.add(vu);
            Thread t = new Thread(vu, "vu-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(Math.max(0, start + warmup - System.currentTimeMillis()));
        long measureStart = System.nanoTime();
        stats.open(measureStart);
        cpu.start();
        Thread.sleep(measure);
        long measureEnd = System.nanoTime();
        stats.close(measureEnd);
        double seconds = (measureEnd - measureStart) / 1e9;
        for (VirtualUser vu : vus) {
            vu.stop();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
        long requests = stats.print(name, seconds);
        cpu.print(requests, seconds);
        int loggedIn = 0;
        for (VirtualUser vu : vus) {
            loggedIn += vu.loggedIn ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "users logged in at the end: %d of %d%n", loggedIn, vus.size());
        for (Thread t : threads) {
            t.join(15_000);
        }
    }

    /** Words of centre names for the search: whole words and their first three letters. */
    private static List<String> centreWords(Connection c) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select name from treatment_center where id >= "
                + "(select min(id) from treatment_center) order by id limit 400");
             ResultSet rs = s.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                for (String w : rs.getString(1).split("\\s+")) {
                    if (w.length() >= 3 && n++ % 7 == 0) {
                        words.add(n % 2 == 0 ? w : w.substring(0, 3));
                    }
                }
            }
        }
        if (words.isEmpty()) {
            words.add("بیمارستان");
        }
        return words;
    }

    private static Long databasePid() {
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                String n = p.getFileName().toString();
                if (n.chars().allMatch(Character::isDigit)) {
                    try {
                        String comm = Files.readString(p.resolve("comm")).trim();
                        if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                            return Long.parseLong(n);
                        }
                    } catch (IOException e) {
                        // gone
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    // ------------------------------------------------------------------------------------------- statistics

    /** Latencies per page, kept only for requests that started inside the measured window. */
    static final class Stats {
        private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final Map<String, String> firstError = new ConcurrentHashMap<>();
        private volatile long from = Long.MAX_VALUE;
        private volatile long to = Long.MAX_VALUE;

        void open(long nanos) {
            from = nanos;
        }

        void close(long nanos) {
            to = nanos;
        }

        void record(String page, long startNanos, long nanos, String error) {
            if (startNanos < from || startNanos >= to) {
                if (error != null) {
                    firstError.putIfAbsent("(warm-up) " + page, error);
                }
                return;
            }
            List<Long> list = times.computeIfAbsent(page, k -> new ArrayList<>());
            synchronized (list) {
                list.add(nanos);
            }
            if (error != null) {
                errors.computeIfAbsent(page, k -> new AtomicLong()).incrementAndGet();
                firstError.putIfAbsent(page, error);
            }
        }

        long print(String phase, double seconds) {
            System.out.printf(Locale.ROOT, "%-22s %7s %7s %8s %8s %8s %8s %6s%n", "page (" + phase + ")", "count",
                    "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
            long total = 0;
            long totalErrors = 0;
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, List<Long>> e : new TreeMap<>(times).entrySet()) {
                long[] t;
                synchronized (e.getValue()) {
                    t = e.getValue().stream().mapToLong(Long::longValue).toArray();
                }
                all.addAll(e.getValue());
                long err = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
                line(e.getKey(), t, seconds, err);
                total += t.length;
                totalErrors += err;
            }
            line("all", all.stream().mapToLong(Long::longValue).toArray(), seconds, totalErrors);
            for (Map.Entry<String, String> e : new TreeMap<>(firstError).entrySet()) {
                System.out.println("  first error, " + e.getKey() + ": " + e.getValue());
            }
            return total;
        }

        private static void line(String name, long[] t, double seconds, long errors) {
            if (t.length == 0) {
                System.out.printf(Locale.ROOT, "%-22s %7d%n", name, 0);
                return;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-22s %7d %7.1f %8.1f %8.1f %8.1f %8.1f %6d%n", name, t.length,
                    t.length / seconds, BenchTimer.ms(BenchTimer.percentile(t, 50)),
                    BenchTimer.ms(BenchTimer.percentile(t, 95)), BenchTimer.ms(BenchTimer.percentile(t, 99)),
                    BenchTimer.ms(t[t.length - 1]), errors);
        }
    }

    // ------------------------------------------------------------------------------------------ virtual user

    /** One person: a cookie jar, a keep-alive connection, and a loop of page visits with think time. */
    static final class VirtualUser implements Runnable {
        private final KeepAliveClient client;
        private final BenchAccounts.Login login;
        private final String password;
        private final List<String> words;
        private final Stats stats;
        private final Semaphore loginSlots;
        private final long startAt;
        private final long thinkMin;
        private final long thinkMax;
        private final SplittableRandom random;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<Long> ids = new ArrayList<>();
        private volatile boolean running = true;
        volatile boolean loggedIn;
        private String lastError;

        VirtualUser(URI base, BenchAccounts.Login login, String password, List<String> words, Stats stats,
                    Semaphore loginSlots, BenchOptions options, long startAt, long seed) {
            this.client = new KeepAliveClient(base, (int) options.getLong("timeout", 60) * 1000);
            this.login = login;
            this.password = password;
            this.words = words;
            this.stats = stats;
            this.loginSlots = loginSlots;
            this.startAt = startAt;
            this.thinkMin = options.getLong("think.min", 1000);
            this.thinkMax = options.getLong("think.max", 3000);
            this.random = new SplittableRandom(seed);
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            try {
                Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
                while (running) {
                    if (!loggedIn) {
                        // a few logins at a time, as people arrive (each costs a PBKDF2 of 210,000 rounds)
                        loginSlots.acquire();
                        try {
                            loggedIn = timed("login", this::login);
                        } finally {
                            loginSlots.release();
                        }
                        if (!loggedIn) {
                            cookies.clear();
                        }
                    } else {
                        visit();
                    }
                    long think = thinkMin + (thinkMax > thinkMin ? random.nextLong(thinkMax - thinkMin) : 0);
                    Thread.sleep(think);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                client.close();
            }
        }

        private void visit() {
            int r = random.nextInt(100);
            switch (login.role()) {
                case "ASSESSOR" -> {
                    if (r < 40 || ids.isEmpty()) {
                        page("assessor queue", "/staff/claims/queue.xhtml", STAFF_CLAIM);
                    } else {
                        page("assessor claim", "/staff/claims/claim.xhtml?id=" + pick(), null);
                    }
                }
                case "REFERRAL" -> {
                    if (r < 40 || ids.isEmpty()) {
                        page("referral queue", "/staff/referral/queue.xhtml", UNIT_REQUEST);
                    } else {
                        page("referral request", "/staff/referral/request.xhtml?id=" + pick(), null);
                    }
                }
                default -> {
                    if (r < 15) {
                        page("member home", "/member/home.xhtml", null);
                    } else if (r < 25) {
                        page("family", "/member/family.xhtml", null);
                    } else if (r < 45 || (r < 65 && ids.isEmpty())) {
                        page("claims list", "/member/claims.xhtml", MEMBER_CLAIM);
                    } else if (r < 65) {
                        page("claim details", "/member/claim.xhtml?id=" + pick(), null);
                    } else if (r < 85) {
                        String body = page("centres page", "/member/centers.xhtml", null);
                        if (body != null && running) {
                            sleepQuietly(thinkMin / 2);
                            searchCentres(body);
                        }
                    } else {
                        page("referral list", "/member/referrals.xhtml", null);
                    }
                }
            }
        }

        private long pick() {
            return ids.get(random.nextInt(ids.size()));
        }

        /** GETs a page (following redirects), records it; returns the body when it was a good page. */
        private String page(String name, String path, Pattern links) {
            long t = System.nanoTime();
            String error;
            String body = null;
            try {
                KeepAliveClient.Reply reply = get(path);
                body = reply.body();
                error = check(reply);
                if (error == null && links != null) {
                    List<Long> found = new ArrayList<>();
                    Matcher m = links.matcher(body);
                    while (m.find()) {
                        found.add(Long.parseLong(m.group(1)));
                    }
                    if (!found.isEmpty()) {
                        ids.clear();
                        ids.addAll(found);
                    }
                }
            } catch (IOException | RuntimeException e) {
                error = e.toString();
            }
            stats.record(name, t, System.nanoTime() - t, error == null ? null : error + " (" + login.username()
                    + ", " + path + ")");
            if (error != null && error.startsWith("login page")) {
                loggedIn = false;
            }
            return error == null ? body : null;
        }

        private static String check(KeepAliveClient.Reply reply) {
            if (reply.status() != 200) {
                return "status " + reply.status() + (reply.location() == null ? "" : " to " + reply.location())
                        + (reply.body().contains(ERROR_PAGE) ? ": " + snippet(reply.body(), ERROR_PAGE) : "");
            }
            if (reply.body().contains(ERROR_PAGE)) {
                return "error page: " + snippet(reply.body(), ERROR_PAGE);
            }
            if (!reply.body().contains(LOGGED_IN)) {
                return reply.body().contains("id=\"loginForm\"") ? "login page served" : "page without the user menu";
            }
            return null;
        }

        /** The centres search as the page's Ajax button sends it: the form, its ViewState, a name typed. */
        private void searchCentres(String page) {
            long t = System.nanoTime();
            String error;
            try {
                String word = words.get(random.nextInt(words.size()));
                Map<String, String> form = new LinkedHashMap<>();
                form.put("jakarta.faces.partial.ajax", "true");
                form.put("jakarta.faces.source", "centersForm:searchButton");
                form.put("jakarta.faces.partial.execute", "centersForm");
                form.put("jakarta.faces.partial.render", "centersForm:centersTable centersForm:mapBlock");
                form.put("centersForm:searchButton", "centersForm:searchButton");
                form.put("centersForm", "centersForm");
                form.put("centersForm:name", word);
                form.put("centersForm:province_input", "");
                form.put("centersForm:city_input", "");
                form.put("centersForm:type_input", "");
                form.put("jakarta.faces.ViewState", viewState(page));
                nonce(page, form);
                KeepAliveClient.Reply reply = client.request("POST", "/member/centers.xhtml", cookieHeader(),
                        List.of("Faces-Request: partial/ajax", "X-Requested-With: XMLHttpRequest",
                                "Accept: application/xml, text/xml, */*; q=0.01"),
                        "application/x-www-form-urlencoded; charset=UTF-8", encode(form));
                keepCookies(reply);
                String body = reply.body();
                if (reply.status() != 200) {
                    error = "status " + reply.status();
                } else if (!body.contains("<partial-response")) {
                    error = "not a partial response: " + snippet(body, "<");
                } else if (body.contains("<error>") || body.contains("<redirect")) {
                    error = "Ajax error or redirect: " + snippet(body, "<partial-response");
                } else if (!body.contains("centersForm:centersTable")) {
                    error = "no table in the reply";
                } else {
                    error = null;
                }
            } catch (IOException | RuntimeException e) {
                error = e.toString();
            }
            stats.record("centres search", t, System.nanoTime() - t, error);
        }

        /** GET the login page, POST the form with the revealed captcha; true when a logged-in page came back. */
        private String login() throws IOException {
            cookies.clear();
            KeepAliveClient.Reply page = get("/login.xhtml");
            if (page.status() != 200) {
                return "login page status " + page.status();
            }
            Matcher captcha = CAPTCHA.matcher(page.body());
            if (!captcha.find()) {
                return "no revealed captcha on the login page (start the portal with -Dhami.captcha.reveal=true)";
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:username", login.username());
            form.put("loginForm:password", password);
            form.put("loginForm:membershipType_input", login.membershipType() == null ? "" : login.membershipType());
            form.put("loginForm:captcha", unescape(captcha.group(1).strip()));
            form.put("loginForm:next", "");
            form.put("loginForm:submit", "");
            form.put("jakarta.faces.ViewState", viewState(page.body()));
            nonce(page.body(), form);
            KeepAliveClient.Reply reply = client.request("POST", "/login.xhtml", cookieHeader(), List.of(),
                    "application/x-www-form-urlencoded", encode(form));
            keepCookies(reply);
            reply = follow(reply);
            // the portal greets on /welcome.xhtml, whose meta refresh then opens the user's home
            Matcher enter = ENTER.matcher(reply.body());
            if (reply.status() == 200 && reply.body().contains("id=\"welcomeTitle\"") && enter.find()) {
                reply = get(unescape(enter.group(1) != null ? enter.group(1) : enter.group(2)));
            }
            String error = check(reply);
            if (error != null && reply.body().contains("id=\"loginForm\"")) {
                error = "login refused: " + refusal(reply.body());
            }
            return error;
        }

        private boolean timed(String name, Step step) {
            long t = System.nanoTime();
            String error;
            try {
                error = step.run();
            } catch (IOException | RuntimeException e) {
                error = e.toString();
            }
            stats.record(name, t, System.nanoTime() - t, error == null ? null : error + " (" + login.username() + ")");
            lastError = error;
            return error == null;
        }

        private KeepAliveClient.Reply get(String path) throws IOException {
            KeepAliveClient.Reply reply = client.request("GET", path, cookieHeader(),
                    List.of("Accept: text/html"), null, null);
            keepCookies(reply);
            return follow(reply);
        }

        private KeepAliveClient.Reply follow(KeepAliveClient.Reply reply) throws IOException {
            for (int i = 0; i < 5 && reply.status() / 100 == 3 && reply.location() != null; i++) {
                String location = reply.location();
                URI uri = URI.create(location);
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                reply = client.request("GET", path, cookieHeader(), List.of("Accept: text/html"), null, null);
                keepCookies(reply);
            }
            return reply;
        }

        private String cookieHeader() {
            StringBuilder s = new StringBuilder();
            for (Map.Entry<String, String> c : cookies.entrySet()) {
                if (!s.isEmpty()) {
                    s.append("; ");
                }
                s.append(c.getKey()).append('=').append(c.getValue());
            }
            return s.toString();
        }

        private void keepCookies(KeepAliveClient.Reply reply) {
            for (String header : reply.cookies()) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                String lower = header.toLowerCase(Locale.ROOT);
                if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }

        private static void sleepQuietly(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private interface Step {
        String run() throws IOException;
    }

    static String viewState(String html) {
        Matcher input = VIEW_STATE.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("no ViewState in the page");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("no ViewState value");
        }
        return unescape(value.group(1));
    }

    /** PrimeFaces' CSP mode checks that a postback carries the page's nonce, as its script adds it to the form. */
    static void nonce(String html, Map<String, String> form) {
        Matcher m = NONCE.matcher(html);
        if (m.find()) {
            form.put("primefaces.nonce", m.group(1));
        }
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String encode(Map<String, String> form) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    /** The messages of a login page that came back: the global ones and those under the fields. */
    static String refusal(String body) {
        Matcher m = Pattern.compile("class=\"ui-messages?-error-(?:summary|detail)\"[^>]*>([^<]*)<|"
                + "class=\"ui-message-error-detail\"[^>]*>([^<]*)<").matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2)).append(" / ");
        }
        return out.isEmpty() ? "no message" : out.toString();
    }

    static String snippet(String body, String near) {
        int i = Math.max(0, body.indexOf(near));
        return body.substring(i, Math.min(body.length(), i + 160)).replaceAll("\\s+", " ");
    }
}
