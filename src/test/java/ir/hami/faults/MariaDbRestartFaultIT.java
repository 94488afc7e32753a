package ir.hami.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.api.ApiClient;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import ir.hami.testing.cluster.PortalProcess;
import ir.hami.testing.cluster.PrivateMariaDb;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB killed ({@code kill -9}) and started again while clients keep working: one portal node on a private
 * MariaDB ({@link PrivateMariaDb}); threads call the eligibility API with a centre's key, open a logged-in member's
 * home page (its announcements and notifications are read on every request; the family page is not used, it answers
 * from the session), and create message threads through the members' API (a write with an
 * {@code Idempotency-Key}).
 * <ul>
 * <li>During the outage every answer is a "try again": the page 503 with the Persian page and {@code Retry-After},
 * the APIs 503 {@code application/problem+json} with {@code Retry-After}; never a 500, never a stack trace.</li>
 * <li>After the database is back the portal answers again by itself (no restart of the node).</li>
 * <li>Nothing answered "done" is lost: every 200 of the eligibility API has its audit row, every 201 of a message
 * its thread.</li>
 * </ul>
 * Prints the outage's timeline. Run: {@code mvn -Pcluster verify -Dit.test=MariaDbRestartFaultIT}.
 */
class MariaDbRestartFaultIT {

    private static final String PASSWORD = "Member@1405";
    private static final int THREADS_PER_KIND = 2;
    private static final long BEFORE_MS = 8_000;
    private static final long OUTAGE_MS = 10_000;
    private static final long AFTER_MS = 20_000;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A stack frame as a trace prints it. */
    private static final java.util.regex.Pattern FRAME =
            java.util.regex.Pattern.compile("\\bat (ir\\.hami|jakarta|java|org|com)\\.[\\w.$]+\\(");

    private static PrivateMariaDb db;
    private static PortalProcess portal;

    /** One answer: when (ms since the load began), to what, how. */
    record Answer(String kind, long atMs, int status, String type, String retryAfter, String note, String body) {
        Answer(String kind, long atMs, int status, String type, String retryAfter, String note) {
            this(kind, atMs, status, type, retryAfter, note, null);
        }

        @Override
        public String toString() {
            return kind + " at " + atMs + " ms: " + status + " " + type + " Retry-After=" + retryAfter + " " + note;
        }

        boolean good() {
            return status == 200 || status == 201;
        }
    }

