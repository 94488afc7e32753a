package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finance in the browser: an assessed claim sent to finance under a file number, a batch built, sent to the bank
 * and paid, and the member seeing the deposit date on the claim; a return letter, and the member asked to fix the
 * IBAN on the profile; an assessor refused every finance page.
 */
class FinanceBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    private final BrowserClaims claims = new BrowserClaims(data);

    /** A family whose main member has an account and an IBAN, and one assessed claim of theirs. */
    private record World(String insurerName, TestData.Member main, BrowserClaims.Made claim) {
    }

    private World world() {
        String insurerName = "بیمه مالی " + TestData.unique("");
        long insurer = data.insurer(insurerName);
        long contract = data.contract(insurer, data.policyholder("شرکت مالی آزمون")).cover("سرپایی", 500_000_000L, 10)
                .create();
        TestData.Member main = data.family(contract).lastName("پرداختی").create().main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        data.update("update person set iban = ? where id = ?", "IR062960000000100324200001", main.personId());
        BrowserClaims.Made claim = claims.submitted(main, main, contract, 2_000_000);
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        data.update("update claim set state = 'ASSESSED', total_amount = 2000000, franchise_amount = 200000, "
                + "over_ceiling_amount = 0, out_of_tariff_amount = 0, not_covered_amount = 0, "
                + "commitment_amount = 2000000, payable_amount = 1800000, assessed_at = ?, assessor = ?, "
                + "updated_at = ? where id = ?", at, "دکتر ارزیاب", at, claim.id());
        return new World(insurerName, main, claim);
    }

    private static String digitsOf(String text) {
        return PersianText.normalizeDigits(text).replaceAll("[^0-9]", "");
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(id).contains(text));
    }

    /** As finance: the claim sent to finance, a batch built for its insurer, sent to the bank and paid; the batch page. */
    private void payAsFinance(World w) {
        String finance = data.staff("FINANCE", PASSWORD);
        Logins.staff(browser, finance, PASSWORD);
        browser.open("/staff/finance/claims.xhtml");
        browser.choose("sendForm:insurer", w.insurerName());
        browser.waitForText(PersianText.toPersianDigits(w.claim().trackingCode()));
        browser.waitFor(By.cssSelector("#sendForm\\:assessedTable tbody tr .ui-chkbox-box")).click();
        browser.type("sendForm:fileNumber", "FN-۷۷۱۲");
        browser.click("sendForm:send");
        browser.waitForText("۱ خسارت به مالی ارسال شد.");

        browser.open("/staff/finance/batches.xhtml");
        browser.choose("buildForm:insurer", w.insurerName());
        browser.click("buildForm:build");
        browser.waitForText("با ۱ خسارت ساخته شد");
        browser.click("batchesForm:batchTable:0:open");
        browser.waitForPath("/staff/finance/batch.xhtml");
        assertTrue(browser.text("count").contains("۱"));
        browser.type("bankForm:bankDay", Jalali.format(TODAY.minusDays(1)));
        browser.click("bankForm:sendToBank");
        waitForText("status", "ارسال‌شده به بانک");
        browser.type("bankForm:depositDay", Jalali.format(TODAY));
        browser.click("bankForm:deposit");
        waitForText("status", "پرداخت‌شده");
        assertEquals("PAID", data.queryValue("select state from claim where id = ?", w.claim().id()));
    }

    @Test
    void financePaysABatchAndTheMemberSeesTheDepositDate() {
        World w = world();
        payAsFinance(w);
        assertEquals("FN-7712", data.queryValue("select finance_file_number from claim where id = ?", w.claim().id()));

        browser.driver().manage().deleteAllCookies();
        Logins.member(browser, w.main().nationalId(), PASSWORD);
        browser.open("/member/claim.xhtml?id=" + w.claim().id());
        String deposited = browser.text("depositedOn");
        assertEquals(digitsOf(Jalali.format(TODAY)), digitsOf(deposited));
        assertTrue(browser.pageText().contains("پرداخت شده") || browser.pageText().contains("واریز"));
    }

    @Test
    void aReturnedPaymentAsksTheMemberToFixTheIban() {
        World w = world();
        payAsFinance(w);
        browser.type("returnForm:codes", PersianText.toPersianDigits(w.claim().trackingCode()));
        browser.type("returnForm:letter", "ع/۴۴۱");
        browser.type("returnForm:returnedOn", Jalali.format(TODAY));
        browser.choose("returnForm:reason", "شماره شبای نادرست");
        browser.click("returnForm:recordReturn");
        browser.waitForText("عودت ۱ خسارت ثبت شد.");
        assertEquals("PAYMENT_RETURNED", data.queryValue("select state from claim where id = ?", w.claim().id()));

        browser.driver().manage().deleteAllCookies();
        Logins.member(browser, w.main().nationalId(), PASSWORD);
        browser.open("/member/claim.xhtml?id=" + w.claim().id());
        String notice = browser.text("fixIbanNotice");
        assertTrue(notice.contains("شماره شبا"), notice);
        browser.click("fixIban");
        browser.waitForPath("/member/profile.xhtml");
        // the SMS asks the same
        assertEquals(1L, ((Number) data.queryValue("select count(*) from sms_message where mobile = ? and body like ?",
                w.main().mobile(), "%برگشت خورد%")).longValue());
    }

    @Test
    void anAssessorIsRefusedEveryFinancePage() {
        String assessor = data.staff("ASSESSOR", PASSWORD);
        Logins.staff(browser, assessor, PASSWORD);
        for (String page : List.of("/staff/finance/claims.xhtml", "/staff/finance/batches.xhtml",
                "/staff/finance/batch.xhtml?id=1")) {
            browser.open(page);
            browser.waitForText(FORBIDDEN);
            assertEquals(FORBIDDEN, browser.text("errorTitle"), page);
        }
        assertTrue(browser.driver().findElements(By.id("menuPaymentBatches")).isEmpty());
    }
}
