package ir.hami.membership.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The profile page in a real browser: contact details and IBAN, a concurrent change, a new mobile by SMS code. */
@ExtendWith(ScreenshotOnFailure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileBrowserIT {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String IBAN = "IR062960000000100324200001";

    private final TestData data = TestData.browser();
    private Browser browser;
    private TestData.Member member;

    @BeforeAll
    void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void loggedInMember() {
        browser.open("/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        long insurer = data.insurer("بیمه پروفایل آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت پروفایل")).create();
        member = data.family(contract).lastName("نوری").create().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
        Logins.member(browser, member.nationalId(), PASSWORD);
        browser.click("menuProfile");
        browser.waitForPath("/member/profile.xhtml");
    }

    @Test
    void phoneAndIbanAreSavedOnlyWhenTheIbanIsRight() {
        assertEquals(member.fullName(), browser.text("profileName"));
        assertEquals(PersianText.toPersianDigits(member.nationalId()), browser.text("profileNationalId"));
        browser.screenshot("profile");

        browser.type("profileForm:phone", "۰۲۱-۲۲۵۱۴۷۸۸");
        browser.type("profileForm:iban", "IR072960000000100324200001");
        browser.click("profileForm:save");
        browser.waitForText("شماره شبا معتبر نیست؛ رقم‌های کنترلی آن با شماره نمی‌خواند.");
        assertEquals("شماره شبا معتبر نیست؛ رقم‌های کنترلی آن با شماره نمی‌خواند.",
                browser.text("profileForm:ibanMessage").strip());
        assertFalse(browser.pageText().contains("تغییرات ذخیره شد."));
        assertNull(data.queryValue("select phone from person where id = ?", member.personId()), "nothing saved");
        assertNull(data.queryValue("select iban from person where id = ?", member.personId()));
        browser.screenshot("profile-wrong-iban");

        browser.type("profileForm:iban", "ir06 2960 0000 0010 0324 2000 01");
        browser.click("profileForm:save");
        browser.waitForText("تغییرات ذخیره شد.");
        assertEquals(IBAN, data.queryValue("select iban from person where id = ?", member.personId()));
        assertEquals("02122514788", data.queryValue("select phone from person where id = ?", member.personId()));

        browser.open("/member/profile.xhtml");
        String shownIban = browser.find("profileForm:iban").getAttribute("value");
        assertEquals("IR۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱", shownIban);
        assertEquals("02122514788", browser.find("profileForm:phone").getAttribute("value"));
        browser.screenshot("profile-saved");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        // the same person changed elsewhere after this page was shown (another tab, a roster import)
        data.update("update person set address = ?, version = version + 1 where id = ?", "اصفهان",
                member.personId());
        browser.type("profileForm:address", "شیراز");
        browser.click("profileForm:save");
        browser.waitForText("این اطلاعات هم‌زمان در جای دیگری تغییر کرده است؛ صفحه را دوباره باز کنید.");
        assertEquals("اصفهان", data.queryValue("select address from person where id = ?", member.personId()));
    }

    @Test
    void newMobileIsConfirmedWithTheCodeSentToIt() {
        String newMobile = TestData.newMobile();
        browser.type("mobileForm:newMobile", PersianText.toPersianDigits(newMobile));
        browser.click("mobileForm:sendCode");
        browser.waitForText("کد تایید به شماره همراه جدید");
        String code;
        try (Browser staff = new Browser()) {
            Logins.staff(staff, data.staff("ADMIN", PASSWORD), PASSWORD);
            code = Logins.codeFromOutbox(staff, newMobile);
        }
        browser.screenshot("profile-code-sent");

        browser.type("mobileForm:code", code.equals("000000") ? "111111" : "000000");
        browser.click("mobileForm:confirmMobile");
        browser.waitForText("کد وارد شده درست نیست.");
        assertEquals(member.mobile(), data.queryValue("select mobile from person where id = ?", member.personId()));

        browser.type("mobileForm:code", PersianText.toPersianDigits(code));
        browser.click("mobileForm:confirmMobile");
        browser.waitForText("شماره همراه شما تغییر کرد.");
        assertEquals(PersianText.toPersianDigits(newMobile), browser.text("profileMobile"));
        assertEquals(newMobile, data.queryValue("select mobile from person where id = ?", member.personId()));
        browser.screenshot("profile-mobile-changed");
    }
}
