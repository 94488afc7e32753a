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
import org.openqa.selenium.By;

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

    private static final String SENT_IF_RIGHT = "اگر اطلاعات وارد شده درست باشد";
    private static final String CODE_REFUSED = "کد وارد شده درست نیست یا دیگر معتبر نیست";

    private void startActivation(String nationalId, String mobile) {
        startActivation(nationalId, mobile, null, null);
    }

    private void startActivation(String nationalId, String mobile, String memberCode, String birthDate) {
        browser.open("/activate.xhtml");
        browser.type("activationForm:nationalId", nationalId);
        browser.type("activationForm:mobile", mobile);
        if (memberCode != null) {
            browser.type("activationForm:memberCode", memberCode);
            browser.type("activationForm:birthDate", birthDate);
        }
        browser.type("activationForm:captcha", Logins.captchaAnswer(browser, "activationForm"));
        browser.click("activationForm:start");
    }

    private long smsTo(String mobile) {
        return ((Number) data.queryValue("select count(*) from sms_message where mobile = ?", mobile)).longValue();
    }

    @Test
    void memberActivatesWithTheCodeFromTheOutboxAndLogsIn() {
        TestData.Family family = data.family(contract).create();
        startActivation(LoginBrowserIT.toPersianDigits(family.main().nationalId()), family.main().mobile());
        browser.waitForText(SENT_IF_RIGHT);

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

    /**
     * Issue 14, point 2: without a roster mobile, the member code and birth date (Jalali) let the member declare a
     * mobile; the referral unit then sees it on its page and can clear it, after which the member must activate
     * again.
     */
    @Test
    void withoutARosterMobileTheMemberCodeAndBirthDateDeclareOneThatTheUnitCanClear() {
        TestData.Family family = data.family(contract).dependents(1).create();
        TestData.Member dependent = family.dependents().get(0);
        String mobile = TestData.newMobile();
        startActivation(dependent.nationalId(), mobile);
        browser.waitForText(SENT_IF_RIGHT);
        assertEquals(0L, smsTo(mobile), "a national ID alone sends nothing");

        startActivation(dependent.nationalId(), mobile, dependent.memberCode(), "۱۳۶۴/۰۱/۰۱");
        browser.waitForText(SENT_IF_RIGHT);
        browser.type("activationForm:code", Logins.codeFromOutbox(staff, mobile));
        browser.click("activationForm:verify");
        browser.type("activationForm:password", "Bahar1405xy");
        browser.type("activationForm:repeated", "Bahar1405xy");
        browser.click("activationForm:finish");
        browser.waitForText("پرتال شما فعال شد");
        assertEquals(mobile, data.queryValue("select mobile from person where id = ?", dependent.personId()));
        assertEquals(true, data.queryValue("select mobile_self_declared from user_account where person_id = ?",
                dependent.personId()));

        staff.open("/staff/home.xhtml");
        staff.click("menuDeclaredMobiles");
        staff.waitForPath("/staff/accounts/declared-mobiles.xhtml");
        staff.waitForText(dependent.nationalId());
        String row = "//tr[.//span[@class='declared-nid' and text()='" + dependent.nationalId() + "']]";
        assertTrue(staff.driver().findElement(By.xpath(row)).getText().contains(dependent.lastName()));
        staff.driver().findElement(By.xpath(row + "//button[contains(@id, ':clear')]")).click();
        staff.click("declaredForm:confirmYes");
        staff.waitForText("شماره همراه حذف شد");
        assertEquals(null, data.queryValue("select mobile from person where id = ?", dependent.personId()));
        assertEquals(null, data.queryValue("select password_hash from user_account where person_id = ?",
                dependent.personId()), "the member must activate again");
        Logins.submit(browser, dependent.nationalId(), "Bahar1405xy", Logins.GROUP);
        browser.waitForText("رمز عبور نادرست است");
    }

    @Test
    void wrongCheckDigitIsRefusedBesideTheField() {
        String valid = TestData.newNationalId();
        String wrong = valid.substring(0, 9) + ((valid.charAt(9) - '0' + 1) % 10);
        startActivation(wrong, TestData.newMobile());
        browser.waitForText("کد ملی معتبر نیست");
        assertTrue(browser.find("activationForm:nationalId").getAttribute("class").contains("ui-state-error"));
    }

    /** Issue 14, point 8: the page does not tell that the roster has another mobile (nor sends it a code). */
    @Test
    void aMobileOtherThanTheRostersGetsTheSameAnswerAndNoCode() {
        TestData.Family family = data.family(contract).create();
        String other = TestData.newMobile();
        startActivation(family.main().nationalId(), other);
        browser.waitForText(SENT_IF_RIGHT);
        assertEquals(0L, smsTo(other));
        assertEquals(0L, smsTo(family.main().mobile()));
        assertTrue(!browser.pageText().contains("یکسان نیست"));
    }

    @Test
    void anExpiredCodeIsRefused() {
        TestData.Family family = data.family(contract).create();
        startActivation(family.main().nationalId(), family.main().mobile());
        browser.waitForText(SENT_IF_RIGHT);
        String code = Logins.codeFromOutbox(staff, family.main().mobile());
        data.update("update verification_code set expires_at = ? where subject = ?",
                java.time.Instant.now().minusSeconds(5), family.main().nationalId());
        browser.type("activationForm:code", code);
        browser.click("activationForm:verify");
        browser.waitForText(CODE_REFUSED);
    }

    @Test
    void aWrongCodeCountsItsAttempts() {
        TestData.Family family = data.family(contract).create();
        startActivation(family.main().nationalId(), family.main().mobile());
        browser.waitForText(SENT_IF_RIGHT);
        String code = Logins.codeFromOutbox(staff, family.main().mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            browser.type("activationForm:code", wrong);
            browser.click("activationForm:verify");
            browser.waitForText(CODE_REFUSED);
        }
        browser.type("activationForm:code", code);
        browser.click("activationForm:verify");
        browser.waitForText(CODE_REFUSED);
        assertEquals(3, ((Number) data.queryValue("select attempts from verification_code where subject = ?",
                family.main().nationalId())).intValue());
    }

    @Test
    void someoneWhoIsNotCoveredGetsTheSameAnswerAndNoCode() {
        String mobile = TestData.newMobile();
        startActivation(TestData.newNationalId(), mobile);
        browser.waitForText(SENT_IF_RIGHT);
        assertEquals(0L, smsTo(mobile));
    }
}
