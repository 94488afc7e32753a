package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The medical file of seed 003 on a phone: the prescriptions with their states in the seed's words, found by
 * tracking code and opened with their items and stages; a drug opened with its deduction and its physician; a
 * physician opened with the prescriptions they wrote.
 */
class MedicalFileBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";

    @Override
    protected Browser newBrowser() {
        return Browser.phone(360, 740);
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    private String tableText(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private void openFirstRow(String tableId) {
        browser.driver().findElement(By.cssSelector("[id='" + tableId + "'] .ui-row-toggler")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("[id='" + tableId + "'] .ui-expanded-row-content")).isEmpty());
    }

    private void fitsThePhone(String page) {
        PhoneFit.assertFits(browser, page);
    }

    @Test
    void prescriptionsShowTheirStateAreFoundByTrackingCodeAndOpen() {
        long insurer = data.insurer(TestData.unique("بیمه پرونده آزمون "));
        long contract = data.contract(insurer, data.policyholder("شرکت پرونده")).cover("دارو", 50_000_000L, 30)
                .create();
        TestData.Family f = data.family(contract).create();
        TestData.Member main = f.main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        String waiting = TrackingCodes.next();
        claim(main, contract, insurer, waiting, "REGISTERED", 400_000L, null);
        String paidOut = TrackingCodes.next();
        long sent = claim(main, contract, insurer, paidOut, "SENT_TO_FINANCE", 900_000L, 630_000L);
        long item = data.nextId("claim_item");
        data.update("insert into claim_item (id, claim_id, line_no, item_kind, title, physician, council_code, "
                        + "prescribed_on, quantity, total_amount, deducted_amount, payable_amount) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?)", item, sent, 1, "DRUG", "متفورمین ۵۰۰", "دکتر کاظمی",
                "45678", LocalDate.now().minusDays(6), 3, 900_000L, 270_000L, 630_000L);
        data.update("insert into claim_deduction (id, claim_id, item_id, kind, amount, explanation) "
                        + "values (?,?,?,?,?,?)", data.nextId("claim_deduction"), sent, item, "FRANCHISE", 270_000L,
                "فرانشیز ۳۰٪ سهم بیمه‌شده است.");

        Logins.member(browser, main.nationalId(), PASSWORD);
        browser.open("/member/medical-file.xhtml");
        String all = browser.waitForText("آماده صدور سند");
        assertTrue(all.contains("ثبت شد"), all);
        assertTrue(all.contains(PersianText.toPersianDigits(waiting)), all);
        fitsThePhone("medical file");

        // search by the tracking code, typed in Persian digits
        browser.type("fileForm:tabs:rxSearch", PersianText.toPersianDigits(paidOut));
        browser.click("fileForm:tabs:rxSearchButton");
        waitUntil(d -> !tableText("fileForm:tabs:prescriptionsTable").contains(PersianText.toPersianDigits(waiting)));
        String found = tableText("fileForm:tabs:prescriptionsTable");
        assertTrue(found.contains(PersianText.toPersianDigits(paidOut)), found);

        // the prescription opened: physician, items, stages, the insurer's share
        openFirstRow("fileForm:tabs:prescriptionsTable");
        String details = tableText("fileForm:tabs:prescriptionsTable");
        assertTrue(details.contains("دکتر کاظمی"), details);
        assertTrue(details.contains("متفورمین ۵۰۰"), details);
        assertTrue(details.contains("پذیرش مدرک") && details.contains("ارسال به مالی"), details);
        assertTrue(details.contains("۶۳۰٬۰۰۰"), details);
        browser.screenshot("medical-file-prescription");

        // a drug opened: its deduction explained and who prescribed it
        browser.driver().findElement(By.xpath("//a[normalize-space(.)='داروها']")).click();
        waitUntil(d -> d.findElement(By.id("fileForm:tabs:drugsTable")).isDisplayed());
        openFirstRow("fileForm:tabs:drugsTable");
        String drug = tableText("fileForm:tabs:drugsTable");
        assertTrue(drug.contains("فرانشیز ۳۰٪ سهم بیمه‌شده است."), drug);
        assertTrue(drug.contains("پزشک تجویزکننده"), drug);
        fitsThePhone("drug details");

        // a physician opened: the prescriptions they wrote
        browser.driver().findElement(By.xpath("//a[normalize-space(.)='پزشکان']")).click();
        waitUntil(d -> d.findElement(By.id("fileForm:tabs:physiciansTable")).isDisplayed());
        openFirstRow("fileForm:tabs:physiciansTable");
        String physician = tableText("fileForm:tabs:physiciansTable");
        assertTrue(physician.contains(PersianText.toPersianDigits(paidOut)), physician);
        assertFalse(physician.contains(PersianText.toPersianDigits(waiting)), physician);
        browser.screenshot("medical-file-physician");
    }

    /** A claim of the main member in a state, written straight into the database; its id. */
    private long claim(TestData.Member m, long contract, long insurer, String tracking, String state, long requested,
                       Long payable) {
        long id = data.nextId("claim");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = LocalDate.now().minusDays(6);
        boolean assessed = payable != null;
        data.update("insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, "
                        + "contract_id, insurer_id, national_id, patient_name, service_date, service_type_id, "
                        + "requested_amount, e_prescription, draft_step, state, created_at, registered_at, "
                        + "assessed_at, sent_to_finance_at, finance_file_number, updated_at, deficiency_round, "
                        + "total_amount, payable_amount, version) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                id, tracking, "MEMBER", m.nationalId(), m.personId(), m.personId(), contract, insurer,
                m.nationalId(), m.fullName(), day, 2L, requested, false, 4, state, now, now,
                assessed ? now : null, assessed ? now : null, assessed ? "FN-77" : null, now, 0,
                assessed ? requested : null, payable, 0L);
        return id;
    }
}
