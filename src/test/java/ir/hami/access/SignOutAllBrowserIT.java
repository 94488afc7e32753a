package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.api.ApiClient;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.PortalServer;
import ir.hami.testing.TestData;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * «خروج از همه دستگاه‌ها»: the member on the profile page, and the referral unit on the accounts page, sign the
 * member's app out of every device; the page tells how many were signed in.
 */
class SignOutAllBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Dastgah1405ab";

    private TestData.Member member() {
        long contract = data.contract(data.insurer(TestData.unique("بیمه")), data.policyholder(TestData.unique("شرکت")))
                .create();
        TestData.Member m = data.family(contract).create().main();
        data.memberAccount(m.personId(), m.nationalId(), PASSWORD);
        return m;
    }

    private ApiClient phone(TestData.Member m) throws Exception {
        URL base = URI.create(PortalServer.baseUrl()).toURL();
        return new ApiClient(base).login(m.nationalId(), PASSWORD, "GROUP");
    }

    private static boolean refreshWorks(ApiClient device) throws Exception {
        URL base = URI.create(PortalServer.baseUrl()).toURL();
        return new ApiClient(base).post("/api/v1/auth/refresh", Json.createObjectBuilder()
                .add("refreshToken", device.refreshToken()).build().toString()).status() == 200;
    }

    private long activeTokens(TestData.Member m) {
        return ((Number) data.queryValue("select count(*) from api_refresh_token t join user_account a "
                + "on a.id = t.account_id where a.person_id = ? and t.revoked_at is null", m.personId())).longValue();
    }

    @Test
    void theMemberSignsOutOfAllDevicesFromTheProfilePage() throws Exception {
        TestData.Member m = member();
        ApiClient phone = phone(m);
        phone(m);
        Logins.member(browser, m.nationalId(), PASSWORD, Logins.GROUP);
        browser.open("/member/profile.xhtml");
        assertTrue(PersianText.normalizeDigits(browser.text("devicesCount")).endsWith("2"), browser.pageText());
        browser.click("devicesForm:signOutAll");
        browser.click("devicesForm:confirmYes");
        browser.waitForText("از همه دستگاه‌ها خارج شد");
        assertEquals(0, activeTokens(m));
        assertTrue(!refreshWorks(phone), "the phone is signed out");
        assertTrue(PersianText.normalizeDigits(browser.text("devicesCount")).endsWith("0"), browser.pageText());
    }

    @Test
    void theReferralUnitSignsAMemberOutOfAllDevices() throws Exception {
        TestData.Member m = member();
        ApiClient phone = phone(m);
        String staff = data.staff("REFERRAL", PASSWORD);
        Logins.staff(browser, staff, PASSWORD);
        browser.open("/staff/accounts/declared-mobiles.xhtml");
        browser.type("devicesForm:nationalId", m.nationalId());
        browser.click("devicesForm:findAccount");
        browser.waitForText("member " + m.nationalId());
        assertTrue(PersianText.normalizeDigits(browser.text("devicesCount")).endsWith("1"), browser.pageText());
        browser.click("devicesForm:signOutAll");
        browser.click("declaredForm:confirmYes");
        browser.waitForText("از همه دستگاه‌ها خارج شد");
        assertEquals(0, activeTokens(m));
        assertTrue(!refreshWorks(phone), "the phone is signed out");
        assertEquals(1L, ((Number) data.queryValue("select count(*) from audit_log where action = ? and actor = ?",
                "API_REVOKE_ALL", staff)).longValue());
    }
}