    @BeforeAll
    static void start() {
        db = PrivateMariaDb.in(Path.of(System.getProperty("hami.target", "target"), "faults", "mariadb-restart"));
        db.start();
        portal = new PortalProcess("fault-mariadb-portal", db.jdbcUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD,
                Map.of("hami.api.rate-per-second", "100000", "hami.api.member.rate-per-second", "100000"));
        portal.start();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theDatabaseRestartsUnderLoadAndNothingAnsweredDoneIsLost() throws Exception {
        TestData data = TestData.on(db.jdbcUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD);
        long insurer = data.insurer(TestData.unique("بیمه خطا"));
        long contract = data.contract(insurer, data.policyholder(TestData.unique("کارفرما")))
                .cover("بستری", 500_000_000L, 10).create();
        TestData.Member member = data.family(contract).dependents(1).create().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
        long center = data.center(TestData.unique("مرکز خطا"));
        String apiKey = data.apiKey(center, false);

        String cookies;
        try (Browser browser = new Browser(portal.baseUrl())) {
            Logins.member(browser, member.nationalId(), PASSWORD);
            cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
        }
        ApiClient app = new ApiClient(new URL(portal.baseUrl())).login(member.nationalId(), PASSWORD);

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> threadsCreated = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(3 * THREADS_PER_KIND);
        for (int i = 0; i < THREADS_PER_KIND; i++) {
            pool.submit(loop("eligibility-api", t0, running, () -> eligibility(member.nationalId(), apiKey, t0), answers));
            pool.submit(loop("home-page", t0, running, () -> homePage(cookies, t0), answers));
            pool.submit(loop("message-api", t0, running, () -> message(app, insurer, t0, threadsCreated), answers));
        }

        sleep(BEFORE_MS);
        long killAt = ms(t0);
        db.kill();
        long killedAt = ms(t0);
        sleep(OUTAGE_MS);
        long startAt = ms(t0);
        db.start();
        long upAt = ms(t0);
        sleep(AFTER_MS);
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "clients did not stop");
        long endAt = ms(t0);

        List<Answer> all = new ArrayList<>(answers);
        all.sort((a, b) -> Long.compare(a.atMs(), b.atMs()));
        StringBuilder report = new StringBuilder("\n=== MariaDB restart under load (")
                .append(java.time.Instant.now()).append(")\n")
                .append(String.format("kill -9 of mariadbd at %d ms (dead at %d ms); started again at %d ms, "
                        + "taking connections at %d ms; load stopped at %d ms%n", killAt, killedAt, startAt, upAt, endAt));
        for (String kind : List.of("eligibility-api", "home-page", "message-api")) {
            List<Answer> mine = all.stream().filter(a -> a.kind().equals(kind)).toList();
            Map<String, Long> byStatus = new TreeMap<>(mine.stream()
                    .collect(Collectors.groupingBy(a -> String.valueOf(a.status()), Collectors.counting())));
            Long firstBad = mine.stream().filter(a -> !a.good()).map(Answer::atMs).findFirst().orElse(null);
            Long lastBad = mine.stream().filter(a -> !a.good()).map(Answer::atMs).reduce((a, b) -> b).orElse(null);
            Long firstGoodAfter = lastBad == null ? null : mine.stream()
                    .filter(a -> a.good() && a.atMs() > lastBad).map(Answer::atMs).findFirst().orElse(null);
            report.append(String.format("%-16s %s; first refusal at %s ms, last at %s ms, first good answer after "
                    + "it at %s ms (%s ms after mariadbd took connections)%n", kind, byStatus, firstBad, lastBad,
                    firstGoodAfter, firstGoodAfter == null ? "-" : String.valueOf(firstGoodAfter - upAt)));
        }
        System.out.println(report);

        // nothing answered "done" is missing
        long checksAnswered = all.stream().filter(a -> a.kind().equals("eligibility-api") && a.status() == 200).count();
        Object stored = data.queryValueSoon(checksAnswered,
                "select count(*) from eligibility_check where center_id = ?", center);
        assertEquals(checksAnswered, ((Number) stored).longValue(), "eligibility checks answered vs audit rows");
        long messagesAnswered = all.stream().filter(a -> a.kind().equals("message-api") && a.status() == 201).count();
        assertEquals(messagesAnswered, threadsCreated.size());
        assertEquals(messagesAnswered, ((Number) data.queryValue(
                "select count(*) from message_thread where sender_person_id = ?", member.personId())).longValue(),
                "message threads answered 201 vs stored");
        for (Long id : threadsCreated) {
            assertEquals(1L, ((Number) data.queryValue("select count(*) from message_thread where id = ?", id))
                    .longValue(), "thread " + id + " answered 201 but not stored");
        }
        System.out.printf("=== done answers kept: %d eligibility checks = %d audit rows; %d messages = %d threads%n",
                checksAnswered, stored, messagesAnswered, threadsCreated.size());

        // every refusal is a clean "try again"; no 500, no stack trace, no hung request
        List<Answer> wrong = all.stream().filter(a -> !a.good() && !cleanRetry(a)).toList();
        Path bodies = Path.of(System.getProperty("hami.target", "target"), "faults", "mariadb-restart-answers");
        java.nio.file.Files.createDirectories(bodies);
        for (Answer a : all) {
            if (a.body() != null) {
                java.nio.file.Files.writeString(bodies.resolve(a.kind() + "-" + a.atMs() + "-" + a.status() + ".txt"),
                        a.body());
            }
        }
        assertTrue(wrong.isEmpty(), "answers that are neither good nor a clean 503: "
                + wrong.subList(0, Math.min(10, wrong.size())));
        for (String kind : List.of("eligibility-api", "home-page", "message-api")) {
            List<Answer> mine = all.stream().filter(a -> a.kind().equals(kind)).toList();
            assertTrue(mine.stream().anyMatch(a -> a.status() == 503), kind + " was never refused: no outage seen");
            // serving again by itself: the last ten seconds are all good
            List<Answer> tail = mine.stream().filter(a -> a.atMs() > endAt - 10_000).toList();
            assertTrue(!tail.isEmpty() && tail.stream().allMatch(Answer::good),
                    kind + " does not serve again after the restart: " + tail.stream().filter(a -> !a.good())
                            .limit(5).toList());
        }

    }

