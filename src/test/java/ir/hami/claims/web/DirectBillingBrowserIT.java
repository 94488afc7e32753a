package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.referral.LetterCodes;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * Direct billing in a real browser on a phone: a centre chooses its letter, is refused an amount over the letter's
 * ceiling beside the field, adds the invoice's image, submits and finds the bill in its list; a member cannot open the
 * centre's pages.
 */
class DirectBillingBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    @Override
    protected Browser newBrowser() {
        return Browser.phone(360, 740);
    }

    private void shows(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    private void fitsThePhone(String page) {
        PhoneFit.assertFits(browser, page);
    }

    private long number(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    @Test
    void aCentreBillsItsLetterAndSeesTheBillInItsList() {
        long insurer = data.insurer(TestData.unique("بیمه صورتحساب آزمون "));
        long contract = data.contract(insurer, data.policyholder("شرکت صورتحساب")).cover("بستری", 900_000_000L, 10)
                .create();
        TestData.Family f = data.family(contract).dependents(1).create();
        TestData.Member patient = f.dependents().get(0);
        long center = data.center(TestData.unique("بیمارستان صورتحساب "), 1).insurer(insurer).create();
        String user = data.centerUser(center, PASSWORD);
        TestData.Referral letter = data.referral(patient, f.main(), contract, center).cause("بستری عمومی")
                .issued(TODAY.minusDays(3), TODAY.plusDays(4), LetterCodes.verificationCode()).create();

        Logins.staff(browser, user, PASSWORD);
        browser.open("/center/bill.xhtml");
        // the centre's newest issued letters are offered at once
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("select[id='letterForm:letter'] option")).size() == 2);
        new Select(browser.find("letterForm:letter")).selectByValue(String.valueOf(letter.id()));
        shows("letterForm:letterFacts", patient.fullName());
        assertTrue(browser.text("letterCeiling").contains("۵۰۰٬۰۰۰٬۰۰۰"), browser.text("letterCeiling"));
        fitsThePhone("new bill");

        browser.type("billForm:invoiceNumber", "۹۸۷۶");
        browser.type("billForm:invoiceDate", Jalali.format(TODAY));
        browser.type("billForm:serviceDate", PersianText.toPersianDigits(Jalali.format(TODAY.minusDays(1))));
        browser.type("billForm:amount", "600000000");
        browser.type("billForm:iban", "IR06 2960 0000 0010 0324 2000 01");
        browser.driver().findElement(By.id("billForm:images")).sendKeys(
                SampleFiles.write("invoice.png", TestData.png()).toAbsolutePath().toString());
        browser.click("billForm:attach");
        shows("stagedImages", "invoice.png");

        // over the ceiling: refused beside the amount, nothing saved
        browser.click("billForm:submit");
        shows("billForm:amountMessage", "سقف تعهد");
        assertEquals(0, number("select count(*) from claim where referral_id = ?", letter.id()));
        browser.screenshot("bill-over-ceiling");

        browser.type("billForm:amount", "۴۵۰٬۰۰۰٬۰۰۰");
        browser.click("billForm:submit");
        String tracking = PersianText.normalizeDigits(browser.waitFor(By.id("doneTracking")).getText().strip());
        assertEquals(tracking, data.queryValue("select tracking_code from claim where referral_id = ?", letter.id()));
        assertEquals(450_000_000L, number("select requested_amount from claim where referral_id = ?", letter.id()));
        assertEquals("IR062960000000100324200001",
                data.queryValue("select payment_iban from claim where referral_id = ?", letter.id()));
        browser.screenshot("bill-done");

        browser.open("/center/bills.xhtml");
        String list = browser.waitForText(PersianText.toPersianDigits(tracking));
        assertTrue(list.contains(patient.fullName()), list);
        assertTrue(list.contains("ثبت شده"), list);
        fitsThePhone("bills");
        browser.screenshot("bills-phone");

        // the next bill remembers the IBAN
        browser.open("/center/bill.xhtml");
        assertEquals("IR062960000000100324200001", PersianText.normalizeDigits(
                browser.find("billForm:iban").getAttribute("value")).replaceAll("\\s", ""));
    }

    @Test
    void aMemberCannotOpenTheCentresBills() {
        long insurer = data.insurer(TestData.unique("بیمه صورتحساب آزمون "));
        long contract = data.contract(insurer, data.policyholder("شرکت صورتحساب")).create();
        TestData.Member member = data.family(contract).create().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
        Logins.member(browser, member.nationalId(), PASSWORD);
        for (String page : List.of("/center/bill.xhtml", "/center/bills.xhtml")) {
            browser.open(page);
            assertTrue(browser.waitForText(FORBIDDEN).contains(FORBIDDEN), page);
        }
    }
}
