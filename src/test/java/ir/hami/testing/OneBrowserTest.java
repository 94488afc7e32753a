package ir.hami.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class with one browser for all its tests, logged out (no cookies) before each test, a screenshot
 * of it when a test fails, and fixtures written into the shared test portal's database.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OneBrowserTest {

    protected final TestData data = TestData.browser();
    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = newBrowser();
    }

    /** The browser of this class: a desktop window unless a class needs another (e.g. {@link Browser#phone}). */
    protected Browser newBrowser() {
        return new Browser();
    }

    @BeforeEach
    void loggedOut() {
        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }
}
