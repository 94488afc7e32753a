package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The assessor's side in a browser: the queue shows the assessor's claim, the workbench declares a deficiency that
 * the member then reads on the claim's page, an itemised assessment whose deductions (hand-calculated here) the member
 * sees, and the claims desk refused to a member, a centre and finance.
 */
class AssessorBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";

    private final BrowserClaims claims = new BrowserClaims(data);

    /** A family with a member login, under a contract whose outpatient cover (10% franchise) pays visits. */
    private record Family(TestData.Member main, long contract) {
    }

    private Family family(String name) {
        long insurer = data.insurer("بیمه ارزیابی " + name);
        long contract = data.contract(insurer, data.policyholder("شرکت ارزیابی " + name))
                .cover("سرپایی", 500_000_000L, 10).create();
        data.update("update contract_cover set cover_kind = 'OUTPATIENT' where contract_id = ?", contract);
        TestData.Member main = data.family(contract).lastName("ارزیاب‌زاده").create().main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        return new Family(main, contract);
    }

    private String assessorWith(long claimId) {
        String assessor = data.staff("ASSESSOR", PASSWORD);
        data.update("update claim set assigned_to = ? where id = ?", assessor, claimId);
        return assessor;
    }

    private void waitUntil(WebDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    private static String digitsOf(String text) {
        return PersianText.normalizeDigits(text).replaceAll("[^0-9]", "");
    }

    /** The assessor finds the claim in their queue and opens its workbench. */
    private void openFromQueue(BrowserClaims.Made claim) {
        browser.open("/staff/claims/queue.xhtml");
        waitUntil(browser.driver(), d -> digitsOf(d.findElement(By.id("queueForm:queueTable")).getText())
                .contains(claim.trackingCode()));
        browser.click("queueForm:queueTable:0:open");
        browser.waitForPath("/staff/claims/claim.xhtml");
        browser.waitForLoad();
        assertEquals(claim.trackingCode(), digitsOf(browser.text("trackingCode")));
    }

    @Test
    void anAssessorDeclaresADeficiencyAndTheMemberSeesIt() {
        Family f = family("نقص");
        BrowserClaims.Made claim = claims.submitted(f.main(), f.main(), f.contract(), 1_800_000);
        String assessor = assessorWith(claim.id());

        Logins.staff(browser, assessor, PASSWORD);
        openFromQueue(claim);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#imagesCard img")).size(),
                "the document image beside the form");
        // without a reason: told beside the field, nothing changes
        browser.click("deficiencyForm:declareDeficiency");
        waitUntil(browser.driver(), d -> !d.findElements(By.cssSelector("#deficiencyForm .ui-message-error")).isEmpty());
        assertTrue(browser.text("deficiencyForm").contains("علت نقص مدارک را بنویسید"), browser.text("deficiencyForm"));
        assertEquals("ثبت شده، در انتظار ارزیابی", browser.text("claimState"));
        browser.type("deficiencyForm:deficiencyNote", "تصویر نسخه پزشک خوانا نیست؛ لطفاً دوباره بفرستید");
        browser.click("deficiencyForm:declareDeficiency");
        browser.waitForText("نقص مدارک خسارت");
        assertEquals("نقص مدارک", browser.text("claimState"));
        assertTrue(browser.text("historyCard").contains("تصویر نسخه پزشک خوانا نیست"));
        browser.screenshot("assessor-deficiency");

        try (Browser member = new Browser()) {
            Logins.member(member, f.main().nationalId(), PASSWORD);
            member.open("/member/claim.xhtml?id=" + claim.id());
            String page = member.waitForText("تصویر نسخه پزشک خوانا نیست");
            assertEquals("نقص مدارک", member.text("state"));
            assertFalse(page.contains(assessor), "the member does not see who in the office holds the claim");
        }
    }

    @Test
    void anItemisedAssessmentShowsItsDeductionsOnTheMembersClaim() {
        Family f = family("ارزیابی");
        BrowserClaims.Made claim = claims.submitted(f.main(), f.main(), f.contract(), 3_000_000);
        String assessor = assessorWith(claim.id());

        Logins.staff(browser, assessor, PASSWORD);
        openFromQueue(claim);
        // one specialist visit (tariff 901915: 2,500,000 Rials) for which the member paid 3,000,000
        browser.type("itemsForm:lines:0:unitPrice", "۳۰۰۰۰۰۰");
        browser.type("itemsForm:lines:0:title", "ویزیت پزشک متخصص");
        browser.type("itemsForm:lines:0:tariff_input", "901915");
        // the tariff's suggestion list opens (on a loaded machine it may open late): pick the code from it, as an
        // assessor would, so that no late list stays open over the form
        waitUntil(browser.driver(), d -> d.findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"))
                .stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed));
        browser.driver().findElements(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow().click();
        waitUntil(browser.driver(), d -> d.findElements(By.cssSelector(".ui-autocomplete-panel")).stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        browser.type("itemsForm:remark", "ویزیت متخصص طبق تعرفه");
        browser.click("itemsForm:preview");
        browser.waitFor(By.id("previewPayable"));
        // by hand: out of tariff 3,000,000 − 2,500,000 = 500,000; commitment 2,500,000;
        // franchise 10% of 2,500,000 = 250,000; payable 2,500,000 − 250,000 = 2,250,000
        assertEquals("3000000", digitsOf(browser.text("previewTotal")));
        assertEquals("2500000", digitsOf(browser.text("previewCommitment")));
        assertEquals("250000", digitsOf(browser.text("previewFranchise")));
        assertEquals("2250000", digitsOf(browser.text("previewPayable")));
        String preview = browser.text("itemsForm:previewBox");
        assertTrue(preview.contains("تعرفه مصوب"), preview);
        browser.screenshot("assessor-preview");
        browser.click("itemsForm:assess");
        browser.waitForText("ارزیابی شد و به بیمه‌شده اطلاع داده شد");
        assertEquals("ارزیابی شده", browser.text("claimState"));

        try (Browser member = new Browser()) {
            Logins.member(member, f.main().nationalId(), PASSWORD);
            member.open("/member/claim.xhtml?id=" + claim.id());
            member.waitFor(By.id("amountPayable"));
            assertEquals("3000000", digitsOf(member.text("amountRequested")));
            assertEquals("2500000", digitsOf(member.text("amountCommitment")));
            assertEquals("250000", digitsOf(member.text("amountFranchise")));
            assertEquals("2250000", digitsOf(member.text("amountPayable")));
            String amounts = member.text("amounts");
            assertTrue(amounts.contains("تعرفه مصوب"), amounts);
            assertTrue(amounts.contains("فرانشیز پوشش «سرپایی» ۱۰ درصد") || amounts.contains("فرانشیز پوشش «سرپایی»"),
                    amounts);
            member.screenshot("member-assessed-claim");
        }
    }

    @Test
    void aMemberIsRefusedTheClaimsDesk() {
        Family f = family("عضو");
        Logins.member(browser, f.main().nationalId(), PASSWORD);
        assertRefused();
    }

    @Test
    void aCentreIsRefusedTheClaimsDesk() {
        String centre = data.staff("CENTER", PASSWORD);
        Logins.staff(browser, centre, PASSWORD);
        assertRefused();
    }

    @Test
    void financeIsRefusedTheClaimsDesk() {
        String finance = data.staff("FINANCE", PASSWORD);
        Logins.staff(browser, finance, PASSWORD);
        assertRefused();
    }

    private void assertRefused() {
        for (String page : List.of("/staff/claims/queue.xhtml", "/staff/claims/claim.xhtml?id=1")) {
            browser.open(page);
            browser.waitForText(FORBIDDEN);
            assertEquals(FORBIDDEN, browser.text("errorTitle"), page);
        }
        String image = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/staff/claims/image?id=1', {credentials: 'same-origin'}).then(r => done(String(r.status)))"
                        + ".catch(e => done('error ' + e));");
        assertEquals("403", image);
    }
}
