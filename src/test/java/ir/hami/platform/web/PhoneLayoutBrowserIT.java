package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every member, centre and public page on a phone's screen (390 × 844, Chromium's device emulation): the page is
 * no wider than the screen (no sideways scrolling), the side menu waits behind the menu button and opens with it,
 * the menu button is a 44 px touch target, detail pages put label and value side by side, and the numbers a
 * Persian reader reads are in Persian digits.
 */
class PhoneLayoutBrowserIT extends OneBrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    private PortalTour tour;

    @Override
    protected Browser newBrowser() {
        return Browser.phone(WIDTH, HEIGHT);
    }

    @BeforeAll
    void tour() {
        tour = new PortalTour(data);
    }

    @Test
    void everyMemberPageFitsThePhoneAndItsMenuOpens() {
        Logins.member(browser, tour.family.main().nationalId(), PortalTour.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String page : tour.memberPages()) {
            visit(page, problems);
            menuOpens(page, "menuFamily", problems);
        }
        assertTrue(problems.isEmpty(), "on a " + WIDTH + " px screen:\n" + String.join("\n", problems));

        // a link of the opened menu takes the member there
        browser.open("/member/home.xhtml");
        browser.click("menuButton");
        browser.click("menuReferrals");
        browser.waitForPath("/member/referrals.xhtml");
    }

    @Test
    void everyCentrePageFitsThePhoneAndItsMenuOpens() {
        Logins.staff(browser, tour.centerUser, PortalTour.PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String page : tour.centerPages()) {
            visit(page, problems);
            menuOpens(page, "menuCenterLetters", problems);
        }
        // the panel's answer for a covered person: the green card and the person's letters
        browser.open("/center/home.xhtml");
        browser.type("checkForm:nationalId", tour.family.dependents().get(0).nationalId());
        browser.click("checkForm:check");
        browser.waitForText(tour.family.dependents().get(0).fullName());
        fits("/center/home.xhtml (covered)", problems);
        assertTrue(problems.isEmpty(), "on a " + WIDTH + " px screen:\n" + String.join("\n", problems));
    }

    @Test
    void everyPublicPageFitsThePhone() {
        List<String> problems = new ArrayList<>();
        for (String page : PortalTour.publicPages()) {
            visit(page, problems);
        }
        assertTrue(problems.isEmpty(), "on a " + WIDTH + " px screen:\n" + String.join("\n", problems));
    }

    @Test
    void aReferralShowsLabelBesideValueAndItsNumbersInPersianDigits() {
        Logins.member(browser, tour.family.main().nationalId(), PortalTour.PASSWORD);
        browser.open("/member/referral.xhtml?id=" + tour.referral.id());
        WebElement code = browser.find("trackingCode");
        assertEquals(PersianText.toPersianDigits(tour.referral.trackingCode()), code.getText().strip());
        WebElement label = code.findElement(By.xpath("preceding-sibling::dt[1]"));
        assertEquals(label.getRect().getY(), code.getRect().getY(), 4, "label and value on one row");
        assertTrue(label.getRect().getWidth() < WIDTH / 2, "the label takes part of the row, not all of it");
        String letter = browser.text("letterNumber");
        assertTrue(letter.matches("[۰-۹]{4}-[۰-۹]{8}"), letter);
        String contract = browser.text("contract");
        assertFalse(contract.matches(".*[0-9].*"), contract);

        // in English the same numbers in Latin digits, the menu button says "Menu"
        browser.click("headerForm:switchLanguage");
        browser.waitFor(By.cssSelector("html[lang='en']"));
        assertEquals(tour.referral.trackingCode(), browser.text("trackingCode"));
        assertTrue(browser.text("letterNumber").matches("\\d{4}-\\d{8}"), browser.text("letterNumber"));
        assertEquals("Menu", browser.text("menuButton"));
        browser.screenshot("phone-referral-en");
        browser.click("headerForm:switchLanguage");
        browser.waitFor(By.cssSelector("html[lang='fa']"));

        browser.open("/member/family.xhtml");
        browser.waitForText("نمایش ۱ تا ۱۰ از ۱۳ آیتم");
        // the report itself, not the page: test insurers' names carry a number in Latin digits
        String report = browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
        assertTrue(report.contains("۱۳"), report);
        assertFalse(report.matches(".*[0-9].*"), "the paginator's report in Persian digits: " + report);
        browser.screenshot("phone-family");
    }

    private void visit(String page, List<String> problems) {
        browser.open(page);
        fits(page, problems);
        browser.screenshot("phone" + page.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** No sideways scrolling: the page is no wider than the window, and the window no wider than the phone. */
    private void fits(String page, List<String> problems) {
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        long scroll = widths.get(0).longValue();
        long window = widths.get(1).longValue();
        if (scroll > window || window > WIDTH) {
            problems.add(page + ": the page is " + Math.max(scroll, window) + " px wide" + widest());
        }
    }

    /** For the failure message: the innermost elements that are wider than the phone. */
    private String widest() {
        Object found = ((JavascriptExecutor) browser.driver()).executeScript(
                "var out = [], w = " + WIDTH + ";"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  if (e.getBoundingClientRect().width <= w + 1) return;"
                        + "  var wider = Array.prototype.some.call(e.children, function (c) {"
                        + "    return c.getBoundingClientRect().width > w + 1; });"
                        + "  if (!wider) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + "    + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));"
                        + "});"
                        + "return out.slice(0, 5).join(', ');");
        return String.valueOf(found).isEmpty() ? "" : " (" + found + ")";
    }

    private void menuOpens(String page, String linkId, List<String> problems) {
        WebElement button = browser.find("menuButton");
        WebElement link = browser.driver().findElement(By.id(linkId));
        if (link.isDisplayed()) {
            problems.add(page + ": the side menu is open before the menu button is pressed");
            return;
        }
        if (button.getRect().getHeight() < 44 || button.getRect().getWidth() < 44) {
            problems.add(page + ": the menu button is smaller than 44 px: " + button.getRect().getDimension());
        }
        if (button.getText().isBlank() || !"false".equals(button.getAttribute("aria-expanded"))) {
            problems.add(page + ": the menu button has no label or no aria-expanded=false");
        }
        button.click();
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(ExpectedConditions.elementToBeClickable(By.id(linkId)));
            if (!"true".equals(button.getAttribute("aria-expanded"))) {
                problems.add(page + ": the open menu's button does not say aria-expanded=true");
            }
            fits(page + " (menu open)", problems);
        } catch (org.openqa.selenium.TimeoutException e) {
            problems.add(page + ": the menu button did not open the menu");
        }
    }
}
