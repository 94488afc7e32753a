package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/** Logging in and out as members and staff, and what keeps intruders out: captcha, throttling, forced change. */
@ExtendWith(ScreenshotOnFailure.class)
class LoginBrowserIT {

    private static final String PASSWORD = "Sabz1405ab";

    Browser browser;
    TestData data = TestData.browser();
    TestData.Family family;

    @BeforeEach
    void fixtures() {
        long insurer = data.insurer("بیمه آسماری");
        long contract = data.contract(insurer, data.policyholder("شرکت نفت پارس")).create();
        family = data.family(contract).dependents(1).create();
        data.memberAccount(family.main().personId(), family.main().nationalId(), PASSWORD);
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void memberLogsInSeesTheSuccessMessageThenHomeAndLogsOut() {
        Logins.submit(browser, family.main().nationalId(), PASSWORD, Logins.GROUP);
        browser.waitForText("ورود شما با موفقیت انجام شد");
        browser.waitForPath("/member/home.xhtml");
        assertTrue(browser.text("currentUser").contains(family.main().lastName()));
        browser.click("logoutForm:logout");
        browser.waitForPath("/login.xhtml");
        browser.waitForText("از حساب خود خارج شدید");
        browser.open("/member/home.xhtml");
        browser.waitForPath("/login.xhtml");
    }

    @Test
    void memberCodeAndPersianDigitsWorkAsUsername() {
        Logins.member(browser, toPersianDigits(family.main().nationalId()), PASSWORD, Logins.GROUP);
        browser.click("logoutForm:logout");
        Logins.member(browser, family.main().memberCode(), PASSWORD, Logins.GROUP);
    }

    @Test
    void wrongCaptchaIsRefusedAndANewOneIsShown() {
        browser.open("/login.xhtml");
        String first = Logins.captchaAnswer(browser, "loginForm");
        browser.type("loginForm:username", family.main().nationalId());
        browser.type("loginForm:password", PASSWORD);
        browser.choose("loginForm:membershipType", Logins.GROUP);
        browser.type("loginForm:captcha", "WRONG");
        browser.click("loginForm:submit");
        browser.waitForText("کد امنیتی درست نیست");
        assertNotEquals(first, Logins.captchaAnswer(browser, "loginForm"));
        assertTrue(browser.currentPath().startsWith("/login.xhtml"));
    }

    @Test
    void wrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() {
        for (int i = 0; i < 5; i++) {
            Logins.submit(browser, family.main().nationalId(), "Wrong" + i + "pass", Logins.GROUP);
            browser.waitForText("رمز عبور نادرست است");
        }
        Logins.submit(browser, family.main().nationalId(), PASSWORD, Logins.GROUP);
        String page = browser.waitForText("ورود به این حساب تا");
        assertTrue(page.contains("دقیقه"), page);
        assertTrue(browser.currentPath().startsWith("/login.xhtml"));
    }

    @Test
    void wrongMembershipTypeIsRefused() {
        Logins.submit(browser, family.main().nationalId(), PASSWORD, Logins.FUND);
        browser.waitForText("نوع عضویت انتخاب شده با قرارداد فعال شما مطابقت ندارد");
        Logins.submit(browser, family.main().nationalId(), PASSWORD, null);
        browser.waitForText("نوع عضویت را انتخاب کنید.");
    }

    @Test
    void legacyContractFirstLoginWithNationalIdForcesAPasswordChange() {
        long insurer = data.insurer("بیمه نوین");
        long contract = data.contract(insurer, data.policyholder("صندوق بازنشستگی")).membershipType("FUND")
                .legacyLogin().create();
        TestData.Family legacy = data.family(contract).create();
        String nationalId = legacy.main().nationalId();

        Logins.submit(browser, nationalId, nationalId, Logins.FUND);
        browser.waitForPath("/account/change-password.xhtml");
        browser.waitForText("تغییر کلمه عبور الزامی");
        // issue 14, point 8: no path that needs a login skips the change, not only the portal's areas
        for (String path : java.util.List.of("/member/home.xhtml", "/referral/letter.xhtml?id=1",
                "/files/referral?id=1", "/message-file?id=1", "/welcome.xhtml")) {
            browser.open(path);
            browser.waitForPath("/account/change-password.xhtml");
        }

        browser.type("passwordForm:current", nationalId);
        browser.type("passwordForm:password", "short1");
        browser.type("passwordForm:repeated", "short1");
        browser.click("passwordForm:submit");
        browser.waitForText("کلمه عبور باید بین");

        // issue 14, point 2: the roster has a mobile, so the change is confirmed by a code sent to it
        browser.type("passwordForm:current", nationalId);
        browser.type("passwordForm:password", "Kooh1405ab");
        browser.type("passwordForm:repeated", "Kooh1405ab");
        browser.click("passwordForm:submit");
        browser.waitForText("ابتدا کد تأیید پیامک شده را دریافت و وارد کنید");
        browser.click("passwordForm:sendCode");
        browser.waitForText("کد تأیید به شماره همراه");
        browser.type("passwordForm:current", nationalId);
        browser.type("passwordForm:password", "Kooh1405ab");
        browser.type("passwordForm:repeated", "Kooh1405ab");
        browser.type("passwordForm:code", lastCodeSentTo(legacy.main().mobile()));
        browser.click("passwordForm:submit");
        browser.waitForPath("/member/home.xhtml");
        browser.waitForText("کلمه عبور شما با موفقیت تغییر کرد");

        browser.click("logoutForm:logout");
        Logins.submit(browser, nationalId, nationalId, Logins.FUND);
        browser.waitForText("رمز عبور نادرست است");
        Logins.member(browser, nationalId, "Kooh1405ab", Logins.FUND);
    }

    @Test
    void staffLogInWithAUsernameAndGetTheirOwnMenu() {
        String admin = data.staff("ADMIN", "Modir1405x");
        Logins.staff(browser, admin, "Modir1405x");
        assertTrue(browser.pageText().contains("اعلانات"));
        assertTrue(browser.pageText().contains("ورود فهرست بیمه‌شدگان"));
        assertTrue(!browser.pageText().contains("افراد تحت تکفل"));
    }

    @Test
    void rememberMeKeepsTheMemberLoggedInAfterTheSessionEnds() {
        browser.open("/login.xhtml");
        browser.type("loginForm:username", family.main().nationalId());
        browser.type("loginForm:password", PASSWORD);
        browser.choose("loginForm:membershipType", Logins.GROUP);
        browser.type("loginForm:captcha", Logins.captchaAnswer(browser, "loginForm"));
        browser.click("loginForm:rememberMe");
        browser.click("loginForm:submit");
        browser.waitForPath("/member/home.xhtml");
        Cookie remember = browser.driver().manage().getCookieNamed("HAMI_REMEMBER");
        assertTrue(remember != null && remember.isHttpOnly());
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().deleteCookieNamed("JSESSIONIDVERSION");
        browser.open("/member/home.xhtml");
        assertEquals("/member/home.xhtml", browser.currentPath());
        // issue 14, point 8: each use replaces the token; the old one is dead (a stolen copy stops working)
        Cookie rotated = browser.driver().manage().getCookieNamed("HAMI_REMEMBER");
        assertTrue(rotated != null && !rotated.getValue().equals(remember.getValue()), "a new token after use");
        try (Browser thief = new Browser()) {
            thief.open("/login.xhtml");
            thief.driver().manage().addCookie(new Cookie("HAMI_REMEMBER", remember.getValue(), "/"));
            thief.open("/member/home.xhtml");
            thief.waitForPath("/login.xhtml");
        }
        browser.click("logoutForm:logout");
        browser.waitForPath("/login.xhtml");
        browser.open("/member/home.xhtml");
        browser.waitForPath("/login.xhtml");
    }

    /** Issue 14, point 8: staff log in with their password every session; "remember me" gives them no cookie. */
    @Test
    void staffGetNoRememberMeCookie() {
        String admin = data.staff("ADMIN", "Modir1405x");
        browser.open("/login.xhtml");
        browser.type("loginForm:username", admin);
        browser.type("loginForm:password", "Modir1405x");
        browser.type("loginForm:captcha", Logins.captchaAnswer(browser, "loginForm"));
        browser.click("loginForm:rememberMe");
        browser.click("loginForm:submit");
        browser.waitForPath("/staff/home.xhtml");
        assertEquals(null, browser.driver().manage().getCookieNamed("HAMI_REMEMBER"));
    }

    @Test
    void englishCanBeChosenAndPersianComesBack() {
        browser.open("/login.xhtml");
        assertEquals("rtl", browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("dir"));
        browser.click("langForm:switchLanguage");
        browser.waitForText("Log in to the assistance portal");
        assertEquals("ltr", browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getAttribute("dir"));
        Logins.member(browser, family.main().nationalId(), PASSWORD, "Group members");
        browser.waitForText("Dependents");
        browser.click("headerForm:switchLanguage");
        browser.waitForText("افراد تحت تکفل");
    }

    @Test
    void sessionIdChangesAtLogin() {
        browser.open("/login.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Logins.member(browser, family.main().nationalId(), PASSWORD, Logins.GROUP);
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(before, after);
    }

    private String lastCodeSentTo(String mobile) {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc", mobile);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    static String toPersianDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
