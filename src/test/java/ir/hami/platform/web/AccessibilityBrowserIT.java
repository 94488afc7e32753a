package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * WCAG 2.1 AA on the main pages, as axe-core 4.14 (Deque's engine, a copy in the test resources, injected with
 * Selenium) checks it: no serious or critical violation on the member, centre and public pages, at desktop size and,
 * for the pages' frame with its menu open, on a phone.
 */
class AccessibilityBrowserIT extends OneBrowserTest {

    private static final String AXE = axeScript();

    /** axe.run on the whole document; the serious and critical violations, one line per element. */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            + "    'best-practice']}, resultTypes: ['violations']}).then(function (r) {"
            + "  var out = [];"
            + "  r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + "   .forEach(function (v) { v.nodes.forEach(function (n) {"
            + "     out.push(v.impact + ' ' + v.id + ' at ' + n.target.join(' ') + ': '"
            + "       + (n.failureSummary || v.help).replace(/\\s+/g, ' ').slice(0, 300)); }); });"
            + "  done(out);"
            + "}, function (e) { done(['axe failed: ' + e]); });";

    private PortalTour tour;

    @BeforeAll
    void tour() {
        tour = new PortalTour(data);
    }

    @Test
    void publicPagesHaveNoSeriousViolations() {
        List<String> found = new ArrayList<>();
        for (String page : PortalTour.publicPages()) {
            check(browser, page, found);
        }
        assertNone(found);
    }

    @Test
    void memberPagesHaveNoSeriousViolations() {
        Logins.member(browser, tour.family.main().nationalId(), PortalTour.PASSWORD);
        List<String> found = new ArrayList<>();
        for (String page : tour.memberPages()) {
            check(browser, page, found);
        }
        assertNone(found);
    }

    @Test
    void centrePagesHaveNoSeriousViolations() {
        Logins.staff(browser, tour.centerUser, PortalTour.PASSWORD);
        List<String> found = new ArrayList<>();
        for (String page : tour.centerPages()) {
            check(browser, page, found);
        }
        browser.open("/center/home.xhtml");
        browser.type("checkForm:nationalId", tour.family.dependents().get(0).nationalId());
        browser.click("checkForm:check");
        browser.waitForText(tour.family.dependents().get(0).fullName());
        found.addAll(violations(browser, "/center/home.xhtml (covered)"));
        assertNone(found);
    }

    @Test
    void aPhoneWithTheMenuOpenHasNoSeriousViolations() {
        try (Browser phone = Browser.phone(390, 844)) {
            Logins.member(phone, tour.family.main().nationalId(), PortalTour.PASSWORD);
            List<String> found = new ArrayList<>();
            check(phone, "/member/family.xhtml", found);
            phone.click("menuButton");
            found.addAll(violations(phone, "/member/family.xhtml (menu open)"));
            assertNone(found);
        }
    }

    private static void check(Browser browser, String page, List<String> found) {
        browser.open(page);
        found.addAll(violations(browser, page));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(AXE);
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        List<String> lines = (List<String>) js.executeAsyncScript(RUN);
        return lines.stream().map(line -> page + ": " + line).toList();
    }

    private static void assertNone(List<String> found) {
        assertTrue(found.isEmpty(), found.size() + " serious or critical accessibility violations:\n"
                + String.join("\n", found));
    }

    private static String axeScript() {
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
