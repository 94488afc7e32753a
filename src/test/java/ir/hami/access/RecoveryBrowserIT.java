package ir.hami.access;

import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password recovery by SMS code (seed 001): the remaining count, the limit of five, and the legacy message. */
@ExtendWith(ScreenshotOnFailure.class)
class RecoveryBrowserIT {

    static Browser staff;
    Browser browser;
    TestData data = TestData.browser();
    long contract;
    TestData.Family family;

    @BeforeAll
    static void staffReadsTheOutbox() {
        staff = new Browser();
        Logins.staff(staff, TestData.browser().staff("ADMIN", "Karmand1405"), "Karmand1405");
    }

    @AfterAll
    static void closeStaff() {
        staff.close();
    }

    @BeforeEach
    void fixtures() {
        contract = data.contract(data.insurer("بیمه ملت"), data.policyholder("شرکت مخابرات")).create();
        family = data.family(contract).create();
        data.memberAccount(family.main().personId(), family.main().nationalId(), "Ghadimi1405");
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void start(String memberCode, String nationalId, String mobile) {
        browser.open("/recover.xhtml");
        browser.waitForText("حداکثر می‌توانید تا پنج مرتبه کلمه عبور خود را بازیابی نمایید");
        browser.type("recoveryForm:memberCode", memberCode);
        browser.type("recoveryForm:nationalId", nationalId);
        browser.type("recoveryForm:mobile", mobile);
        browser.type("recoveryForm:captcha", Logins.captchaAnswer(browser, "recoveryForm"));
        browser.click("recoveryForm:start");
    }

    @Test
    void memberRecoversThePasswordAndSeesTheCountLeft() {
        browser.open("/login.xhtml");
        browser.click("recoverLink");
        start(family.main().memberCode(), family.main().nationalId(), family.main().mobile());
        browser.waitForText("۵ بار از ۵ بار");
        browser.type("recoveryForm:code", Logins.codeFromOutbox(staff, family.main().mobile()));
        browser.click("recoveryForm:verify");
        browser.type("recoveryForm:password", "Jadid1405ab");
        browser.type("recoveryForm:repeated", "Jadid1405ab");
        browser.click("recoveryForm:finish");
        browser.waitForPath("/login.xhtml");
        browser.waitForText("۴ بار از ۵ بار");
        Logins.submit(browser, family.main().nationalId(), "Ghadimi1405", Logins.GROUP);
        browser.waitForText("رمز عبور نادرست است");
        Logins.member(browser, family.main().nationalId(), "Jadid1405ab", Logins.GROUP);
    }

    @Test
    void theSixthRecoveryInAPeriodIsRefused() {
        for (int i = 0; i < 5; i++) {
            data.update("insert into password_recovery (id, person_id, contract_id, created_at) values (?,?,?,?)",
                    data.nextId("password_recovery"), family.main().personId(), contract, Instant.now());
        }
        start(family.main().memberCode(), family.main().nationalId(), family.main().mobile());
        browser.waitForText("در این دوره پوشش پنج بار کلمه عبور خود را بازیابی کرده‌اید");
    }

    @Test
    void aLegacyMemberWhoNeverSetAPasswordIsToldToUseTheNationalId() {
        long legacy = data.contract(data.insurer("بیمه نوین"), data.policyholder("صندوق فرهنگیان"))
                .membershipType("FUND").legacyLogin().create();
        TestData.Family newcomer = data.family(legacy).create();
        start(newcomer.main().memberCode(), newcomer.main().nationalId(), newcomer.main().mobile());
        browser.waitForText("برای شما کلمه عبور در سیستم ثبت نشده است");
        browser.waitForText("از کد ملی بیمه شده اصلی به عنوان کلمه عبور استفاده نمایید");
    }

    @Test
    void detailsThatDoNotMatchAreRefused() {
        start("NO-SUCH-CODE", family.main().nationalId(), family.main().mobile());
        browser.waitForText("اطلاعات وارد شده با اطلاعات بیمه شدگان مطابقت ندارد");
    }
}
