package ir.hami.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Logins;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The referral unit's workbench in a real browser: the queue and its filters, each action, access, procedures. */
class ReferralWorkbenchBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";

    private String staff;

    @BeforeAll
    void referralUser() {
        staff = data.staff("REFERRAL", PASSWORD);
    }

    /** A family with a contract in force and a centre that issues letters; requests of its main member. */
    private final class World {
        final long insurer = data.insurer("بیمه کارتابل " + TestData.unique(""));
        final long contract = data.contract(insurer, data.policyholder("شرکت پتروشیمی آزمون"))
                .cover("بستری", 900_000_000L, 10).cover("پاراکلینیک", 50_000_000L, 20).create();
        final TestData.Family family = data.family(contract).dependents(1).lastName("کارتابلی").create();
        final long center = data.center("بیمارستان کارتابل آزمون", 160).issuesReferrals().insurer(insurer).create();

        TestData.Referral request() {
            return data.referral(family.main(), family.main(), contract, center).create();
        }

        long notifications() {
            return ((Number) data.queryValue("select count(*) from member_notification where person_id = ?",
                    family.main().personId())).longValue();
        }
    }

    private String status(long id) {
        return (String) data.queryValue("select status from referral_request where id = ?", id);
    }

    private void openRequest(long id) {
        browser.open("/staff/referral/request.xhtml?id=" + id);
        browser.find("requestStatus");
    }

    private void search() {
        browser.click("queueForm:search");
    }

    /** Waits until the queue table shows this many rows, and returns the table's text. */
    private String rows(int count) {
        By rows = By.cssSelector("#queueForm\\:queueTable_data > tr[data-ri]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(rows).size() == count);
        return browser.text("queueForm:queueTable");
    }

    @Test
    void staffFindsARequestByTrackingCodeAndByNationalId() {
        World w = new World();
        TestData.Member spouse = w.family.dependents().get(0);
        TestData.Referral mine = data.referral(spouse, w.family.main(), w.contract, w.center).create();
        w.request();
        Logins.staff(browser, staff, PASSWORD);
        browser.click("menuReferralQueue");
        browser.waitForPath("/staff/referral/queue.xhtml");

        browser.type("queueForm:tracking", PersianText.toPersianDigits(mine.trackingCode()));
        search();
        String table = rows(1);
        assertTrue(table.contains(spouse.lastName()), table);
        assertTrue(table.contains(PersianText.toPersianDigits(mine.trackingCode())), table);
        browser.screenshot("workbench-queue-tracking");

        browser.open("/staff/referral/queue.xhtml");
        browser.type("queueForm:nationalId", spouse.nationalId());
        search();
        assertTrue(rows(1).contains(PersianText.toPersianDigits(mine.trackingCode())));

        browser.open("/staff/referral/queue.xhtml");
        browser.choose("queueForm:insurer", (String) data.queryValue("select name from insurer where id = ?",
                w.insurer));
        search();
        rows(2);
        browser.screenshot("workbench-queue-insurer");

        browser.click("queueForm:queueTable:0:open");
        browser.waitForPath("/staff/referral/request.xhtml");
        assertEquals("امروز دارای پوشش بیمه‌ای است", browser.text("coverageVerdict"));
        assertEquals("شرکت پتروشیمی آزمون", browser.text("coveragePolicyholder"));
        assertTrue(browser.text("coverageCard").contains("پاراکلینیک"));
    }

    @Test
    void staffIssuesALetterAndTheMemberIsTold() {
        World w = new World();
        TestData.Referral r = w.request();
        long before = w.notifications();
        Logins.staff(browser, staff, PASSWORD);
        openRequest(r.id());
        browser.screenshot("workbench-request");
        browser.click("actionsForm:issue");
        assertEquals("۹۰۰٬۰۰۰٬۰۰۰", browser.find("issueForm:ceiling").getAttribute("value"));
        assertEquals("بستری عمومی", browser.find("issueForm:procedure").getAttribute("value"));
        browser.type("issueForm:remarks", "با ارائه کارت ملی");
        browser.screenshot("workbench-issue-dialog");
        browser.click("issueForm:confirmIssue");
        browser.waitForText("معرفی‌نامه صادر شد");
        assertFalse(browser.text("letterNumber").isBlank());
        assertEquals("ISSUED", status(r.id()));
        assertNotNull(data.queryValue("select letter_number from referral_request where id = ?", r.id()));
        assertEquals(900_000_000L, ((Number) data.queryValue(
                "select commitment_ceiling from referral_request where id = ?", r.id())).longValue());
        assertEquals(before + 1, w.notifications());
        assertFalse(browser.driver().findElements(By.id("actionsForm:issue")).stream().anyMatch(e -> e.isDisplayed()));
        browser.screenshot("workbench-issued");
    }

    @Test
    void staffRefusesWithAReasonAndAnEmptyReasonIsToldBesideTheField() {
        World w = new World();
        TestData.Referral r = w.request();
        Logins.staff(browser, staff, PASSWORD);
        openRequest(r.id());
        browser.click("actionsForm:refuse");
        browser.find("refuseForm:reason");
        browser.click("refuseForm:confirmRefuse");
        browser.waitForText("دلیل رد درخواست را بنویسید.");
        assertTrue(browser.find("refuseForm:reason").getAttribute("class").contains("ui-state-error"));
        browser.screenshot("workbench-refuse-empty");
        assertEquals("SUBMITTED", status(r.id()));
        browser.type("refuseForm:reason", "خارج از تعهد قرارداد");
        browser.click("refuseForm:confirmRefuse");
        browser.waitForText("خارج از تعهد قرارداد");
        assertEquals("رد شد", browser.text("requestStatus"));
        assertEquals("REFUSED", status(r.id()));
    }

    @Test
    void whenAColleagueActedFirstTheSecondIsToldAndTheRequestReloads() {
        World w = new World();
        TestData.Referral r = w.request();
        Logins.staff(browser, staff, PASSWORD);
        openRequest(r.id());
        // a colleague asks for documents meanwhile
        data.update("update referral_request set status = 'DOCUMENTS_REQUESTED', awaiting_unit = false, "
                + "unit_note = 'کارت ملی', version = version + 1 where id = ?", r.id());
        browser.click("actionsForm:refuse");
        browser.type("refuseForm:reason", "تکراری");
        browser.click("refuseForm:confirmRefuse");
        browser.waitForText("توسط همکار دیگری تغییر کرده است");
        assertEquals("نیاز به مدارک بیشتر", browser.text("requestStatus"));
        assertEquals("DOCUMENTS_REQUESTED", status(r.id()));
    }

    @Test
    void staffAsksForMoreDocuments() {
        World w = new World();
        TestData.Referral r = w.request();
        Logins.staff(browser, staff, PASSWORD);
        openRequest(r.id());
        browser.click("actionsForm:documents");
        browser.type("documentsForm:note", "تصویر گزارش سونوگرافی");
        browser.click("documentsForm:confirmDocuments");
        browser.waitForText("نیاز به مدارک بیشتر");
        assertEquals("تصویر گزارش سونوگرافی", browser.text("unitNote"));
        assertEquals("DOCUMENTS_REQUESTED", status(r.id()));
    }

    @Test
    void staffRequiresAndBooksTheExamThenIssuesAfterIt() {
        World w = new World();
        TestData.Referral r = w.request();
        Logins.staff(browser, staff, PASSWORD);
        openRequest(r.id());
        browser.click("actionsForm:requireExam");
        browser.type("examForm:examNote", "معاینه پیش از عمل بینی");
        browser.click("examForm:confirmExam");
        browser.waitForText("نیاز به معاینه پزشک معتمد");
        assertEquals("EXAM_REQUIRED", status(r.id()));
        assertTrue(browser.driver().findElements(By.id("actionsForm:issue")).isEmpty());

        browser.click("actionsForm:bookExam");
        String today = Jalali.format(LocalDate.now(ZoneId.of("Asia/Tehran")));
        browser.type("bookForm:physician", "دکتر معتمد آزمون");
        browser.type("bookForm:date", today);
        browser.type("bookForm:time", "۹:۳۰");
        browser.type("bookForm:place", "تهران، خیابان ولیعصر");
        browser.screenshot("workbench-book-dialog");
        browser.click("bookForm:confirmBook");
        browser.waitForText("دکتر معتمد آزمون");
        assertEquals("EXAM_BOOKED", status(r.id()));
        assertEquals("09:30", data.queryValue("select exam_time from referral_request where id = ?", r.id()));

        browser.click("actionsForm:issue");
        browser.find("issueForm:validFrom");
        browser.click("issueForm:confirmIssue");
        browser.waitForText("معرفی‌نامه صادر شد");
        assertEquals("ISSUED", status(r.id()));
        browser.screenshot("workbench-issued-after-exam");
    }

    @Test
    void anAssessorIsRefusedTheQueue() {
        String assessor = data.staff("ASSESSOR", PASSWORD);
        Logins.staff(browser, assessor, PASSWORD);
        assertTrue(browser.driver().findElements(By.id("menuReferralQueue")).isEmpty());
        browser.open("/staff/referral/queue.xhtml");
        browser.waitForText(FORBIDDEN);
        assertFalse(browser.pageText().contains("کد رهگیری"));
    }

    @Test
    void anAdministratorAddsAProcedureThatNeedsTheExam() {
        String admin = data.staff("ADMIN", PASSWORD);
        String code = "EYELID-" + TestData.unique("").replaceAll("[^0-9]", "");
        Logins.staff(browser, admin, PASSWORD);
        browser.click("menuProcedures");
        browser.waitForPath("/admin/procedures.xhtml");
        browser.click("proceduresForm:newProcedure");
        browser.type("proceduresForm:code", code);
        browser.type("proceduresForm:title", "جراحی پلک (بلفاروپلاستی)");
        browser.driver().findElement(By.cssSelector("#proceduresForm\\:requiresExam .ui-chkbox-box")).click();
        browser.screenshot("workbench-procedure-dialog");
        browser.click("proceduresForm:saveProcedure");
        browser.waitForText("اقدام «جراحی پلک (بلفاروپلاستی)» ذخیره شد.");
        assertEquals(Boolean.TRUE, asBoolean(data.queryValue(
                "select requires_exam from referral_procedure where code = ?", code)));

        browser.click("proceduresForm:newProcedure");
        browser.type("proceduresForm:code", code);
        browser.type("proceduresForm:title", "تکراری");
        browser.click("proceduresForm:saveProcedure");
        browser.waitForText("قبلاً برای اقدام دیگری ثبت شده است");
        browser.screenshot("workbench-procedure-duplicate");
    }

    private static Boolean asBoolean(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }
}
