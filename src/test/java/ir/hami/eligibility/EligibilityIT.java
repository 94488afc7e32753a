package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.Relation;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Deployments;
import ir.hami.testing.ItDatabase;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Eligibility rules, the audit trail and the API, on the real services, database and HTTP, in one deployment. */
@ExtendWith(ArquillianExtension.class)
class EligibilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    EligibilityService service;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));

    private TestData data() {
        return TestData.on(dataSource);
    }

    @Test
    void mainMemberAndDependentAreCoveredWithTheirCovers() {
        TestData data = data();
        long center = data.center("بیمارستان آزمون");
        long insurer = data.insurer("بیمه دانا آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت نفت آزمون"))
                .cover("بستری", 500_000_000L, 10).cover("دندانپزشکی", 20_000_000L, 30).create();
        TestData.Family f = data.family(contract).dependents(2).lastName("کریمی").create();

        Eligibility main = service.check(center, "u1", Channel.WEB, f.main().nationalId(), null);
        assertTrue(main.isCovered());
        assertEquals(f.main().fullName(), main.getFullName());
        assertEquals("بیمه دانا آزمون", main.getInsurer());
        assertEquals("شرکت نفت آزمون", main.getPolicyholder());
        assertEquals(Relation.SELF, main.getRelation());
        assertEquals(2, main.getCovers().size());
        assertEquals(30, main.getCovers().get(1).getFranchisePercent());

        TestData.Member spouse = f.dependents().get(0);
        Eligibility dep = service.check(center, "u1", Channel.WEB, PersianText.toPersianDigits(spouse.nationalId()),
                LocalDate.of(1985, 3, 21));
        assertTrue(dep.isCovered());
        assertEquals(Relation.SPOUSE, dep.getRelation());
        assertEquals(f.main().fullName(), dep.getMainMemberName());

        assertEquals(2L, ((Number) data.queryValue("select count(*) from eligibility_check where center_id = ? "
                + "and covered = true", center)).longValue());
        assertEquals("u1", data.queryValue("select actor from eligibility_check where center_id = ? and national_id = ?",
                center, spouse.nationalId()));
    }

    @Test
    void expiredFutureUnknownAndWrongBirthDateAreNotCoveredAndRecorded() {
        TestData data = data();
        long center = data.center("درمانگاه آزمون");
        long insurer = data.insurer("بیمه آزمون");
        long old = data.contract(insurer, data.policyholder("شرکت قدیم"))
                .period(TODAY.minusYears(2), TODAY.minusYears(1)).create();
        long future = data.contract(insurer, data.policyholder("شرکت آینده"))
                .period(TODAY.plusDays(10), TODAY.plusYears(1)).create();
        long current = data.contract(insurer, data.policyholder("شرکت حال")).create();
        String expired = data.family(old).create().main().nationalId();
        String notYet = data.family(future).create().main().nationalId();
        String covered = data.family(current).create().main().nationalId();

        Eligibility e = service.check(center, "u", Channel.WEB, expired, null);
        assertEquals(Reason.EXPIRED, e.getReason());
        assertEquals(TODAY.minusYears(1), e.getReasonDate());
        assertNull(e.getFullName());
        assertEquals(Reason.NOT_STARTED, service.check(center, "u", Channel.WEB, notYet, null).getReason());
        assertEquals(Reason.NOT_FOUND, service.check(center, "u", Channel.WEB, TestData.newNationalId(), null).getReason());
        Eligibility mismatch = service.check(center, "u", Channel.WEB, covered, LocalDate.of(1990, 1, 1));
        assertEquals(Reason.BIRTH_DATE_MISMATCH, mismatch.getReason());
        assertNull(mismatch.getInsurer());
        assertThrows(ValidationException.class, () -> service.check(center, "u", Channel.WEB, "12345", null));

        assertEquals(4L, ((Number) data.queryValue("select count(*) from eligibility_check where center_id = ? "
                + "and covered = false", center)).longValue());
    }

    @Test
    void historyShowsOnlyTheCentresOwnChecks() {
        TestData data = data();
        long a = data.center("مرکز الف");
        long b = data.center("مرکز ب");
        String id = TestData.newNationalId();
        service.check(a, "ua", Channel.WEB, id, null);
        service.check(a, "ua", Channel.WEB, id, null);
        service.check(b, "ub", Channel.WEB, id, null);
        List<EligibilityCheck> ofA = service.history(a, 0, 10);
        assertEquals(2, ofA.size());
        assertTrue(ofA.stream().allMatch(c -> c.getCenterId() == a && c.getActor().equals("ua")));
        assertEquals(2L, service.historyCount(a));
        assertEquals(1, service.history(b, 0, 10).size());
    }

    // --- the API, over HTTP ---

    private static HttpRequest request(URL base, String path, String key) {
        return request(base, "GET", path, key);
    }

    private static HttpRequest request(URL base, String method, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return request.build();
    }

    private static HttpResponse<String> get(URL base, String path, String key) throws Exception {
        return send(base, "GET", path, key);
    }

    private static HttpResponse<String> send(URL base, String method, String path, String key) throws Exception {
        return HttpClient.newHttpClient().send(request(base, method, path, key), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    void apiAnswersCoveredNotCoveredAndProblems() throws Exception {
        TestData data = TestData.on(ItDatabase.arquillianUrl());
        long center = data.center("بیمارستان API");
        String key = data.apiKey(center, false);
        String revoked = data.apiKey(center, true);
        long insurer = data.insurer("بیمه API");
        long contract = data.contract(insurer, data.policyholder("شرکت API")).cover("بستری", 1000L, 10).create();
        TestData.Family f = data.family(contract).create();
        String nid = f.main().nationalId();

        HttpResponse<String> ok = get(base, "/api/v1/eligibility/" + nid, key);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"covered\":true"), ok.body());
        assertTrue(ok.body().contains("بیمه API"), ok.body());

        // Arabic-Indic digits and a Jalali birth date (1364/01/01 = 1985-03-21)
        String arabic = nid.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0'))))
                .reduce("", String::concat);
        HttpResponse<String> ar = get(base, "/api/v1/eligibility/" + java.net.URLEncoder.encode(arabic, "UTF-8")
                + "?birthDate=1364/01/01", key);
        assertEquals(200, ar.statusCode(), ar.body());
        assertTrue(ar.body().contains("\"covered\":true"), ar.body());

        HttpResponse<String> unknown = get(base, "/api/v1/eligibility/" + TestData.newNationalId(), key);
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("\"covered\":false") && unknown.body().contains("NOT_FOUND"), unknown.body());

        problem(get(base, "/api/v1/eligibility/12345", key), 400, "national-id-format");
        String wrongCheck = nid.substring(0, 9) + ((nid.charAt(9) - '0' + 1) % 10);
        problem(get(base, "/api/v1/eligibility/" + wrongCheck, key), 400, "national-id-invalid");
        problem(get(base, "/api/v1/eligibility/" + nid, null), 401, "api-key-missing");
        problem(get(base, "/api/v1/eligibility/" + nid, revoked), 401, "api-key-invalid");
        problem(get(base, "/api/v1/eligibility/" + nid, "hami_no_such_key_at_all_0000"), 401, "api-key-invalid");
        problem(get(base, "/api/v1/eligibility/" + nid + "?birthDate=1985-02-30", key), 400, "birth-date-invalid");
        assertEquals("no-store", ok.headers().firstValue("Cache-Control").orElse(""), "health data is not cached");
        // paths and methods the API does not have answer problems too, never the portal's HTML error page
        problem(get(base, "/api/v2/eligibility/" + nid, key), 404, "not-found");
        problem(get(base, "/api/v1/eligibility/", key), 404, "not-found");
        problem(get(base, "/api/v1/eligibility/" + nid + "/more", key), 404, "not-found");
        HttpResponse<String> post = send(base, "POST", "/api/v1/eligibility/" + nid, key);
        problem(post, 405, "method-not-allowed");
        assertEquals("GET, HEAD, OPTIONS", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> options = send(base, "OPTIONS", "/api/v1/eligibility/" + nid, null);
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", options.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        request(base, "/api/v1/eligibility/" + nid, key), (name, value) -> true)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        problem(html, 406, "http-406");
        HttpResponse<String> slash = get(base, "/api/v1/eligibility/" + nid + "/", key);
        assertEquals(200, slash.statusCode(), "one trailing slash is the same path");

        // the API answers once the audit row is queued; the row follows within moments
        assertEquals("api:" + key.substring(0, 12), data.queryValueSoon("api:" + key.substring(0, 12),
                "select max(actor) from eligibility_check where center_id = ? and channel = 'API'", center));
        assertEquals(4L, data.queryValueSoon(4L,
                "select count(*) from eligibility_check where center_id = ? and channel = 'API'", center),
                "the four answered calls are recorded; the refused ones are not");
    }

    /**
     * Many calls at once (the audit rows share commits): each gets its own answer and leaves exactly one audit row,
     * stored moments after the answers.
     */
    @Test
    @RunAsClient
    void simultaneousCallsEachGetTheirAnswerAndTheirAuditRow() throws Exception {
        TestData data = TestData.on(ItDatabase.arquillianUrl());
        long center = data.center("بیمارستان همزمان");
        String key = data.apiKey(center, false);
        long contract = data.contract(data.insurer("بیمه همزمان"), data.policyholder("شرکت همزمان"))
                .cover("بستری", 1000L, 10).create();
        List<String> covered = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            covered.add(data.family(contract).create().main().nationalId());
        }
        HttpClient http = HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String nid = i % 4 == 3 ? TestData.newNationalId() : covered.get(i % covered.size());
            asked.add(nid);
            calls.add(http.sendAsync(request(base, "/api/v1/eligibility/" + nid, key),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> response = calls.get(i).get();
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"nationalId\":\"" + asked.get(i) + "\""), response.body());
            assertTrue(response.body().contains(i % 4 == 3 ? "\"covered\":false" : "\"covered\":true"),
                    response.body());
        }
        assertEquals(40L, data.queryValueSoon(40L,
                "select count(*) from eligibility_check where center_id = ?", center));
        assertEquals(40L, ((Number) data.queryValue(
                "select count(distinct id) from eligibility_check where center_id = ?", center)).longValue());
        assertEquals(10L, ((Number) data.queryValue(
                "select count(*) from eligibility_check where center_id = ? and covered = false", center)).longValue());
    }

    /**
     * A request as a trusted proxy forwards it from {@code client}: sent to 127.0.0.1, which the IT portal trusts
     * ({@code hami.trusted-proxies}); Arquillian's own address for the portal is not a loopback one.
     */
    private HttpRequest from(String client, String nationalId, String key) throws Exception {
        URL loopback = new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
        return HttpRequest.newBuilder(request(loopback, "/api/v1/eligibility/" + nationalId, key), (n, v) -> true)
                .header("X-Forwarded-For", client).build();
    }

    /**
     * Made-up keys are not kept, so they cannot push a key in use out of the cache (the IT portal keeps at most
     * {@code hami.api.key-cache-max=20} keys, each for {@code hami.api.key-cache-seconds=300}). Seen from outside: a
     * key revoked in the database behind the cache's back keeps working only while it stays cached.
     */
    @Test
    @RunAsClient
    void madeUpKeysDoNotPushAGoodKeyOutOfTheCache() throws Exception {
        TestData data = TestData.on(ItDatabase.arquillianUrl());
        String key = data.apiKey(data.center("بیمارستان کلید " + TestData.unique("k")), false);
        String nid = TestData.newNationalId();
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(request(base, "/api/v1/eligibility/" + nid, key),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        // revoked behind the cache's back (no Revoked event): only a cached key still answers
        data.update("update api_key set revoked_at = created_at where key_prefix = ?", key.substring(0, 12));
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> randoms = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String client = "198.18." + (i / 200) + "." + (1 + i % 200);
            randoms.add(http.sendAsync(from(client, nid, "hami_random_" + TestData.unique("r") + "_" + i),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var random : randoms) {
            problem(random.get(), 401, "api-key-invalid");
        }
        HttpResponse<String> again = http.send(request(base, "/api/v1/eligibility/" + nid, key),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), "the good key was pushed out of the cache: " + again.body());
    }

    @Test
    @RunAsClient
    void anAddressSendingTooManyBadKeysIsRefusedBeforeTheLookupAndOthersAreNot() throws Exception {
        TestData data = TestData.on(ItDatabase.arquillianUrl());
        String key = data.apiKey(data.center("بیمارستان نشانی " + TestData.unique("a")), false);
        String nid = TestData.newNationalId();
        String guesser = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        String hospital = "2001:db8::" + Integer.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(1, 0xffff));
        HttpClient http = HttpClient.newHttpClient();
        // hami.api.key-failures-per-minute: 20 by default
        for (int i = 0; i < 20; i++) {
            problem(http.send(from(guesser, nid, "hami_guess_" + i + "_" + TestData.unique("g")),
                    HttpResponse.BodyHandlers.ofString()), 401, "api-key-invalid");
        }
        HttpResponse<String> refused = http.send(from(guesser, nid, "hami_guess_more"),
                HttpResponse.BodyHandlers.ofString());
        problem(refused, 429, "api-key-failures");
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retry >= 1 && retry <= 60, String.valueOf(retry));
        // refused before the look-up: even a good key from that address
        problem(http.send(from(guesser, nid, key), HttpResponse.BodyHandlers.ofString()), 429, "api-key-failures");
        // another address behind the same proxy is not touched, and a client cannot name itself past the proxy
        assertEquals(200, http.send(from(hospital, nid, key), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(from(guesser + ", " + hospital, nid, key), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        problem(http.send(from(hospital + ", " + guesser, nid, key), HttpResponse.BodyHandlers.ofString()), 429,
                "api-key-failures");
    }

    private static void problem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(response.body().contains("\"type\":\"https://hami.example/problems/" + type + "\""), response.body());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
    }

    /**
     * The API is open to the web (its resource checks the centre's key); a staff page reached through a path that
     * starts like the API's, with dot segments, path parameters or their encodings, still meets the login.
     */
    @Test
    @RunAsClient
    void pagesReachedThroughTheApisPathStillMeetTheLogin() throws Exception {
        for (String path : List.of("/staff/home.xhtml", "/api/../staff/home.xhtml", "/api/v1/../../staff/home.xhtml",
                "/api;x=1/../staff/home.xhtml", "/api/%2e%2e/staff/home.xhtml", "/api/..%2fstaff/home.xhtml")) {
            HttpResponse<String> page = get(base, path, null);
            String location = page.headers().firstValue("Location").orElse("");
            assertEquals(302, page.statusCode(), path + " answered " + location + " " + page.body());
            assertTrue(location.contains("/login.xhtml"), path + " went to " + location);
        }
    }

    @Test
    @RunAsClient
    void openApiDocumentsTheEligibilityPath() throws Exception {
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        HttpResponse<String> doc = get(root, "/openapi", null);
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/api/v1/eligibility/{nationalId}"), doc.body());
        // the whole contract: the key, the answer's properties, every status with its problem
        for (String part : new String[] {"X-Api-Key", "birthDate", "franchisePercent", "mainMemberName",
                "BIRTH_DATE_MISMATCH", "\"400\"", "\"401\"", "\"406\"", "\"429\"", "\"503\"", "application/problem+json",
                "Retry-After", "title_fa"}) {
            assertTrue(doc.body().contains(part), part + " missing from " + doc.body());
        }
    }
}
