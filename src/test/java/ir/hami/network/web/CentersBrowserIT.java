package ir.hami.network.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Treatment centres in a real browser: search, filters, paging, the details dialog with the referral flags. */
class CentersBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String ROWS = "//tbody[@id='centersForm:centersTable_data']/tr";
    private static final long TABRIZ = 1;
    private static final long SHIRAZ = 160;
    private static final long JAHROM = 162;

    @Test
    void memberSearchesFiltersPagesAndSeesTheReferralFlags() {
        String tag = TestData.unique("t");
        long insurer = data.insurer("بیمه آسماری " + tag);
        data.referralContact(insurer, "۷:۳۰ تا ۱۶:۳۰", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۲۷۱", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۱۴۹");
        TestData.Family f = memberOf(insurer);
        for (int i = 1; i <= 11; i++) {
            data.center("بیمارستان شفا " + tag + " " + (char) ('ا' + i), SHIRAZ).insurer(insurer).create();
        }
        data.center("بیمارستان استاد مطهری " + tag, JAHROM).type("PUBLIC_HOSPITAL").issuesReferrals()
                .address("بلوار استاد مطهری").create();
        data.center("آزمایشگاه پاستور " + tag, JAHROM).type("LABORATORY").onlineReferrals().insurer(insurer)
                .at(28.5, 53.56)
                .service("آزمایش خون").physician("دکتر مریم رضایی", "آسیب‌شناسی", "م-۱۲۳۴۵").create();
        data.center("آزمایشگاه تبریز " + tag, TABRIZ).type("LABORATORY").onlineReferrals().create();

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.open("/member/centers.xhtml");
        String page = browser.waitForText("خارج ساعات اداری");
        assertTrue(page.contains("۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۱۴۹"), page);
        // the browser tests' portal has a tile server that never answers: the map is there all the same
        assertTrue(browser.find("centersMap").getAttribute("class").contains("leaflet-container"));

        // a partial word typed with the Arabic yeh
        browser.type("centersForm:name", "شف بيمار " + tag);
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۱۰ از ۱۱ آیتم");
        assertEquals(10, rows().size());
        browser.screenshot("centers-search");
        browser.waitFor(By.xpath("//*[@id='centersForm:centersTable_paginator_bottom']"
                + "//*[contains(@class,'ui-paginator-page') and normalize-space(.)='2']")).click();
        browser.waitForText("نمایش ۱۱ تا ۱۱ از ۱۱ آیتم");

        // province, city, type and the online flag
        browser.type("centersForm:name", tag);
        browser.choose("centersForm:province", "فارس");
        browser.choose("centersForm:city", "جهرم");
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۲ از ۲ آیتم");
        browser.choose("centersForm:type", "آزمایشگاه");
        browser.driver().findElement(By.xpath("//*[@id='centersForm:online']//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        assertTrue(rows().get(0).getText().contains("آزمایشگاه پاستور"), rows().get(0).getText());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#centersMap .leaflet-interactive")).size() == 1);
        browser.screenshot("centers-map");

        browser.click("centersForm:centersTable:0:view");
        String dialog = waitForDialog("آزمایشگاه پاستور");
        assertTrue(dialog.contains("امکان صدور معرفی نامه دارد ✓"), dialog);
        assertTrue(dialog.contains("امکان صدور آنلاین معرفی نامه دارد ✓"), dialog);
        assertTrue(dialog.contains("دکتر مریم رضایی"), dialog);
        assertTrue(dialog.contains("آزمایش خون"), dialog);
        assertTrue(dialog.contains("بیمه آسماری " + tag), dialog);
        assertTrue(browser.find("dOnline").getAttribute("class").contains("hami-flag-yes"));
        browser.screenshot("centers-dialog-online");
        closeDialog();

        // back to all types and flags: the public hospital issues letters, but not online
        browser.choose("centersForm:type", "همه");
        browser.driver().findElement(By.xpath("//*[@id='centersForm:online']//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.type("centersForm:name", "مطهري " + tag);
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        browser.click("centersForm:centersTable:0:view");
        dialog = waitForDialog("بیمارستان استاد مطهری");
        assertTrue(dialog.contains("امکان صدور معرفی نامه دارد ✓"), dialog);
        assertTrue(dialog.contains("امکان صدور آنلاین معرفی نامه ندارد ✗"), dialog);
        assertTrue(dialog.contains("بلوار استاد مطهری"), dialog);
        assertTrue(browser.find("dOnline").getAttribute("class").contains("hami-flag-no"));
        browser.screenshot("centers-dialog-not-online");
    }

    @Test
    void aCentreNamedLikeHtmlShowsItsNameAsTextOnTheMap() {
        String tag = TestData.unique("x");
        String name = "<img src=x onerror=\"window.__xss=1\"> " + tag;
        long insurer = data.insurer("بیمه نقشه " + tag);
        TestData.Family f = memberOf(insurer);
        data.center(name, SHIRAZ).insurer(insurer).at(29.61, 52.53).create();

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.open("/member/centers.xhtml");
        browser.waitFor(By.id("centersForm:name"));
        browser.type("centersForm:name", tag);
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        WebElement marker = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            List<WebElement> markers = d.findElements(By.cssSelector("#centersMap .leaflet-interactive"));
            return markers.size() == 1 ? markers.get(0) : null;
        });
        new Actions(browser.driver()).moveToElement(marker).perform();
        WebElement tooltip = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#centersMap .leaflet-tooltip")));
        browser.screenshot("centers-map-html-name");
        assertEquals(name, tooltip.getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#centersMap img:not(.leaflet-tile)")).size(),
                "the centre's name became an element");
        assertEquals(null, ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss;"));
    }

    @Test
    void adminCreatesACentreAndAMemberFindsIt() {
        String tag = TestData.unique("n");
        String name = "کلینیک دندانپزشکی مهر " + tag;
        TestData.Family f = memberOf(data.insurer("بیمه دی " + tag));
        String adminUser = data.staff("ADMIN", PASSWORD);

        Logins.staff(browser, adminUser, PASSWORD);
        browser.open("/admin/centers.xhtml");
        browser.click("adminCentersForm:newCenter");
        browser.type("adminCentersForm:code", TestData.unique("AD"));
        browser.type("adminCentersForm:cname", name);
        browser.choose("adminCentersForm:ctype", "دندانپزشکی");
        browser.choose("adminCentersForm:cprovince", "فارس");
        browser.choose("adminCentersForm:ccity", "شیراز");
        browser.type("adminCentersForm:address", "خیابان ۷ تیر تقاطع اردیبهشت");
        browser.type("adminCentersForm:lat_input", "29.61");
        browser.type("adminCentersForm:lng_input", "52.53");
        browser.type("adminCentersForm:services", "جرم‌گیری");
        browser.driver().findElement(By.xpath("//*[@id='adminCentersForm:online']//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.screenshot("admin-center-form");
        browser.click("adminCentersForm:saveCenter");
        browser.waitForText("مرکز «" + name + "» ذخیره شد");
        browser.type("adminCentersForm:search", tag);
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        browser.screenshot("admin-centers");

        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.open("/member/centers.xhtml");
        browser.type("centersForm:name", "دندان مهر " + tag);
        browser.click("centersForm:searchButton");
        browser.waitForText("نمایش ۱ تا ۱ از ۱ آیتم");
        browser.click("centersForm:centersTable:0:view");
        String dialog = waitForDialog(name);
        assertTrue(dialog.contains("امکان صدور آنلاین معرفی نامه دارد ✓"), dialog);
        assertTrue(dialog.contains("جرم‌گیری"), dialog);
        assertTrue(dialog.contains("29.61") && dialog.contains("52.53"), dialog);
        browser.screenshot("member-finds-new-centre");
    }

    @Test
    void adminKeepsTheReferralLinesOfAnInsurerAndItsMembersSeeEachChange() {
        String tag = TestData.unique("l");
        String insurerName = "بیمه سینا " + tag;
        TestData.Family f = memberOf(data.insurer(insurerName));
        String adminUser = data.staff("ADMIN", PASSWORD);

        Logins.staff(browser, adminUser, PASSWORD);
        browser.driver().findElement(By.linkText("شماره‌های واحد معرفی نامه")).click();
        browser.waitForPath("/admin/referral-lines.xhtml");
        browser.waitForLoad();
        browser.click("linesForm:newLines");
        browser.choose("linesForm:insurer", insurerName);
        browser.type("linesForm:officePhones", "تلفن واحد");
        browser.type("linesForm:officeExtensions", "۰۲۷۱، ۰۲۰۰");
        browser.click("linesForm:saveLines");
        // beside their fields, in Persian: the required hours ...
        browser.waitForText("وارد کردن این مورد الزامی است");
        assertTrue(browser.text("linesForm:officeHoursMessage").contains("وارد کردن این مورد الزامی است"),
                browser.text("linesForm:officeHoursMessage"));
        browser.type("linesForm:officeHours", "۷:۳۰ تا ۱۶:۳۰");
        browser.click("linesForm:saveLines");
        // ... and the phone's rule
        browser.waitForText("شماره تلفن را با رقم");
        assertTrue(browser.text("linesForm:officePhonesMessage").contains("شماره تلفن را با رقم و خط تیره"),
                browser.text("linesForm:officePhonesMessage"));
        browser.screenshot("referral-lines-errors");
        browser.type("linesForm:officePhones", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹");
        browser.type("linesForm:afterHoursPhones", "۰۲۱-۸۸۶۴۸۴۲۰");
        browser.type("linesForm:afterHoursExtensions", "۰۱۴۹، ۰۳۵۷");
        browser.click("linesForm:saveLines");
        browser.waitForText("شماره‌های واحد معرفی نامه برای " + insurerName + " ذخیره شد");
        browser.screenshot("referral-lines");

        asMember(f);
        String page = browser.waitForText("خارج ساعات اداری");
        assertTrue(page.contains("ساعات اداری (۷:۳۰ تا ۱۶:۳۰): ۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی‌های ۰۲۷۱، ۰۲۰۰"), page);
        assertTrue(page.contains("۰۲۱-۸۸۶۴۸۴۲۰ داخلی‌های ۰۱۴۹، ۰۳۵۷"), page);

        asAdmin(adminUser);
        int row = rowOf(insurerName);
        browser.click("linesForm:lines:" + row + ":edit");
        browser.type("linesForm:officeExtensions", "0368");
        browser.click("linesForm:saveLines");
        browser.waitForText("ذخیره شد");
        asMember(f);
        page = browser.waitForText("ساعات اداری");
        assertTrue(page.contains("۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی‌های ۰۳۶۸"), page);

        asAdmin(adminUser);
        browser.click("linesForm:lines:" + rowOf(insurerName) + ":delete");
        browser.click("linesForm:confirmYes");
        browser.waitForText("شماره‌های واحد معرفی نامه برای " + insurerName + " حذف شد");
        asMember(f);
        browser.waitForText("شماره‌های واحد معرفی نامه برای بیمه‌گر شما ثبت نشده است");
    }

    /** A family on a contract of the insurer, its main member with a login. */
    private TestData.Family memberOf(long insurer) {
        long contract = data.contract(insurer, data.policyholder("شرکت آزمون")).cover("بستری", 500_000_000L, 10)
                .create();
        TestData.Family f = data.family(contract).create();
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);
        return f;
    }

    private void asMember(TestData.Family f) {
        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.open("/member/centers.xhtml");
    }

    private void asAdmin(String adminUser) {
        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        Logins.staff(browser, adminUser, PASSWORD);
        browser.open("/admin/referral-lines.xhtml");
    }

    /** The row of the lines table that shows this insurer. */
    private int rowOf(String insurerName) {
        List<WebElement> names = browser.driver().findElements(By.xpath("//tbody[@id='linesForm:lines_data']/tr"));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getText().contains(insurerName)) {
                return i;
            }
        }
        throw new AssertionError("no row of " + insurerName);
    }

    private String waitForDialog(String text) {
        WebElement dialog = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("centersForm:centerDialog")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("centersForm:centerDialog")).getText().contains(text));
        return browser.driver().findElement(By.id("centersForm:centerDialog")).getText();
    }

    private void closeDialog() {
        browser.driver().findElement(By.xpath("//*[@id='centersForm:centerDialog']"
                + "//a[contains(@class,'ui-dialog-titlebar-close')]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("centersForm:centerDialog")));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.xpath(ROWS));
    }
}
