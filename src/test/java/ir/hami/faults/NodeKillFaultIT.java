package ir.hami.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.api.ApiClient;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import ir.hami.testing.cluster.Cluster;
import ir.hami.testing.cluster.PrivateMariaDb;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A portal node dies ({@code kill -9}) under a member, and nothing is lost: two real nodes sharing Payara's data grid
 * behind HAProxy, on a MariaDB server of the test's own ({@link PrivateMariaDb}). One cluster for the three faults
 * (each node takes minutes to start on a loaded machine), in this order:
 * <ol>
 * <li>the member is in the claim wizard in headless Chromium; the node named by the {@code HAMINODE} cookie is
 * killed; "next" is answered by the other node, the member still logged in, the typed data and the view state
 * intact (the next step shows; going back shows what was typed);</li>
 * <li>the killed node is started again: it rejoins the grid ({@code DG Size: 2}), serves the session made before it
 * died, and Flyway adds no row to {@code flyway_schema_history};</li>
 * <li>an image upload of the members' API is in flight on a node when it is killed; retried with the same
 * {@code Idempotency-Key} through the balancer; the node is started again and killed once more while the submit is
 * in flight on it, and the submit retried: exactly one claim with every accepted image, each
 * image stored once and whole (checked in the database).</li>
 * </ol>
 * Prints its timings. Run: {@code mvn -Pcluster verify -Dit.test=NodeKillFaultIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeKillFaultIT {

    private static final String PASSWORD = "Member@1405";
    private static final String IBAN = "IR062960000000100324200001";
    /** V15's catalogue: service type 1 visit, service 1 GP visit (invoice mandatory); document types 1 invoice, 9 other. */
    private static final long VISIT = 1;
    private static final long GP_VISIT = 1;
    private static final long INVOICE = 1;
    private static final long OTHER = 9;
    private static final long PROVINCE = 1;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    private static PrivateMariaDb db;
    private static Cluster cluster;
    private static TestData data;
    private static long flywayRowsAtStart;
    private static long clusterStartMs;

    /** Test 1's browser, kept for test 2 (a session made before the restart). */
    private static Browser browser;
    private static String killedNode;

    @BeforeAll
    static void start() {
        db = PrivateMariaDb.in(Path.of(System.getProperty("hami.target", "target"), "faults", "node-kill"));
        db.start();
        long t = System.nanoTime();
        cluster = Cluster.builder().nodes(2)
                .database("com.mysql.cj.jdbc.MysqlDataSource", db.jdbcUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD)
                .directOptions("&useServerPrepStmts=true&cachePrepStmts=true")
                .testSwitches()
                .property("hami.demo.data", "false")
                .property("hami.api.rate-per-second", "100000")
                .property("hami.api.member.rate-per-second", "100000")
                .start();
        clusterStartMs = ms(t);
        data = TestData.on(db.jdbcUrl(), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD);
        flywayRowsAtStart = count("select count(*) from flyway_schema_history");
        System.out.printf("%n=== NodeKillFaultIT: two nodes and HAProxy ready in %d ms (%s); %d Flyway rows%n",
                clusterStartMs, Instant.now(), flywayRowsAtStart);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (db != null) {
            db.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ 1

    @Test
    @Order(1)
    void aNodeKilledInTheClaimWizardLosesNothing() {
        TestData.Member member = family().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
        long city = ((Number) data.queryValue("select min(id) from city")).longValue();
        String centerName = TestData.unique("درمانگاه گره ");
        data.center(centerName, city).create();
        String province = (String) data.queryValue("select min(name) from province");

        browser = new Browser(cluster.url());
        Logins.member(browser, member.nationalId(), PASSWORD);
        browser.open("/member/claim-new.xhtml");
        step(1, 30);
        browser.type("claimForm:serviceDate", Jalali.format(LocalDate.now().minusDays(3)));
        browser.click("claimForm:next1");
        step(2, 30);
        long claim = claimId();

        // step 2 typed, not yet sent
        browser.choose("claimForm:province", province);
        browser.type("claimForm:center_input", centerName.substring(0, 12));
        browser.waitFor(By.xpath("//*[@id='claimForm:center_panel']//li[contains(.,'" + centerName + "')]")).click();
        browser.waitForLoad();
        browser.choose("claimForm:serviceType", "ویزیت پزشک");
        browser.waitForLoad();
        browser.choose("claimForm:service", "ویزیت پزشک عمومی");
        browser.choose("claimForm:basic", "بیمه سلامت");
        browser.driver().findElement(By.xpath("//label[@for='claimForm:prescription:1']")).click();
        browser.waitForLoad();
        browser.type("claimForm:council", "۱۲۳۴۵");
        browser.type("claimForm:description", "ویزیت پیش از مرگ گره");
        browser.type("claimForm:amount", "۲۵۰۰۰۰۰");

        String node = nodeCookie();
        assertNotNull(node, "HAProxy set no " + Cluster.NODE_COOKIE + " cookie");
        Cluster.Node victim = cluster.nodeNamed(node);
        long t = System.nanoTime();
        victim.kill();
        long deadAt = ms(t);
        killedNode = node;
        assertFalse(victim.isAlive());

        browser.click("claimForm:next2");
        step(3, 180);
        long answeredAt = ms(t);
        String other = nodeCookie();
        assertFalse(node.equals(other), "still on the killed node " + node + "?");
        assertFalse(browser.driver().findElements(By.id("currentUser")).isEmpty(), "no longer logged in");
        assertEquals(claim, claimId(), "another draft");
        assertTrue(browser.pageText().contains("اصل صورتحساب یا فاکتور"), "step 3 without the draft's service");

        // back to step 2: what was typed is there
        browser.click("claimFiles:back3");
        step(2, 60);
        assertEquals("ویزیت پیش از مرگ گره", browser.find("claimForm:description").getDomProperty("value"));
        assertEquals("2500000", PersianText.normalizeDigits(browser.find("claimForm:amount").getDomProperty("value"))
                .replaceAll("\\D", ""));
        assertEquals("12345", PersianText.normalizeDigits(browser.find("claimForm:council").getDomProperty("value")));
        assertEquals(2_500_000L, ((Number) data.queryValue("select requested_amount from claim where id = ?", claim))
                .longValue());
        System.out.printf("%n=== NodeKillFaultIT wizard (%s): kill -9 of %s took %d ms; step 3 shown by %s %d ms "
                + "after the kill began; logged in, draft %d, step 2's values back%n", Instant.now(), node, deadAt,
                other, answeredAt, claim);
    }

    // ------------------------------------------------------------------------------------------------ 2

    @Test
    @Order(2)
    void aRestartedNodeRejoinsAndServesTheSessionsMadeBefore() throws Exception {
        Cluster.Node node = cluster.nodeNamed(killedNode != null ? killedNode : "node1");
        if (node.isAlive()) {
            node.kill();
        }
        if (browser == null) {
            TestData.Member member = family().main();
            data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
            browser = new Browser(cluster.url());
            Logins.member(browser, member.nationalId(), PASSWORD);
        }
        String cookies = browser.driver().manage().getCookies().stream()
                .filter(c -> !c.getName().equals(Cluster.NODE_COOKIE))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));

        // the survivor saw the grid shrink (its log, unlike the restarted node's, is not appended to)
        Cluster.Node survivor = cluster.nodes().stream().filter(n -> n != node).findFirst().orElseThrow();
        long wait = System.currentTimeMillis() + 60_000;
        while (survivor.lastGridSize() != 1 && System.currentTimeMillis() < wait) {
            sleep(200);
        }
        assertEquals(1, survivor.lastGridSize(), survivor.name() + " did not see the grid shrink");

        long t = System.nanoTime();
        node.start();
        node.awaitReady();
        long readyAt = ms(t);
        cluster.awaitGridSize(2);
        long gridAt = ms(t);
        assertEquals(2, node.lastGridSize());
        assertEquals(2, survivor.lastGridSize());

        // the session made before the restart, asked of the restarted node itself (past the balancer)
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/member/home.xhtml"))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long sessionAt = ms(t);
        assertEquals(200, home.statusCode(), "the restarted node refuses the session: " + home.headers().map());
        assertTrue(home.body().contains("id=\"currentUser\""), "not the member's page");
        // and in the browser, sent to it by the cookie
        browser.driver().manage().deleteCookieNamed(Cluster.NODE_COOKIE);
        browser.driver().manage().addCookie(new Cookie(Cluster.NODE_COOKIE, node.name(), "/"));
        browser.open("/member/home.xhtml");
        assertTrue(browser.currentPath().startsWith("/member/home.xhtml"), browser.currentPath());
        assertFalse(browser.driver().findElements(By.id("currentUser")).isEmpty(), "logged out");
        assertEquals(node.name(), nodeCookie());

        long flywayRows = count("select count(*) from flyway_schema_history");
        assertEquals(flywayRowsAtStart, flywayRows, "the restart added Flyway rows");
        System.out.printf("%n=== NodeKillFaultIT restart (%s): %s started again, ready after %d ms, grid of 2 after "
                + "%d ms, the session of before served by it at %d ms; Flyway rows %d before, %d after%n",
                Instant.now(), node.name(), readyAt, gridAt, sessionAt, flywayRowsAtStart, flywayRows);
    }

    // ------------------------------------------------------------------------------------------------ 3

    @Test
    @Order(3)
    void aNodeKilledDuringAnUploadMakesOneClaimWithEveryImage() throws Exception {
        TestData.Family family = family();
        TestData.Member main = family.main();
        data.update("update person set iban = ? where id = ?", IBAN, main.personId());
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        long contract = ((Number) data.queryValue("select min(contract_id) from coverage where person_id = ?",
                main.personId())).longValue();
        long center = data.center(TestData.unique("درمانگاه بارگذاری "), 160).create();
        URL base = new URL(cluster.url());
        ApiClient app = new ApiClient(base).header("X-Forwarded-For", "10.18.0." + (int) (Math.random() * 250))
                .login(main.nationalId(), PASSWORD);

        ApiClient.Answer started = app.post("/api/v1/me/claim-drafts", json(Json.createObjectBuilder()
                .add("personId", main.personId()).add("contractId", contract)
                .add("serviceDate", TODAY.minusDays(3).toString())), "Idempotency-Key", key());
        assertEquals(201, started.status(), started.toString());
        long claim = started.json().getJsonNumber("id").longValue();
        ApiClient.Answer described = app.put("/api/v1/me/claim-drafts/" + claim + "/details", json(
                Json.createObjectBuilder().add("version", version(claim)).add("provinceId", PROVINCE)
                        .add("centerId", center).add("amount", 3_000_000L).add("serviceTypeId", VISIT)
                        .add("serviceId", GP_VISIT).add("basicInsurance", "SALAMAT").add("councilCode", "12345")
                        .add("ePrescription", false).add("description", "ویزیت")));
        assertEquals(200, described.status(), described.toString());
        byte[] invoice = SampleFiles.jpeg(400_000);
        invoice[invoice.length - 1] = 1;
        ApiClient.Answer first = upload(app, claim, INVOICE, invoice, "invoice.jpg", key());
        assertEquals(201, first.status(), first.toString());

        // the second image, 6 MB, sent to one node (the balancer's cookie); the node is killed meanwhile
        assertTrue(cluster.nodes().stream().allMatch(Cluster.Node::isAlive), "both nodes should run");
        Cluster.Node victim = cluster.node(2);
        ApiClient pinned = new ApiClient(base).token(app.accessToken())
                .header("X-Forwarded-For", "10.18.1." + (int) (Math.random() * 250))
                .header("Cookie", Cluster.NODE_COOKIE + "=" + victim.name());
        byte[] photo = SampleFiles.jpeg(6 * 1024 * 1024);
        photo[photo.length - 1] = 2;
        String photoKey = key();
        long t = System.nanoTime();
        CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                ApiClient.Answer a = upload(pinned, claim, OTHER, photo, "photo.jpg", photoKey);
                return a.status() + " " + (a.status() == 201 ? "" : a.body().substring(0, Math.min(200,
                        a.body().length())));
            } catch (RuntimeException e) {
                return "no answer: " + e.getCause();
            }
        });
        sleep(150);
        long killAt = ms(t);
        victim.kill();
        long deadAt = ms(t);
        String firstTry = inFlight.get(120, TimeUnit.SECONDS);
        long firstTryAt = ms(t);
        long storedBeforeRetry = count("select count(*) from claim_document where claim_id = ?", claim);

        ApiClient.Answer retry = upload(app, claim, OTHER, photo, "photo.jpg", photoKey);
        long retryAt = ms(t);
        assertTrue(retry.status() == 201 || retry.status() == 200, retry.toString());
        ApiClient.Answer again = upload(app, claim, OTHER, photo, "photo.jpg", photoKey);
        assertEquals(retry.json().getJsonNumber("id").longValue(), again.json().getJsonNumber("id").longValue(),
                "a second retry made another image");

        // steps 3 to 5 through the survivor; the submit repeated answers the same claim
        ApiClient.Answer done = app.post("/api/v1/me/claim-drafts/" + claim + "/documents/done",
                json(Json.createObjectBuilder().add("version", version(claim))));
        assertEquals(200, done.status(), done.toString());
        assertEquals(200, app.post("/api/v1/me/claim-drafts/" + claim + "/code", "").status());
        ApiClient.Answer confirmed = app.post("/api/v1/me/claim-drafts/" + claim + "/code/confirm",
                json(Json.createObjectBuilder().add("code", lastCode(main.mobile()))));
        assertEquals(200, confirmed.status(), confirmed.toString());
        // the node killed again, during the submit this time: started again, then the submit sent to it
        long restart = System.nanoTime();
        victim.start();
        victim.awaitReady();
        cluster.awaitGridSize(2);
        long restartedMs = ms(restart);
        ApiClient pinnedAgain = new ApiClient(base).token(app.accessToken())
                .header("X-Forwarded-For", "10.18.2." + (int) (Math.random() * 250))
                .header("Cookie", Cluster.NODE_COOKIE + "=" + victim.name());
        long version = version(claim);
        long s = System.nanoTime();
        CompletableFuture<String> submitInFlight = CompletableFuture.supplyAsync(() -> {
            try {
                ApiClient.Answer a = pinnedAgain.post("/api/v1/me/claim-drafts/" + claim + "/submit",
                        json(Json.createObjectBuilder().add("version", version)));
                return a.status() + " " + (a.status() == 200 ? a.json().getString("trackingCode")
                        : a.body().substring(0, Math.min(200, a.body().length())));
            } catch (RuntimeException e) {
                return "no answer: " + e.getCause();
            }
        });
        sleep(50);
        long submitKillAt = ms(s);
        victim.kill();
        String submitFirstTry = submitInFlight.get(120, TimeUnit.SECONDS);
        long submitFirstTryAt = ms(s);
        Object stateBeforeRetry = data.queryValue("select state from claim where id = ?", claim);
        ApiClient.Answer submitted = app.post("/api/v1/me/claim-drafts/" + claim + "/submit",
                json(Json.createObjectBuilder().add("version", version(claim))));
        long submitRetryAt = ms(s);
        assertEquals(200, submitted.status(), submitted.toString());
        if (submitFirstTry.startsWith("200 ")) {
            assertEquals(submitFirstTry.substring(4).strip(), submitted.json().getString("trackingCode"));
        }
        ApiClient.Answer twice = app.post("/api/v1/me/claim-drafts/" + claim + "/submit",
                json(Json.createObjectBuilder().add("version", 0L)));
        assertEquals(submitted.json().getString("trackingCode"), twice.json().getString("trackingCode"));

        // the database: one claim, two images, each whole and stored once
        assertEquals(1L, count("select count(*) from claim where person_id = ?", main.personId()));
        assertEquals("REGISTERED", data.queryValue("select state from claim where id = ?", claim));
        assertEquals(1L, count("select count(*) from claim_event where claim_id = ? and action = 'SUBMITTED'", claim));
        assertEquals(2L, count("select count(*) from claim_document where claim_id = ?", claim));
        for (byte[] image : new byte[][] {invoice, photo}) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image));
            assertEquals(1L, count("select count(*) from claim_document where claim_id = ? and sha256 = ?", claim, sha),
                    "claim_document rows of one image");
            assertEquals(1L, count("select count(*) from stored_file where sha256 = ?", sha),
                    "stored_file rows of one image (a half-written upload would leave a second)");
            assertEquals(1L, count("select count(*) from stored_file f join claim_document d on d.file_id = f.id "
                    + "where d.claim_id = ? and f.sha256 = ? and f.size_bytes = ? and length(f.data) = ?",
                    claim, sha, image.length, image.length), "the stored image is not whole");
        }
        System.out.printf("%n=== NodeKillFaultIT upload (%s): 6 MB upload to %s sent at 0 ms, kill -9 at %d ms "
                        + "(dead at %d ms); the first try got \"%s\" at %d ms, %d image(s) stored then; the retry "
                        + "with the same key answered %d at %d ms; submitted as %s: 1 claim, 2 images, each stored "
                        + "once and whole%n", Instant.now(), victim.name(), killAt, deadAt, firstTry.strip(),
                firstTryAt, storedBeforeRetry, retry.status(), retryAt, submitted.json().getString("trackingCode"));
        System.out.printf("=== NodeKillFaultIT submit: %s started again and in the grid after %d ms; submit sent to "
                        + "it at 0 ms, kill -9 at %d ms; the first try got \"%s\" at %d ms, the claim was %s then; "
                        + "the retry answered %d with %s at %d ms; one SUBMITTED event%n", victim.name(), restartedMs,
                submitKillAt, submitFirstTry.strip(), submitFirstTryAt, stateBeforeRetry, submitted.status(),
                submitted.json().getString("trackingCode"), submitRetryAt);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static TestData.Family family() {
        long insurer = data.insurer(TestData.unique("بیمه گره"));
        long contract = data.contract(insurer, data.policyholder(TestData.unique("کارفرما")))
                .cover("درمان", 500_000_000L, 10).create();
        return data.family(contract).dependents(1).create();
    }

    private static ApiClient.Answer upload(ApiClient app, long claim, long type, byte[] image, String name,
                                           String key) {
        return app.postBytes("/api/v1/me/claim-drafts/" + claim + "/documents?documentTypeId=" + type, "image/jpeg",
                image, "Idempotency-Key", key, "X-File-Name", name);
    }

    private static String json(JsonObjectBuilder b) {
        return b.build().toString();
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }

    private static long version(long claim) {
        return count("select version from claim where id = ?", claim);
    }

    private static long count(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    private static String lastCode(String mobile) {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc",
                mobile);
        assertNotNull(sms, "no SMS to the main member");
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private static String nodeCookie() {
        Cookie c = browser.driver().manage().getCookieNamed(Cluster.NODE_COOKIE);
        return c == null ? null : c.getValue();
    }

    private static void step(int n, int seconds) {
        String text = "مرحله " + PersianText.toPersianDigits(String.valueOf(n)) + " از ۵";
        new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds)).pollingEvery(Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> browser.pageText().contains(text));
        browser.waitForLoad();
    }

    private static long claimId() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(m.find(), browser.driver().getCurrentUrl());
        return Long.parseLong(m.group(1));
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
