package ir.hami.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logging in through the real login page, as a person does: username, password, membership type, the captcha
 * (its answer is shown to tests in {@code loginForm:captchaAnswer}), then the welcome page and its redirect to the
 * role's home page. Fails with the page text when the portal does not arrive there.
 */
public final class Logins {

    /** Membership type label of group contracts, the builders' default. */
    public static final String GROUP = "اعضای گروهی";

    private Logins() {
    }

    /** Logs a member in and waits for the member home page. */
    public static void member(Browser browser, String nationalId, String password, String membershipLabel) {
        login(browser, nationalId, password, membershipLabel, "/member/home.xhtml");
    }

    /** Logs a member of a group contract in and waits for the member home page. */
    public static void member(Browser browser, String nationalId, String password) {
        member(browser, nationalId, password, GROUP);
    }

    /**
     * Logs a staff or treatment-centre user in and waits for their home page (the staff desk or the centre panel).
     * The login form asks everybody for a membership type; staff accounts accept any.
     */
    public static void staff(Browser browser, String username, String password) {
        login(browser, username, password, GROUP, null);
    }

    private static void login(Browser browser, String username, String password, String membershipLabel,
                              String home) {
        browser.open("/login.xhtml");
        browser.type("loginForm:username", username);
        browser.type("loginForm:password", password);
        browser.choose("loginForm:membershipType", membershipLabel);
        browser.type("loginForm:captcha", browser.text("loginForm:captchaAnswer").strip());
        browser.click("loginForm:submit");
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
}
