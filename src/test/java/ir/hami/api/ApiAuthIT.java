package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The members' app signs in: tokens, refresh rotation, reuse, sign-out, throttling, and what a token reaches. */
@ExtendWith(ArquillianExtension.class)
class ApiAuthIT {

    private static final String PASSWORD = "Hami-Api-1403";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private TestData.Member member(TestData data) {
        long contract = data.contract(data.insurer(TestData.unique("بیمه")), data.policyholder(TestData.unique("شرکت")))
                .create();
        TestData.Member m = data.family(contract).create().main();
        data.memberAccount(m.personId(), m.nationalId(), PASSWORD);
        return m;
    }

    private static String refreshBody(String token) {
        return Json.createObjectBuilder().add("refreshToken", token).build().toString();
    }

    @Test
    void aMemberSignsInRefreshesOnceAndSignsOut() {
        TestData data = TestData.on(dataSource);
        TestData.Member m = member(data);
        ApiClient app = new ApiClient(base).login(m.nationalId(), PASSWORD);
        ApiClient.Answer devices = app.get("/api/v1/me/devices");
        assertEquals(200, devices.status(), devices.toString());
        assertEquals(1, devices.json().getInt("signedIn"));
        assertNull(devices.header("set-cookie"), "the API makes no session");

        String first = app.refreshToken();
        ApiClient.Answer refreshed = new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(first));
        assertEquals(200, refreshed.status(), refreshed.toString());
        String second = refreshed.json().getString("refreshToken");
        assertNotEquals(first, second);
        assertEquals("no-store", refreshed.header("cache-control"));
        // the new access token works
        assertEquals(200, new ApiClient(base).token(refreshed.json().getString("accessToken"))
                .get("/api/v1/me/devices").status());

        // the first refresh token used again: it was copied, so the device's whole chain ends
        ApiClient.Answer reuse = new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(first));
        assertEquals(401, reuse.status());
        assertTrue(reuse.header("content-type").startsWith("application/problem+json"), reuse.toString());
        assertTrue(reuse.json().getString("title_fa").contains("دوباره وارد شوید"), reuse.toString());
        assertEquals(401, new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(second)).status(),
                "the chain's newer token is revoked too");
    }

    @Test
    void twoParallelRefreshesWithOneTokenGiveOnePairAtMost() throws Exception {
        TestData data = TestData.on(dataSource);
        TestData.Member m = member(data);
        String token = new ApiClient(base).login(m.nationalId(), PASSWORD).refreshToken();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(token)).status());
            }
            int ok = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                ok += f.get() == 200 ? 1 : 0;
            }
            assertTrue(ok <= 1, ok + " refreshes succeeded with one token");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void signOutOfAllDevicesRevokesEveryRefreshToken() {
        TestData data = TestData.on(dataSource);
        TestData.Member m = member(data);
        ApiClient phone = new ApiClient(base).login(m.nationalId(), PASSWORD);
        ApiClient tablet = new ApiClient(base).login(m.nationalId(), PASSWORD);
        assertEquals(2, phone.get("/api/v1/me/devices").json().getInt("signedIn"));
        ApiClient.Answer out = phone.post("/api/v1/me/devices/sign-out-all", "");
        assertEquals(200, out.status(), out.toString());
        assertEquals(2, out.json().getInt("signedIn"));
        assertEquals(401, new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(tablet.refreshToken())).status());
        assertEquals(401, new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(phone.refreshToken())).status());
        assertEquals(0, phone.get("/api/v1/me/devices").json().getInt("signedIn"));
    }

    @Test
    void logoutEndsOnlyThatDevice() {
        TestData data = TestData.on(dataSource);
        TestData.Member m = member(data);
        ApiClient phone = new ApiClient(base).login(m.nationalId(), PASSWORD);
        ApiClient tablet = new ApiClient(base).login(m.nationalId(), PASSWORD);
        assertEquals(204, new ApiClient(base).post("/api/v1/auth/logout", refreshBody(phone.refreshToken())).status());
        assertEquals(401, new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(phone.refreshToken())).status());
        assertEquals(200, new ApiClient(base).post("/api/v1/auth/refresh", refreshBody(tablet.refreshToken())).status());
    }

    @Test
    void withoutAValidTokenTheMembersApiAnswers401() {
        ApiClient anonymous = new ApiClient(base);
        ApiClient.Answer none = anonymous.get("/api/v1/me/devices");
        assertEquals(401, none.status());
        assertEquals("Bearer", none.header("www-authenticate"));
        assertTrue(none.json().getString("title_fa").contains("وارد شوید"), none.toString());
        for (String bad : new String[]{"x", "a.b.c", "eyJhbGciOiJub25lIn0.e30."}) {
            ApiClient.Answer a = new ApiClient(base).token(bad).get("/api/v1/me/devices");
            assertEquals(401, a.status(), bad);
            assertTrue(a.header("www-authenticate").contains("invalid_token"), a.toString());
        }
    }

    @Test
    void wrongPasswordsAreThrottledAsOnThePages() {
        TestData data = TestData.on(dataSource);
        TestData.Member m = member(data);
        ApiClient app = new ApiClient(base);
        String wrong = Json.createObjectBuilder().add("username", m.nationalId()).add("password", "wrong-one")
                .add("membershipType", "GROUP").build().toString();
        ApiClient.Answer a = app.post("/api/v1/auth/token", wrong);
        assertEquals(401, a.status());
        assertTrue(a.json().getString("title_fa").contains("رمز عبور نادرست"), a.toString());
        int status = 0;
        for (int i = 0; i < 6 && status != 429; i++) {
            status = app.post("/api/v1/auth/token", wrong).status();
        }
        assertEquals(429, status, "the account locks after repeated failures");
        ApiClient.Answer locked = app.post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("username", m.nationalId()).add("password", PASSWORD).add("membershipType", "GROUP")
                .build().toString());
        assertEquals(429, locked.status(), "even the right password waits");
        assertTrue(locked.header("retry-after") != null);
    }

    @Test
    void staffCannotSignInToTheMembersApi() {
        TestData data = TestData.on(dataSource);
        String admin = data.staff("ADMIN", PASSWORD);
        ApiClient.Answer a = new ApiClient(base).post("/api/v1/auth/token", Json.createObjectBuilder()
                .add("username", admin).add("password", PASSWORD).build().toString());
        assertEquals(401, a.status(), a.toString());
    }

    @Test
    void theOpenApiDocumentDescribesBothApis() {
        ApiClient client = new ApiClient(base);
        ApiClient.Answer doc = client.send(client.request(client.root() + "/openapi"));
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/auth/token"), doc.body());
        assertTrue(doc.body().contains("/api/v1/eligibility/{nationalId}"));
        assertTrue(doc.body().contains("bearer"));
    }
}
