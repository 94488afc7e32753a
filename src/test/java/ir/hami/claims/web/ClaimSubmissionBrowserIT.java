package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.SampleFiles;
import ir.hami.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member submits a claim on a phone (390×844) through the five steps of seed 002, reading the screen: bad input at
 * each step is told beside its field (a future date, an amount of zero or with letters, a PDF renamed .jpg, a wrong
 * and an expired SMS code), the draft resumes from its address, two images are sent, and a double click on submit
 * makes one claim whose tracking code is shown.
 */
class ClaimSubmissionBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";

    private Path files;

    @Override
    protected Browser newBrowser() {
        return Browser.phone(390, 844);
    }

    @BeforeAll
    void uploadFolder() throws IOException {
        files = Files.createDirectories(Path.of("target", "claim-uploads"));
    }

    private String file(String name, byte[] bytes) throws IOException {
        Path p = files.resolve(name);
        Files.write(p, bytes);
        return p.toAbsolutePath().toString();
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private void step(int n) {
        browser.waitForText("مرحله " + PersianText.toPersianDigits(String.valueOf(n)) + " از ۵");
        browser.waitForLoad();
        noSidewaysScroll();
    }

    private void noSidewaysScroll() {
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        assertEquals(Boolean.FALSE, wide, "the page scrolls sideways at 390 px");
    }

    private String lastCode(String mobile) {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc",
                mobile);
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private long claimId() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(m.find(), browser.driver().getCurrentUrl());
        return Long.parseLong(m.group(1));
    }

    @Test
    void aMemberSubmitsAClaimWithTwoImagesOnAPhone() throws IOException {
        long insurer = data.insurer("بیمه خسارت مرورگر");
        long contract = data.contract(insurer, data.policyholder("شرکت پالایش آزمون"))
                .cover("درمان", 500_000_000L, 10).create();
        TestData.Family f = data.family(contract).lastName("نوروزی").create();
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);
        long city = ((Number) data.queryValue("select min(id) from city")).longValue();
        String centerName = TestData.unique("درمانگاه پارس آزمون ");
        data.center(centerName, city).create();
        String province = (String) data.queryValue("select min(name) from province");

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.open("/member/claim-new.xhtml");
        step(1);
        assertTrue(browser.pageText().contains("لطفا برای هر خدمت یک درخواست جداگانه ارسال شود"));

        // step 1: a date in the future is refused beside the date
        browser.type("claimForm:serviceDate", Jalali.format(LocalDate.now().plusDays(3)));
        browser.click("claimForm:next1");
        waitUntil(d -> d.findElement(By.id("claimForm:serviceDateMessage")).getText().contains("بعد از امروز"));
        browser.screenshot("claim-step1-future");
        browser.type("claimForm:serviceDate", Jalali.format(LocalDate.now().minusDays(3)));
        browser.click("claimForm:next1");
        step(2);
        long id = claimId();
        assertEquals(1L, ((Number) data.queryValue("select count(*) from claim where id = ? and state = 'DRAFT'", id))
                .longValue());

        // step 2: an amount of zero, then with letters, each refused beside the amount; nothing else lost
        browser.choose("claimForm:province", province);
        browser.type("claimForm:center_input", centerName.substring(0, 12));
        browser.waitFor(By.xpath("//*[@id='claimForm:center_panel']//li[contains(.,'" + centerName + "')]")).click();
        browser.waitForLoad();
        browser.choose("claimForm:serviceType", "ویزیت پزشک");
        browser.waitForLoad();
        browser.choose("claimForm:service", "ویزیت پزشک عمومی");
        browser.choose("claimForm:basic", "بیمه سلامت");
        browser.driver().findElement(By.xpath("//label[@for='claimForm:prescription:1']")).click();
        browser.waitForLoad();
        browser.type("claimForm:council", "۱۲۳۴۵");
        browser.type("claimForm:description", "ویزیت برای سرماخوردگی");
        browser.type("claimForm:amount", "0");
        browser.click("claimForm:next2");
        waitUntil(d -> d.findElement(By.id("claimForm:amountMessage")).getText().contains("بیشتر از صفر"));
        browser.type("claimForm:amount", "12ab");
        browser.click("claimForm:next2");
        waitUntil(d -> d.findElement(By.id("claimForm:amountMessage")).getText().contains("مبلغ معتبر نیست"));
        assertEquals("ویزیت برای سرماخوردگی", browser.find("claimForm:description").getAttribute("value"));
        browser.screenshot("claim-step2-amount");
        browser.type("claimForm:amount", "۲۵۰۰۰۰۰");
        browser.click("claimForm:next2");
        step(3);

        // the draft survives: a new claim's page offers it, and its address opens it again at the step reached
        browser.open("/member/claim-new.xhtml");
        step(1);
        browser.waitFor(By.cssSelector("a.draft-link[href$='claim-new.xhtml?id=" + id + "']")).click();
        browser.waitForPath("/member/claim-new.xhtml");
        step(3);
        assertEquals(id, claimId());
        assertTrue(browser.pageText().contains("اصل صورتحساب یا فاکتور"), "the mandatory document is named");

        // step 3: a 50 MB photo never leaves the phone: refused beside the field, and nothing is sent
        browser.find("claimFiles:gallery").sendKeys(file("huge.jpg", new byte[50 * 1024 * 1024]));
        waitUntil(d -> d.findElement(By.cssSelector(".hami-attach-client-errors")).getText().contains("huge.jpg"));
        assertTrue(browser.driver().findElement(By.cssSelector(".hami-attach-client-errors")).getText()
                .contains("مگابایت"));
        assertEquals("", browser.find("claimFiles:gallery").getAttribute("value"), "the photo was dropped");
        browser.screenshot("claim-step3-huge");

        // a PDF renamed .jpg is refused; a photo and a gallery image are accepted
        browser.find("claimFiles:gallery").sendKeys(file("scan.jpg", SampleFiles.pdf()));
        browser.click("claimFiles:uploadGallery");
        waitUntil(d -> d.findElement(By.id("claimFiles:galleryMessage")).getText().contains("فقط تصویر"));
        browser.screenshot("claim-step3-pdf");
        browser.find("claimFiles:camera").sendKeys(file("invoice.jpg", SampleFiles.jpeg(5123)));
        browser.click("claimFiles:uploadCamera");
        step(3);
        assertTrue(browser.text("claimFiles:missingBox").contains("همه مدارک الزامی"));
        new Select(browser.find("claimFiles:documentType")).selectByVisibleText("سایر مدارک");
        browser.find("claimFiles:gallery").sendKeys(file("other.png", TestData.png()));
        browser.click("claimFiles:uploadGallery");
        step(3);
        assertEquals(2, browser.driver().findElements(By.cssSelector("#thumbs .hami-thumb img")).size());
        long document = ((Number) data.queryValue("select min(id) from claim_document where claim_id = ?", id))
                .longValue();
        String image = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + '|' "
                        + "+ r.headers.get('content-type'))).catch(e => done('error ' + e));",
                "/member/claim-image?id=" + document);
        assertTrue(image.startsWith("200|image/"), image);
        browser.screenshot("claim-step3-images");
        browser.click("claimFiles:next3");
        step(4);

        // step 4: a wrong code, then an expired one, each told beside the code
        browser.click("claimForm:sendCode");
        browser.waitForText("کد تایید ارسال شد");
        String code = lastCode(f.main().mobile());
        browser.type("claimForm:code", code.equals("123456") ? "654321" : "123456");
        browser.click("claimForm:confirmCode");
        waitUntil(d -> d.findElement(By.id("claimForm:codeMessage")).getText().contains("درست نیست"));
        Instant past = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        data.update("update verification_code set created_at = ?, expires_at = ? where subject = ?", past, past,
                "claim:" + id);
        browser.type("claimForm:code", code);
        browser.click("claimForm:confirmCode");
        waitUntil(d -> d.findElement(By.id("claimForm:codeMessage")).getText().contains("اعتبار این کد"));
        browser.screenshot("claim-step4-expired");
        browser.click("claimForm:sendCode");
        browser.waitForText("کد تایید ارسال شد");
        String fresh = lastCode(f.main().mobile());
        browser.type("claimForm:code", PersianText.toPersianDigits(fresh));
        browser.click("claimForm:confirmCode");
        step(5);

        // step 5: the review, then a double click on submit makes one claim
        String review = browser.pageText();
        assertTrue(review.contains(centerName), review);
        assertTrue(review.contains("ویزیت پزشک عمومی"));
        assertTrue(review.contains("۲٬۵۰۰٬۰۰۰"), review);
        browser.screenshot("claim-step5-review");
        WebElement submit = browser.find("claimForm:submit");
        new Actions(browser.driver()).doubleClick(submit).perform();
        String shown = browser.waitFor(By.id("trackingCode")).getText().strip();
        browser.waitForLoad();
        noSidewaysScroll();
        String tracking = PersianText.normalizeDigits(shown);
        assertTrue(tracking.matches("\\d{10}"), shown);
        assertEquals(1L, ((Number) data.queryValue("select count(*) from claim where person_id = ?",
                f.main().personId())).longValue());
        assertEquals(tracking, data.queryValue("select tracking_code from claim where id = ?", id));
        assertEquals(1L, ((Number) data.queryValue(
                "select count(*) from claim_event where claim_id = ? and action = 'SUBMITTED'", id)).longValue());
        assertEquals(2L, ((Number) data.queryValue("select count(*) from claim_document where claim_id = ?", id))
                .longValue());
        assertTrue(browser.driver().findElement(By.id("openClaim")).getAttribute("href")
                .contains("claim.xhtml?id=" + id));
        browser.screenshot("claim-submitted");
    }
}
