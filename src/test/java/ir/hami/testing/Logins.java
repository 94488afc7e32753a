package ir.hami.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging in through the real login page, as a person does: type, choose, read the captcha, press "ورود". */
public final class Logins {

    public static final String GROUP = "اعضای گروهی";
    public static final String FUND = "اعضای صندوق";
    public static final String INSURANCE_COMPANY = "اعضای شرکت‌های بیمه‌ای";

    private Logins() {
    }

    /** Fills the login form and submits it; does not wait for the outcome. */
    public static void submit(Browser browser, String username, String password, String membershipLabel) {
        browser.open("/login.xhtml");
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", password);
        if (membershipLabel != null) {
            browser.choose("loginForm:membershipType", membershipLabel);
        }
        browser.type("loginForm:captcha", captchaAnswer(browser, "loginForm"));
        browser.click("loginForm:submit");
    }

    /** The captcha answer that the test configuration reveals on the page (hami.captcha.reveal). */
    public static String captchaAnswer(Browser browser, String formId) {
        return browser.waitFor(By.id(formId + ":captchaAnswer")).getText().strip();
    }

    public static void member(Browser browser, String nationalId, String password, String membershipLabel) {
        submit(browser, nationalId, password, membershipLabel);
        arrive(browser, nationalId, "/member/home.xhtml");
    }

    public static void member(Browser browser, String nationalId, String password) {
        member(browser, nationalId, password, GROUP);
    }

    /** Staff and treatment-centre users: a username, no membership type; they land on their own home. */
    public static void staff(Browser browser, String username, String password) {
        submit(browser, username, password, null);
        arrive(browser, username, null);
    }

    private static void arrive(Browser browser, String username, String home) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                String path = browser.currentPath();
                return home == null
                        ? path.startsWith("/staff/home.xhtml") || path.startsWith("/center/home.xhtml")
                        : path.startsWith(home);
            });
            browser.waitFor(By.id("currentUser"));
        } catch (RuntimeException e) {
            throw new AssertionError("login of " + username + " did not reach " + (home == null ? "a home page" : home)
                    + "; at " + browser.currentPath() + ": " + browser.pageText(), e);
        }
    }

    /** Reads the newest SMS code sent to a mobile from the outbox page, with a staff user's browser. */
    public static String codeFromOutbox(Browser staffBrowser, String mobile) {
        staffBrowser.open("/staff/outbox.xhtml");
        staffBrowser.type("outboxForm:mobile", mobile);
        String row = staffBrowser.waitFor(By.xpath(
                "//tbody[@id='outboxForm:outboxTable_data']/tr[1][.//span[@class='sms-mobile' and text()='"
                        + mobile + "']]//span[@class='sms-body']")).getText();
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(row);
        if (!digits.find()) {
            throw new AssertionError("no code in the SMS: " + row);
        }
        return digits.group(1);
    }
}