    /** A 503 with Retry-After: the API's as problem+json, the page's as the Persian "try again" page. */
    private static boolean cleanRetry(Answer a) {
        if (a.status() != 503 || a.retryAfter() == null || "stacktrace".equals(a.note())) {
            return false;
        }
        return a.kind().equals("home-page") ? a.type().startsWith("text/html") && "persian".equals(a.note())
                : a.type().startsWith("application/problem+json");
    }

    private interface Call {
        Answer call() throws Exception;
    }

    private static Runnable loop(String kind, long t0, AtomicBoolean running, Call call,
                                 ConcurrentLinkedQueue<Answer> answers) {
        return () -> {
            while (running.get()) {
                try {
                    answers.add(call.call());
                } catch (Exception e) {
                    answers.add(new Answer(kind, ms(t0), -1, "", null, e.toString()));
                }
                sleep(50);
            }
        };
    }

    private static Answer eligibility(String nationalId, String key, long t0) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl()
                        + "/api/v1/eligibility/" + nationalId)).header("X-Api-Key", key)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer("eligibility-api", t0, r);
    }

    private static Answer homePage(String cookies, long t0) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/member/home.xhtml"))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Answer a = answer("home-page", t0, r);
        if (r.statusCode() == 200 && !r.body().contains("currentUser")) {
            return new Answer(a.kind(), a.atMs(), 299, a.type(), a.retryAfter(), "not the member's page", r.body());
        }
        return a;
    }

    private static Answer message(ApiClient app, long insurer, long t0, ConcurrentLinkedQueue<Long> created) {
        String body = "{\"insurerId\":" + insurer + ",\"unit\":\"REFERRAL\",\"subject\":\"آزمون قطعی\","
                + "\"body\":\"پیام در هنگام راه‌اندازی دوباره پایگاه داده\"}";
        ApiClient.Answer r = app.post("/api/v1/me/messages", body, "Idempotency-Key", "fault-" + UUID.randomUUID());
        if (r.status() == 201) {
            created.add(r.json().getJsonNumber("threadId").longValue());
        }
        String type = r.header("content-type");
        return new Answer("message-api", ms(t0), r.status(), type == null ? "" : type, r.header("retry-after"),
                note(r.body()), r.status() == 201 ? null : r.body());
    }

    private static Answer answer(String kind, long t0, HttpResponse<String> r) {
        boolean good = r.statusCode() == 200 || r.statusCode() == 201;
        return new Answer(kind, ms(t0), r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Retry-After").orElse(null), note(r.body()), good ? null : r.body());
    }

    /** What the body says: a stack trace leaked, the Persian "try again" text, or nothing special. */
    private static String note(String body) {
        if (body.contains("Caused by:") || body.contains("\tat ") || FRAME.matcher(body).find()) {
            return "stacktrace";
        }
        if (body.contains("سامانه لحظاتی در دسترس نیست")) {
            return "persian";
        }
        return "";
    }

    private static long ms(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
