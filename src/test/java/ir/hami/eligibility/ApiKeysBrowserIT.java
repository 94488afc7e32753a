package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.PortalServer;
import ir.hami.testing.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The API keys page in a real browser, and the API with the keys it issues: a key shown once works (200), a
 * revoked key is refused (401 problem+json), a key sent faster than its rate gets 429 with Retry-After. The
 * browser tests' portal runs the API at {@link PortalServer#API_RATE_PER_SECOND} calls a second per key.
 */
class ApiKeysBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final Pattern KEY = Pattern.compile("hami_[A-Za-z0-9]{40}");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void adminIssuesAKeyShownOnceThatWorksUntilRevoked() throws Exception {
        String tag = TestData.unique("k");
        long center = data.center("بیمارستان کلید " + tag);
        String code = (String) data.queryValue("select code from treatment_center where id = ?", center);
        long insurer = data.insurer("بیمه کلید " + tag);
        long contract = data.contract(insurer, data.policyholder("شرکت کلید")).cover("بستری", 500_000_000L, 10)
                .create();
        String nationalId = data.family(contract).create().main().nationalId();
        String admin = data.staff("ADMIN", PASSWORD);

        Logins.staff(browser, admin, PASSWORD);
        String key = issue(code, "سامانه پذیرش " + tag);
        browser.screenshot("api-key-issued");

        HttpResponse<String> ok = get(nationalId, key);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"covered\":true") && ok.body().contains("بیمه کلید " + tag), ok.body());

        // shown once: the page opened again lists the key by its prefix only
        browser.open("/admin/api-keys.xhtml");
        browser.type("keysForm:centerCode", code);
        browser.click("keysForm:find");
        String page = browser.waitForText(key.substring(0, 12));
        assertFalse(page.contains(key), page);
        assertTrue(page.contains("فعال"), page);

        browser.click("keysForm:keys:0:revoke");
        page = browser.waitForText("کلید باطل شد");
        assertTrue(page.contains("باطل‌شده"), page);
        browser.screenshot("api-key-revoked");

        HttpResponse<String> refused = get(nationalId, key);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", contentType(refused));
        assertTrue(refused.body().contains("/problems/api-key-invalid\""), refused.body());
        assertTrue(refused.body().contains("\"status\":401"), refused.body());
    }

    @Test
    void aKeyCalledFasterThanItsRateGets429WithRetryAfter() throws Exception {
        String tag = TestData.unique("r");
        long center = data.center("بیمارستان نرخ " + tag);
        String code = (String) data.queryValue("select code from treatment_center where id = ?", center);
        String admin = data.staff("ADMIN", PASSWORD);
        Logins.staff(browser, admin, PASSWORD);
        String key = issue(code, "آزمون نرخ " + tag);
        String nationalId = TestData.newNationalId();

        // twelve times the burst at once: unless the portal took over 180 ms a call, some must be refused
        int calls = 12 * PortalServer.API_RATE_PER_SECOND;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            sent.add(http.sendAsync(request(nationalId, key), HttpResponse.BodyHandlers.ofString()));
        }
        int answered = 0;
        HttpResponse<String> limited = null;
        for (CompletableFuture<HttpResponse<String>> f : sent) {
            HttpResponse<String> response = f.get();
            if (response.statusCode() == 200) {
                answered++;
            } else {
                assertEquals(429, response.statusCode(), response.body());
                limited = response;
            }
        }
        assertTrue(limited != null, "no 429 among " + calls + " calls at once");
        assertTrue(answered >= 1 && answered < calls, answered + " answered");
        assertEquals("application/problem+json", contentType(limited));
        assertTrue(limited.body().contains("/problems/rate-limited\""), limited.body());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);

        // after waiting as told, the key works again
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, get(nationalId, key).statusCode());
    }

    /** Issues a key on the page for the centre with this code; returns the key the page shows once. */
    private String issue(String centerCode, String label) {
        browser.open("/admin/api-keys.xhtml");
        browser.type("keysForm:centerCode", centerCode);
        browser.click("keysForm:find");
        browser.type("keysForm:label", label);
        browser.click("keysForm:issue");
        String shown = browser.text("keysForm:issuedKey");
        assertTrue(shown.contains("فقط همین یک بار"), shown);
        Matcher m = KEY.matcher(shown);
        assertTrue(m.find(), shown);
        assertTrue(browser.pageText().contains(label));
        return m.group();
    }

    private HttpRequest request(String nationalId, String key) {
        return HttpRequest.newBuilder(URI.create(PortalServer.baseUrl() + "/api/v1/eligibility/" + nationalId))
                .header("X-Api-Key", key).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private HttpResponse<String> get(String nationalId, String key) throws Exception {
        return http.send(request(nationalId, key), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
    }
}
