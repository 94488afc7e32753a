package ir.hami.messaging.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ClockProducer;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator publishes an announcement for one insurer; that insurer's members see it on their home. */
@ExtendWith(ScreenshotOnFailure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnouncementsBrowserIT {

    private static final String PASSWORD = "Hami-Test-1403";

    private final TestData data = TestData.browser();
    private Browser admin;
    private Browser member;
    private Browser otherMember;

    @BeforeAll
    void openBrowsers() {
        admin = new Browser();
        member = new Browser();
        otherMember = new Browser();
    }

    @AfterAll
    void closeBrowsers() {
        admin.close();
        member.close();
        otherMember.close();
    }

    @Test
    void administratorPublishesAndTheInsurersMembersSeeIt() {
        String insurerName = "بیمه اعلان " + TestData.unique("");
        long insurer = data.insurer(insurerName);
        long otherInsurer = data.insurer("بیمه دیگر " + TestData.unique(""));
        TestData.Member reader = memberOf(insurer);
        TestData.Member stranger = memberOf(otherInsurer);
        String adminUser = data.staff("ADMIN", PASSWORD);
        String title = "تمدید قرارداد " + TestData.unique("");
        String today = PersianText.toPersianDigits(Jalali.format(LocalDate.now(ClockProducer.TEHRAN)));

        Logins.staff(admin, adminUser, PASSWORD);
        admin.click("menuAnnouncements");
        admin.waitForPath("/admin/announcements.xhtml");
        admin.click("listForm:newAnnouncement");
        admin.find("announcementForm:title");
        assertEquals(today, admin.find("announcementForm:publishedOn").getAttribute("value"));
        admin.type("announcementForm:title", title);
        admin.type("announcementForm:body",
                "قرارداد بیمه تکميلي تا پایان سال تمدید شد.\nبرای پرسش‌ها با ما تماس بگیرید.");
        admin.choose("announcementForm:insurer", insurerName);
        // a last day before the first: refused beside the field, nothing saved
        admin.type("announcementForm:expiresOn", "1400/01/01");
        admin.click("announcementForm:save");
        admin.waitForText("تاریخ پایان نمایش نباید پیش از تاریخ انتشار باشد.");
        assertTrue(admin.text("announcementForm:expiresOnMessage").contains("نباید پیش از تاریخ انتشار"));
        assertEquals(0L, ((Number) data.queryValue("select count(*) from announcement where title = ?", title))
                .longValue());
        admin.screenshot("announcement-dialog-refused");

        admin.type("announcementForm:expiresOn", "");
        admin.click("announcementForm:save");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("announcementDialog")));
        String table = admin.waitForText(title);
        assertTrue(table.contains("اعلان ذخیره شد."));
        assertTrue(admin.text("listForm:announcementsTable").contains(insurerName));
        assertTrue(admin.text("listForm:announcementsTable").contains(today));
        admin.screenshot("announcements-admin");

        Logins.member(member, reader.nationalId(), PASSWORD);
        String home = member.text("announcements");
        assertTrue(home.contains(title), home);
        assertTrue(home.contains("قرارداد بیمه تکمیلی تا پایان سال تمدید شد."), "letters normalised: " + home);
        assertTrue(home.contains(today), home);
        member.screenshot("member-home-announcement");

        Logins.member(otherMember, stranger.nationalId(), PASSWORD);
        assertFalse(otherMember.text("announcements").contains(title));

        // edit: someone else changed it after the dialog was opened, so the edit is refused and nothing changes
        editButtonOf(title).click();
        admin.waitFor(By.xpath("//*[@id='dialogTitle' and normalize-space(.)='ویرایش اعلان']"));
        data.update("update announcement set version = version + 1 where title = ?", title);
        admin.type("announcementForm:title", title + " ویرایش شده");
        admin.click("announcementForm:save");
        assertEquals("این اعلان هم‌زمان توسط کاربر دیگری تغییر کرده است؛ دوباره باز کنید.",
                admin.text("announcementForm:dialogError").strip());
        assertEquals(1L, ((Number) data.queryValue("select count(*) from announcement where title = ?", title))
                .longValue());
        admin.click("announcementForm:cancel");

        // opened again, the edit goes through
        editButtonOf(title).click();
        admin.waitFor(By.xpath("//*[@id='dialogTitle' and normalize-space(.)='ویرایش اعلان']"));
        assertEquals(title, admin.find("announcementForm:title").getAttribute("value"));
        admin.type("announcementForm:title", title + " ویرایش شده");
        admin.click("announcementForm:save");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("announcementDialog")));
        admin.waitForText(title + " ویرایش شده");
        assertEquals(1L, ((Number) data.queryValue("select count(*) from announcement where title = ?",
                title + " ویرایش شده")).longValue());
    }

    private org.openqa.selenium.WebElement editButtonOf(String title) {
        return admin.waitFor(By.xpath("//tbody[@id='listForm:announcementsTable_data']/tr[td[normalize-space(.)='"
                + title + "']]//button[contains(@id,':edit')]"));
    }

    private TestData.Member memberOf(long insurer) {
        long contract = data.contract(insurer, data.policyholder("شرکت اعلان")).create();
        TestData.Member main = data.family(contract).create().main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        return main;
    }
}
