package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Browser;
import ir.hami.testing.Logins;
import ir.hami.testing.ScreenshotOnFailure;
import ir.hami.testing.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Activating the portal by SMS code, the code read from the demo outbox by a staff user, as a tester would. */
@ExtendWith(ScreenshotOnFailure.class)
class ActivationBrowserIT {

    private static final String STAFF_PASSWORD = "Karmand1405";

    static Browser staff;
    Browser browser;
    TestData data = TestData.browser();
    long contract;

    @BeforeAll
    static void staffReadsTheOutbox() {
        staff = new Browser();
        Logins.staff(staff, TestData.browser().staff("ADMIN", STAFF_PASSWORD), STAFF_PASSWORD);
    }

    @AfterAll
    static void closeStaff() {
        staff.close();
    }

    @BeforeEach
    void fixtures() {
        contract = data.contract(data.insurer("بیمه دانا"), data.policyholder("شرکت فولاد مبارکه")).create();
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void startActivation(String nationalId, String mobile) {
        browser.open("/activate.xhtml");
        browser.type("activationForm:nationalId", nationalId);
        browser.type("activationForm:mobile", mobile);
        browser.type("activationForm:captcha", Logins.captchaAnswer(browser, "activationForm"));
        browser.click("activationForm:start");
    }

    @Test
    void memberActivatesWithTheCodeFromTheOutboxAndLogsIn() {
        TestData.Family family = data.family(contract).create();
        startActivation(LoginBrowserIT.toPersianDigits(family.main().nationalId()), family.main().mobile());
        browser.waitForText("کد فعال‌سازی به شماره تلفن همراه");

        browser.type("activationForm:code", Logins.codeFromOutbox(staff, family.main().mobile()));
        browser.click("activationForm:verify");
        browser.find("activationForm:password");
        browser.type("activationForm:password", "Golestan1405");
        browser.type("activationForm:repeated", "Golestan1405");
        browser.click("activationForm:finish");
        browser.waitForPath("/login.xhtml");
        browser.waitForText("پرتال شما فعال شد");

        Logins.member(browser, family.main().nationalId(), "Golestan1405", Logins.GROUP);
    }

    @Test
    void aDependentWithoutAMobileOnTheRosterRegistersOneWithTheWarning() {
        TestData.Family family = data.family(contract).dependents(1).create();
        TestData.Member dependent = family.dependents().get(0);
        String mobile = TestData.newMobile();
        startActivation(dependent.nationalId(), mobile);
        browser.waitForText("شماره تلفن همراه شما در سیستم ثبت نگردیده است");
        browser.type("activationForm:code", Logins.codeFromOutbox(staff, mobile));
        browser.click("activationForm:verify");
        browser.type("activationForm:password", "Bahar1405xy");
        browser.type("activationForm:repeated", "Bahar1405xy");
        browser.click("activationForm:finish");
        browser.waitForText("پرتال شما فعال شد");
        assertEquals(mobile, data.queryValue("select mobile from person where id = ?", dependent.personId()));
    }

    @Test
    void wrongCheckDigitIsRefusedBesideTheField() {
        String valid = TestData.newNationalId();
        String wrong = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);
        startActivation(wrong, TestData.newMobile());
        browser.waitForText("کد ملی معتبر نیست");
        assertTrue(browser.find("activationForm:nationalId").getAttribute("class").contains("ui-state-error"));
    }

    @Test
    void aMobileOtherThanTheRostersIsRefused() {
        TestData.Family family = data.family(contract).create();
        startActivation(family.main().nationalId(), TestData.newMobile());
        browser.waitForText("با شماره ثبت شده در فهرست بیمه‌شدگان یکسان نیست");
    }

    @Test
    void anExpiredCodeIsRefused() {
        TestData.Family family = data.family(contract).create();
        startActivation(family.main().nationalId(), family.main().mobile());
        browser.waitForText("کد فعال‌سازی به شماره تلفن همراه");
        String code = Logins.codeFromOutbox(staff, family.main().mobile());
        data.update("update verification_code set expires_at = ? where subject = ?",
                java.time.Instant.now().minusSeconds(5), family.main().nationalId());
        browser.type("activationForm:code", code);
        browser.click("activationForm:verify");
        browser.waitForText("اعتبار این کد به پایان رسیده است");
    }

    @Test
    void aWrongCodeCountsItsAttempts() {
        TestData.Family family = data.family(contract).create();
        startActivation(family.main().nationalId(), family.main().mobile());
        browser.waitForText("کد فعال‌سازی به شماره تلفن همراه");
        String code = Logins.codeFromOutbox(staff, family.main().mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            browser.type("activationForm:code", wrong);
            browser.click("activationForm:verify");
            browser.waitForText(i < 2 ? "کد وارد شده درست نیست" : "تعداد تلاش‌ها برای این کد به پایان رسید");
        }
        browser.type("activationForm:code", code);
        browser.click("activationForm:verify");
        browser.waitForText("تعداد تلاش‌ها برای این کد به پایان رسید");
    }

    @Test
    void someoneWhoIsNotCoveredCannotActivate() {
        startActivation(TestData.newNationalId(), TestData.newMobile());
        browser.waitForText("در هیچ قرارداد فعالی ثبت نشده است");
    }
}
