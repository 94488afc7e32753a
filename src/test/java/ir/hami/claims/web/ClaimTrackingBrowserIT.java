package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Following claims on a phone (390×844): the list with its state chips, search and report; a paid claim's details,
 * timeline, amounts and print view; a deficiency fixed with a new image; another family's claim and image, and a
 * former spouse's new claim, refused when their ids are typed by hand.
 */
class ClaimTrackingBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String REFUSED = "این خسارت پیدا نشد یا به خانواده شما تعلق ندارد.";

    private final BrowserClaims claims = new BrowserClaims(data);

    @Override
    protected Browser newBrowser() {
        return Browser.phone(390, 844);
    }

    private long contract() {
        long insurer = data.insurer("بیمه پیگیری آزمون");
        return data.contract(insurer, data.policyholder("شرکت پیگیری آزمون")).cover("سرپایی", 500_000_000L, 10)
                .create();
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    private List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("article.claims-card"));
    }

    private void chip(String filter) {
        By chip = By.cssSelector("[data-filter='" + filter + "']");
        waitUntil(d -> {
            d.findElement(chip).click();
            return true;
        });
        browser.waitForLoad();
        waitUntil(d -> "true".equals(d.findElement(chip).getAttribute("aria-pressed")));
    }

    private static String fa(String digits) {
        return PersianText.toPersianDigits(digits);
    }

    /** Only the digits of a text, whatever their script. */
    private static String digitsOf(String text) {
        return PersianText.normalizeDigits(text).replaceAll("[^0-9]", "");
    }

    private String fetch(String path) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + '|' "
                        + "+ r.headers.get('content-type') + '|' + r.headers.get('x-content-type-options') + '|' "
                        + "+ r.headers.get('cache-control'))).catch(e => done('error ' + e));", path);
    }

    private void noSidewaysScroll(String where) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertTrue(sizes.get(0).intValue() <= sizes.get(1).intValue(), where + ": " + sizes);
    }

    @Test
    void listFiltersDetailsTimelineAmountsAndPrint() {
        long contract = contract();
        TestData.Family f = data.family(contract).dependents(1).lastName("پیگیرزاده").create();
        TestData.Member main = f.main();
        TestData.Member spouse = f.dependents().get(0);
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        BrowserClaims.Made registered = claims.submitted(main, main, contract, 1_250_000);
        BrowserClaims.Made deficient = claims.submitted(main, main, contract, 2_000_000);
        claims.deficiency(deficient.id(), "تصویر فاکتور خوانا نیست");
        BrowserClaims.Made paid = claims.submitted(main, main, contract, 3_146_000);
        claims.paid(paid.id(), 3_146_000, 283_140, 314_600);
        BrowserClaims.Made spouses = claims.submitted(spouse, main, contract, 700_000);

        Logins.member(browser, main.nationalId(), PASSWORD);
        browser.click("menuButton");
        browser.click("menuClaims");
        browser.waitForPath("/member/claims.xhtml");
        String list = browser.waitForText(fa(paid.trackingCode()));
        assertTrue(list.contains("خسارت‌های " + main.fullName()), list);
        assertEquals(3, cards().size());
        assertTrue(list.contains(fa(registered.trackingCode())));
        assertFalse(list.contains(fa(spouses.trackingCode())), "the spouse's claim is under the spouse");
        // the deficiency stands out: the member has to act
        List<WebElement> acting = browser.driver().findElements(By.cssSelector("article.claims-card-act"));
        assertEquals(1, acting.size());
        assertTrue(acting.get(0).getText().contains(fa(deficient.trackingCode())));
        assertTrue(acting.get(0).getText().contains("نقص مدرک"));
        noSidewaysScroll("claims list");
        browser.screenshot("claims-list-phone");

        chip("PAID");
        waitUntil(d -> cards().size() == 1 && cards().get(0).getText().contains(fa(paid.trackingCode())));
        String card = cards().get(0).getText();
        assertTrue(card.contains("پرداخت شده"), card);
        assertEquals(digitsOf("2548260"), digitsOf(browser.driver().findElement(By.cssSelector(".claims-payable")).getText()));
        chip("DEFICIENCY");
        waitUntil(d -> cards().size() == 1 && cards().get(0).getText().contains(fa(deficient.trackingCode())));
        chip("REJECTED");
        waitUntil(d -> cards().isEmpty() && browser.pageText().contains("خسارتی با این وضعیت"));
        chip("ALL");
        waitUntil(d -> cards().size() == 3);

        // search by tracking code in Persian digits; letters are refused beside the field
        browser.type("claimsForm:search", fa(registered.trackingCode()));
        browser.click("claimsForm:searchButton");
        waitUntil(d -> cards().size() == 1 && cards().get(0).getText().contains(fa(registered.trackingCode())));
        browser.type("claimsForm:search", "abc");
        browser.click("claimsForm:searchButton");
        waitUntil(d -> d.findElement(By.id("claimsForm:searchMessage")).getText().contains("فقط رقم"));
        browser.type("claimsForm:search", "");
        browser.click("claimsForm:searchButton");
        waitUntil(d -> cards().size() == 3);

        // the spouse's claims, chosen as on the referrals page
        browser.choose("claimsForm:person", spouse.fullName());
        browser.waitForLoad();
        waitUntil(d -> cards().size() == 1 && cards().get(0).getText().contains(fa(spouses.trackingCode())));
        browser.choose("claimsForm:person", main.fullName());
        browser.waitForLoad();
        waitUntil(d -> cards().size() == 3);

        // seed 004's report of the active contract
        browser.click("claimsForm:showReport");
        String report = browser.waitForText("گزارش این بخش فقط برای قراردادهای فعال است");
        assertTrue(report.contains(fa(paid.trackingCode())), report);
        assertTrue(report.contains("خسارت (پرداخت به عضو)"), report);
        assertTrue(report.contains("شرکت پیگیری آزمون"), report);
        noSidewaysScroll("claims report");
        browser.screenshot("claims-report-phone");
        browser.click("claimsForm:showList");
        waitUntil(d -> cards().size() == 3);

        // the paid claim's details
        chip("PAID");
        waitUntil(d -> cards().size() == 1);
        waitUntil(d -> {
            d.findElement(By.cssSelector("article.claims-card a.claims-code")).click();
            return true;
        });
        browser.waitForPath("/member/claim.xhtml");
        browser.waitForLoad();
        assertEquals(fa(paid.trackingCode()), browser.text("trackingCode"));
        assertEquals("پرداخت شده", browser.text("state"));
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("li.claims-step"));
        assertEquals(List.of("RECEPTION", "ASSESSMENT", "FINANCE", "BANK", "DEPOSIT"),
                steps.stream().map(s -> s.getAttribute("data-stage")).toList());
        assertTrue(steps.stream().allMatch(s -> "DONE".equals(s.getAttribute("data-status"))));
        String timeline = browser.text("timeline");
        assertTrue(timeline.contains("شماره پرونده در سیستم مرکزی: FN-4455"), timeline);
        assertTrue(timeline.contains("دکتر ارزیاب آزمون"), timeline);
        // every amount, each with its sentence; the stored ones, not recomputed
        assertEquals("3146000", digitsOf(browser.text("amountRequested")));
        assertEquals("2831400", digitsOf(browser.text("amountCommitment")));
        assertEquals("283140", digitsOf(browser.text("amountFranchise")));
        assertEquals("2548260", digitsOf(browser.text("amountPayable")));
        String amounts = browser.text("amounts");
        assertTrue(amounts.contains("هزینه پرونده‌سازی در تعهد نیست"), amounts);
        assertTrue(amounts.contains("مبلغ تعهد منهای فرانشیز"), amounts);
        assertTrue(amounts.contains("ویزیت متخصص قلب"), amounts);
        assertTrue(digitsOf(browser.text("itemsTotals")).startsWith("3146000"), browser.text("itemsTotals"));
        assertEquals("IR12 **** **** 3456", browser.text("maskedIban"));
        assertFalse(browser.pageText().contains("IR120170000000123456783456"));
        assertTrue(browser.text("payingUnit").contains("واحد مالی تهران"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#documents img")).size());
        noSidewaysScroll("claim details");
        browser.screenshot("claim-details-phone");

        // the print view: the same claim, no menu
        browser.open("/member/claim-print.xhtml?id=" + paid.id());
        assertEquals(fa(paid.trackingCode()), browser.text("trackingCode"));
        assertTrue(browser.driver().findElements(By.id("mainMenu")).isEmpty());
        assertTrue(browser.find("printButton").isDisplayed());
        assertEquals("2548260", digitsOf(browser.text("amountPayable")));
        browser.screenshot("claim-print-phone");
    }

    @Test
    void aDeficiencyIsFixedWithANewImage() throws IOException {
        long contract = contract();
        TestData.Family f = data.family(contract).lastName("نقص‌زاده").create();
        TestData.Member main = f.main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        BrowserClaims.Made claim = claims.submitted(main, main, contract, 900_000);
        claims.deficiency(claim.id(), "تصویر نسخه پزشک را بفرستید");
        long smsBefore = ((Number) data.queryValue("select count(*) from sms_message where mobile = ?",
                main.mobile())).longValue();

        Logins.member(browser, main.nationalId(), PASSWORD);
        browser.open("/member/claim.xhtml?id=" + claim.id());
        assertTrue(browser.text("deficiencyForm:deficiencyReason").contains("تصویر نسخه پزشک را بفرستید"));
        WebElement assessment = browser.driver().findElement(By.cssSelector("li.claims-step[data-stage='ASSESSMENT']"));
        assertEquals("MEMBER", assessment.getAttribute("data-status"));
        assertTrue(assessment.getText().contains("اقدام بعدی با شماست"));

        // resend with no new image: refused beside the upload, nothing changes
        browser.type("deficiencyForm:note", "نسخه را فرستادم");
        browser.click("deficiencyForm:resend");
        waitUntil(d -> d.findElement(By.id("deficiencyForm:imageMessage")).getText().contains("دست‌کم یک تصویر جدید"));
        assertEquals("DEFICIENCY", data.queryValue("select state from claim where id = ?", claim.id()));

        browser.choose("deficiencyForm:documentType", "اصل صورتحساب یا فاکتور");
        browser.waitForLoad();
        Path png = Files.createDirectories(Path.of("target", "claim-uploads")).resolve("prescription.png");
        Files.write(png, TestData.png());
        browser.driver().findElement(By.id("deficiencyForm:image_input")).sendKeys(png.toAbsolutePath().toString());
        waitUntil(d -> d.findElements(By.cssSelector("li.new-image")).size() == 1);
        browser.waitForLoad();
        assertEquals("اصل صورتحساب یا فاکتور", browser.text("deficiencyForm:documentType_label"),
                "the type stays chosen for the next image");
        assertEquals(1L, ((Number) data.queryValue(
                "select count(*) from claim_document where claim_id = ? and round_no = 1", claim.id())).longValue());
        noSidewaysScroll("deficiency form");
        browser.screenshot("claim-deficiency-image-phone");

        browser.type("deficiencyForm:note", "نسخه را فرستادم");
        browser.click("deficiencyForm:resend");
        waitUntil(d -> d.findElement(By.id("state")).getText().contains("رفع نقص شده"));
        assertTrue(browser.driver().findElements(By.id("deficiencyForm:resend")).isEmpty());
        assertTrue(browser.pageText().contains("دوباره کارشناسی می‌شود"));
        assertEquals("DEFICIENCY_FIXED", data.queryValue("select state from claim where id = ?", claim.id()));
        assertEquals("نسخه را فرستادم", data.queryValue(
                "select note from claim_event where claim_id = ? and action = 'DEFICIENCY_FIXED'", claim.id()));
        assertEquals(smsBefore + 1, ((Number) data.queryValue("select count(*) from sms_message where mobile = ?",
                main.mobile())).longValue());
        browser.screenshot("claim-deficiency-fixed-phone");
    }

    @Test
    void anotherFamilysClaimAndImageAndAFormerSpousesNewClaimAreRefused() {
        long contract = contract();
        TestData.Family mine = data.family(contract).dependents(1).create();
        TestData.Family theirs = data.family(contract).lastName("بیگانه‌زاده").create();
        data.memberAccount(mine.main().personId(), mine.main().nationalId(), PASSWORD);
        BrowserClaims.Made own = claims.submitted(mine.main(), mine.main(), contract, 500_000);
        BrowserClaims.Made other = claims.submitted(theirs.main(), theirs.main(), contract, 600_000);
        long ownImage = ((Number) data.queryValue("select min(id) from claim_document where claim_id = ?", own.id()))
                .longValue();
        long otherImage = ((Number) data.queryValue("select min(id) from claim_document where claim_id = ?",
                other.id())).longValue();
        // the spouse left and has a cover of their own: their new claim is theirs alone
        TestData.Member exSpouse = mine.dependents().get(0);
        data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?",
                LocalDate.now().minusDays(1), exSpouse.personId(), contract);
        BrowserClaims.Made later = claims.submitted(exSpouse, exSpouse, contract(), 800_000);

        Logins.member(browser, mine.main().nationalId(), PASSWORD);
        browser.open("/member/claim.xhtml?id=" + other.id());
        String page = browser.waitForText(REFUSED);
        assertFalse(page.contains("بیگانه‌زاده"), page);
        assertFalse(page.contains(fa(other.trackingCode())), page);
        assertTrue(browser.driver().findElements(By.id("trackingCode")).isEmpty());
        browser.screenshot("claim-other-family-phone");
        browser.open("/member/claim-print.xhtml?id=" + other.id());
        page = browser.waitForText(REFUSED);
        assertFalse(page.contains(fa(other.trackingCode())), page);
        browser.open("/member/claim.xhtml?id=" + later.id());
        page = browser.waitForText(REFUSED);
        assertFalse(page.contains(fa(later.trackingCode())), page);
        browser.open("/member/claim.xhtml?id=not-a-number");
        browser.waitForText(REFUSED);

        browser.open("/member/claim.xhtml?id=" + own.id());
        String mineShown = fetch("/member/claim-image?id=" + ownImage);
        assertTrue(mineShown.startsWith("200|image/png|nosniff|private"), mineShown);
        String theirsShown = fetch("/member/claim-image?id=" + otherImage);
        assertTrue(theirsShown.startsWith("403|"), theirsShown);
        assertTrue(fetch("/member/claim-image?id=999999999").startsWith("403|"));
    }
}
