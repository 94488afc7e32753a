package ir.hami.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.time.Jalali;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member's referral letters in a real browser: the request with both images (refused files shown beside their
 * field), a double click that makes one request, the list, the details with history and attachments, cancelling,
 * and another family's request refused.
 */
class MemberReferralBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String REFUSED = "این درخواست معرفی‌نامه برای شما قابل مشاهده نیست.";

    private Path files;

    @BeforeAll
    void uploadFolder() throws IOException {
        files = Files.createDirectories(Path.of("target", "referral-uploads"));
    }

    private long contract(long insurer) {
        return data.contract(insurer, data.policyholder("شرکت فولاد آزمون")).cover("بستری", 800_000_000L, 10).create();
    }

    private WebElement fileInput(String id) {
        return browser.driver().findElement(By.id(id + "_input"));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = files.resolve(name);
        Files.write(p, bytes);
        return p.toAbsolutePath();
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private String fetch(String path) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + '|' "
                        + "+ r.headers.get('content-type') + '|' + r.headers.get('x-content-type-options') + '|' "
                        + "+ r.headers.get('content-disposition'))).catch(e => done('error ' + e));",
                "/files/referral?id=" + path);
    }

    /** How many files this account has staged and not sent. */
    private long staged(String username) {
        return ((Number) data.queryValue("select count(*) from staged_upload where owner_key = ?",
                "account:" + username)).longValue();
    }

    @Test
    void memberRequestsWithBothImagesFollowsAndCancels() throws IOException {
        long insurer = data.insurer("بیمه کوثر آزمون");
        long contract = contract(insurer);
        TestData.Family f = data.family(contract).dependents(1).lastName("کاظمی").create();
        data.memberAccount(f.main().personId(), f.main().nationalId(), PASSWORD);
        long city = ((Number) data.queryValue("select min(id) from city")).longValue();
        String centerName = TestData.unique("بیمارستان مهرگان آزمون ");
        long center = data.center(centerName, city).issuesReferrals().insurer(insurer).create();

        Logins.member(browser, f.main().nationalId(), PASSWORD);
        browser.click("quickReferral");
        browser.waitForPath("/member/referral-request.xhtml");
        assertTrue(browser.pageText().contains("دو روز کاری"));

        browser.type("requestForm:physician", "دکتر سعیدی");
        // a program renamed .jpg, and a file over the limit: each refused beside its own field, nothing else lost
        byte[] program = Files.readAllBytes(Path.of("/bin/ls"));
        fileInput("requestForm:doctorOrder").sendKeys(file("order.jpg", program).toString());
        waitUntil(d -> d.findElement(By.id("requestForm:doctorOrderBox")).getText().contains("نوع فایل پذیرفته نیست"));
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(TestData.png(), 0, big, 0, TestData.png().length);
        fileInput("requestForm:nationalCard").sendKeys(file("card.png", big).toString());
        waitUntil(d -> d.findElement(By.id("requestForm:nationalCardBox")).getText().contains("حجم فایل بیش از"));
        assertTrue(browser.text("requestForm:doctorOrderBox").contains("نوع فایل پذیرفته نیست"),
                "the first field's message stays");
        assertEquals("دکتر سعیدی", browser.find("requestForm:physician").getAttribute("value"));
        browser.screenshot("referral-request-refused-files");

        // a file chosen by mistake and removed again is deleted at once, and not sent with the request
        fileInput("requestForm:doctorOrder").sendKeys(file("wrong-scan.png", TestData.png()).toString());
        waitUntil(d -> d.findElement(By.id("requestForm:doctorOrderBox")).getText().contains("wrong-scan.png"));
        assertEquals(1L, staged(f.main().nationalId()));
        browser.click("requestForm:doctorOrderRemove");
        waitUntil(d -> !d.findElement(By.id("requestForm:doctorOrderBox")).getText().contains("wrong-scan.png"));
        assertEquals(0L, staged(f.main().nationalId()));
        fileInput("requestForm:doctorOrder").sendKeys(file("order.png", TestData.png()).toString());
        waitUntil(d -> d.findElement(By.id("requestForm:doctorOrderBox")).getText().contains("order.png"));
        fileInput("requestForm:nationalCard").sendKeys(file("card-ok.png", TestData.png()).toString());
        waitUntil(d -> d.findElement(By.id("requestForm:nationalCardBox")).getText().contains("card-ok.png"));

        browser.type("requestForm:center_input", centerName.substring(0, 20));
        browser.waitFor(By.xpath("//*[@id='requestForm:center_panel']//li[contains(.,'" + centerName + "')]")).click();
        browser.waitForLoad();
        browser.type("requestForm:admission", Jalali.format(LocalDate.now().plusDays(5)));
        browser.type("requestForm:cause", "درد شکم و بستری");
        browser.screenshot("referral-request-filled");

        WebElement submit = browser.find("requestForm:submit");
        new Actions(browser.driver()).doubleClick(submit).perform();
        String shown = browser.waitFor(By.id("trackingCode")).getText().strip();
        browser.waitForLoad();
        String tracking = ir.hami.platform.text.PersianText.normalizeDigits(shown);
        assertTrue(tracking.matches("\\d{10}"), shown);
        assertEquals(ir.hami.platform.text.PersianText.toPersianDigits(tracking), shown, "Persian digits");
        assertEquals(1L, ((Number) data.queryValue(
                "select count(*) from referral_request where person_id = ?", f.main().personId())).longValue());
        assertEquals(2L, ((Number) data.queryValue("select count(*) from referral_attachment a join referral_request r "
                + "on r.id = a.request_id where r.person_id = ?", f.main().personId())).longValue());
        assertEquals(0L, staged(f.main().nationalId()), "the sent files are no longer staged");
        assertEquals("order.png", data.queryValue("select s.file_name from referral_attachment a join stored_file s "
                + "on s.id = a.file_id join referral_request r on r.id = a.request_id where r.person_id = ? "
                + "and a.kind = 'DOCTOR_ORDER'", f.main().personId()));
        browser.screenshot("referral-request-done");

        // the home page's notifications card tells the same, until marked read
        browser.click("menuHome");
        waitUntil(d -> ir.hami.platform.text.PersianText.normalizeDigits(d.findElement(By.id("notices")).getText())
                .contains(tracking));
        browser.screenshot("member-home-notices");
        browser.click("noticesForm:markAllRead");
        waitUntil(d -> d.findElements(By.id("noticesForm:unread")).isEmpty());

        // the list, the details, the attachments, cancelling
        browser.click("menuReferrals");
        browser.waitForPath("/member/referrals.xhtml");
        String list = browser.waitForText(shown);
        assertTrue(list.contains("معرفی نامه های صادره برای:"));
        assertTrue(list.contains("در انتظار بررسی"));
        browser.type("referralsForm:search", tracking);
        browser.click("referralsForm:searchButton");
        waitUntil(d -> d.findElements(By.cssSelector("a.tracking-code")).size() == 1);
        browser.screenshot("referral-list");
        waitUntil(d -> {
            d.findElement(By.linkText(shown)).click();
            return true;
        });
        browser.waitForPath("/member/referral.xhtml");
        browser.waitForLoad();
        assertEquals(shown, browser.text("trackingCode"));
        assertEquals(centerName, browser.text("centerName"));
        assertTrue(browser.text("history").contains("ثبت درخواست"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("a.attachment-link")).size());
        long attachment = ((Number) data.queryValue("select min(a.id) from referral_attachment a join referral_request r "
                + "on r.id = a.request_id where r.person_id = ?", f.main().personId())).longValue();
        String own = fetch(String.valueOf(attachment));
        assertTrue(own.startsWith("200|image/png|nosniff|attachment;"), own);
        browser.screenshot("referral-details");

        browser.click("actionsForm:cancel");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:confirmYes"))).click();
        browser.waitForLoad();
        waitUntil(d -> d.findElement(By.id("status")).getText().contains("لغو شد"));
        assertTrue(browser.text("history").contains("لغو توسط بیمه‌شده"));
        assertEquals("CANCELLED", data.queryValue("select status from referral_request where person_id = ?",
                f.main().personId()));
        assertTrue(browser.driver().findElements(By.id("actionsForm:cancel")).isEmpty());
        browser.screenshot("referral-cancelled");
    }

    @Test
    void anotherFamilysRequestAndAttachmentAreRefused() {
        long insurer = data.insurer("بیمه سینا آزمون");
        long contract = contract(insurer);
        TestData.Family mine = data.family(contract).create();
        TestData.Family theirs = data.family(contract).lastName("بیگانه‌زاده").create();
        data.memberAccount(mine.main().personId(), mine.main().nationalId(), PASSWORD);
        long center = data.center("بیمارستان آزمون دیگر");
        data.update("update treatment_center set issues_referrals = ? where id = ?", true, center);
        TestData.Referral other = data.referral(theirs.main(), theirs.main(), contract, center).create();
        long file = data.storedFile("x.png", "image/png", TestData.png());
        long attachment = data.nextId("referral_attachment");
        data.update("insert into referral_attachment (id, request_id, kind, file_id, added_by, added_at) "
                + "values (?,?,?,?,?,?)", attachment, other.id(), "DOCTOR_ORDER", file, "test",
                java.sql.Timestamp.from(java.time.Instant.now()));

        Logins.member(browser, mine.main().nationalId(), PASSWORD);
        browser.open("/member/referral.xhtml?id=" + other.id());
        String page = browser.waitForText(REFUSED);
        assertFalse(page.contains(theirs.main().lastName()), page);
        assertFalse(page.contains(other.trackingCode()), page);
        assertFalse(page.contains(ir.hami.platform.text.PersianText.toPersianDigits(other.trackingCode())), page);
        assertTrue(browser.driver().findElements(By.id("trackingCode")).isEmpty());
        browser.screenshot("referral-other-family");
        String fetched = fetch(String.valueOf(attachment));
        assertTrue(fetched.startsWith("403|"), fetched);
        browser.open("/referral/letter.xhtml?id=" + other.id());
        assertFalse(browser.pageText().contains(theirs.main().lastName()));
    }

    /** Issue 14: an ex-spouse's request under their own new cover is refused to the former main member. */
    @Test
    void aFormerSpousesNewRequestAndAttachmentAreRefused() {
        long insurer = data.insurer("بیمه سینا آزمون");
        long contract = contract(insurer);
        TestData.Family mine = data.family(contract).dependents(1).create();
        TestData.Member exSpouse = mine.dependents().get(0);
        data.memberAccount(mine.main().personId(), mine.main().nationalId(), PASSWORD);
        data.update("update coverage set end_date = ? where person_id = ? and contract_id = ?",
                java.time.LocalDate.now().minusDays(1), exSpouse.personId(), contract);
        long ownCover = contract(insurer);
        data.update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                        + "start_date, end_date, version) select ?, id, ?, ?, ?, 'SELF', start_date, end_date, 0 "
                        + "from insurance_contract where id = ?", data.nextId("coverage"), exSpouse.personId(),
                exSpouse.personId(), TestData.unique("M"), ownCover);
        long center = data.center("بیمارستان آزمون دیگر");
        data.update("update treatment_center set issues_referrals = ? where id = ?", true, center);
        TestData.Referral theirs = data.referral(exSpouse, exSpouse, ownCover, center).cause("جراحی محرمانه")
                .create();
        long file = data.storedFile("card.png", "image/png", TestData.png());
        long attachment = data.nextId("referral_attachment");
        data.update("insert into referral_attachment (id, request_id, kind, file_id, added_by, added_at) "
                + "values (?,?,?,?,?,?)", attachment, theirs.id(), "NATIONAL_CARD", file, "test",
                java.sql.Timestamp.from(java.time.Instant.now()));

        Logins.member(browser, mine.main().nationalId(), PASSWORD);
        browser.open("/member/referral.xhtml?id=" + theirs.id());
        String page = browser.waitForText(REFUSED);
        assertFalse(page.contains("جراحی محرمانه"), page);
        assertFalse(page.contains(theirs.trackingCode()), page);
        browser.screenshot("referral-former-spouse");
        String fetched = fetch(String.valueOf(attachment));
        assertTrue(fetched.startsWith("403|"), fetched);
        browser.open("/member/inquiry.xhtml?person=" + exSpouse.personId());
        // the refusal only: the header still names the viewer's own contract and policyholder
        browser.waitForText("دسترسی به این بیمه شده برای شما مجاز نیست");
    }
}
