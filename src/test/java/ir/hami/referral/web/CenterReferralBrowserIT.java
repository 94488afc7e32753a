package ir.hami.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.referral.LetterCodes;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The centres' side of referral letters and the public verification, in a real browser: a centre with the online
 * flag requests by national ID and prints the issued letter; refusals beside the field; a centre without the flag and
 * another centre are refused; the verification page shows initials only, and "no such letter" for a made-up code.
 */
class CenterReferralBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String REFUSED = "این درخواست معرفی‌نامه برای شما قابل مشاهده نیست.";

    private long city() {
        return ((Number) data.queryValue("select min(id) from city")).longValue();
    }

    private void messageShows(String id, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    private long requests() {
        return ((Number) data.queryValue("select count(*) from referral_request")).longValue();
    }

    @Test
    void onlineCentreGetsALetterAtOnceAndPrintsItAndTheQrVerifiesIt() {
        long insurer = data.insurer("بیمه رازی آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت نفت آزمون"))
                .cover("بستری", 900_000_000L, 10).create();
        TestData.Family f = data.family(contract).dependents(1).lastName("رستمی").create();
        TestData.Member patient = f.dependents().get(0);
        String centerName = TestData.unique("بیمارستان آنلاین آزمون ");
        long center = data.center(centerName, city()).onlineReferrals().insurer(insurer).create();
        String user = data.centerUser(center, PASSWORD);

        Logins.staff(browser, user, PASSWORD);
        browser.click("menuCenterRequest");
        browser.waitForPath("/center/referral-request.xhtml");

        // refused, beside the field, nothing saved: a wrong check digit, then a person nobody covers
        long before = requests();
        browser.type("centerRequestForm:nationalId", "1234567890");
        browser.type("centerRequestForm:cause", "بستری");
        browser.click("centerRequestForm:submit");
        messageShows("centerRequestForm:nationalIdMessage", "کد ملی");
        browser.type("centerRequestForm:nationalId", TestData.newNationalId());
        browser.click("centerRequestForm:submit");
        messageShows("centerRequestForm:nationalIdMessage", "تحت پوشش");
        assertEquals(before, requests());
        browser.screenshot("center-request-refused");

        browser.type("centerRequestForm:nationalId", PersianText.toPersianDigits(patient.nationalId()));
        browser.choose("centerRequestForm:procedure", "بستری عمومی");
        browser.type("centerRequestForm:cause", "");
        browser.type("centerRequestForm:physician", "دکتر نادری");
        browser.click("centerRequestForm:submit");
        String number = browser.waitFor(By.id("letterNumber")).getText().strip();
        String asciiNumber = PersianText.normalizeDigits(number);
        assertTrue(asciiNumber.matches("\\d{4}-\\d{8}"), number);
        assertEquals(PersianText.toPersianDigits(asciiNumber), number, "the letter number in Persian digits");
        browser.screenshot("center-request-issued");

        browser.click("centerRequestForm:printLetter");
        browser.waitForPath("/referral/letter.xhtml");
        browser.waitForLoad();
        assertEquals(number, browser.text("letterNumber"));
        assertEquals(patient.fullName(), browser.text("patient"));
        assertEquals(f.main().fullName(), browser.text("mainMember"));
        assertEquals("بیمه رازی آزمون", browser.text("insurer"));
        assertTrue(browser.text("ceiling").contains("۹۰۰٬۰۰۰٬۰۰۰") || browser.text("ceiling").contains("900"),
                browser.text("ceiling"));
        String qr = browser.find("letterQr").getAttribute("src");
        assertTrue(qr.startsWith("data:image/png;base64,"), qr);
        String verifyUrl = browser.text("verificationUrl").strip();
        assertTrue(verifyUrl.contains("/verify.xhtml?code="), verifyUrl);
        browser.screenshot("referral-letter");
        long requestId = ((Number) data.queryValue("select id from referral_request where letter_number = ?", asciiNumber))
                .longValue();

        // the centre's letters and the eligibility panel list it
        browser.click("menuCenterLetters");
        browser.waitForPath("/center/referrals.xhtml");
        browser.type("lettersForm:search", patient.nationalId());
        browser.click("lettersForm:searchButton");
        assertTrue(browser.waitForText(number).contains(patient.fullName()));
        browser.screenshot("center-letters");
        browser.click("menuCenterHome");
        browser.type("checkForm:nationalId", patient.nationalId());
        browser.click("checkForm:check");
        assertTrue(browser.waitForText(number).contains("معرفی‌نامه‌های صادرشده برای این شخص"));
        browser.screenshot("center-home-letters");

        // another online centre may not open this letter nor its details
        long other = data.center(TestData.unique("بیمارستان رقیب آزمون "), city()).onlineReferrals().insurer(insurer)
                .create();
        String otherUser = data.centerUser(other, PASSWORD);
        browser.driver().manage().deleteAllCookies();
        Logins.staff(browser, otherUser, PASSWORD);
        browser.open("/referral/letter.xhtml?id=" + requestId);
        String refused = browser.waitForText(REFUSED);
        assertFalse(refused.contains(patient.lastName()), refused);
        assertTrue(browser.driver().findElements(By.id("letterQr")).isEmpty());
        browser.open("/center/referral.xhtml?id=" + requestId);
        assertFalse(browser.waitForText(REFUSED).contains(patient.lastName()));

        // the public verification page: initials only, no name, no national ID
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(verifyUrl);
        browser.waitForLoad();
        String verified = browser.waitForText("اصیل و امروز معتبر است");
        assertEquals(number, browser.text("letterNumber"));
        assertEquals(LetterCodes.initials(patient.firstName(), patient.lastName()), browser.text("initials"));
        assertEquals(centerName, browser.text("centerName"));
        assertFalse(verified.contains(patient.lastName()), verified);
        assertFalse(verified.contains(patient.nationalId()), verified);
        assertFalse(verified.contains(PersianText.toPersianDigits(patient.nationalId())), verified);
        browser.screenshot("verify-valid");
    }

    @Test
    void aCauseLongerThanTheLettersProcedureCannotBeTypedNorPostedPastTheColumn() {
        long insurer = data.insurer("بیمه طولانی آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت طولانی آزمون"))
                .cover("بستری", 500_000_000L, 10).create();
        TestData.Family f = data.family(contract).create();
        long center = data.center(TestData.unique("بیمارستان طولانی آزمون "), city()).onlineReferrals()
                .insurer(insurer).create();
        String user = data.centerUser(center, PASSWORD);
        Logins.staff(browser, user, PASSWORD);
        browser.open("/center/referral-request.xhtml");
        browser.waitForLoad();
        long before = requests();

        // the field takes no more than the letter's covered procedure holds
        browser.type("centerRequestForm:nationalId", f.main().nationalId());
        browser.type("centerRequestForm:cause", "ب".repeat(310));
        assertEquals("300", browser.find("centerRequestForm:cause").getAttribute("maxlength"));
        assertEquals(300, browser.find("centerRequestForm:cause").getAttribute("value").length());

        // posted anyway (the limit removed in the page): no 500 page and nothing longer than the column reaches the
        // database; PrimeFaces cuts a posted value at its field's maxlength on the server (measured: 300 stored), so
        // the service's own refusal (ReferralIT) is the guard for what does not come through this page
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];",
                browser.find("centerRequestForm:cause"), "ب".repeat(450));
        browser.click("centerRequestForm:submit");
        String page = browser.waitForText("کد رهگیری");
        assertFalse(page.contains("خطای غیرمنتظره"), page);
        assertEquals(before + 1, requests());
        assertEquals(300, ((Number) data.queryValue(
                "select max(char_length(cause)) from referral_request where center_id = ?", center)).intValue());
        browser.screenshot("center-request-cause-too-long");
    }

    @Test
    void centreWithoutTheOnlineFlagIsToldSoAndAMadeUpCodeIsNoSuchLetter() {
        long center = data.center(TestData.unique("درمانگاه بدون آنلاین "), city()).issuesReferrals().create();
        String user = data.centerUser(center, PASSWORD);
        Logins.staff(browser, user, PASSWORD);
        browser.open("/center/referral-request.xhtml");
        assertTrue(browser.waitForText("امکان صدور آنلاین معرفی‌نامه ندارد").length() > 0);
        assertTrue(browser.driver().findElements(By.id("centerRequestForm:submit")).isEmpty());
        browser.screenshot("center-not-online");

        browser.driver().manage().deleteAllCookies();
        browser.open("/verify.xhtml?code=ABCDEFGHJK23456789MN");
        browser.waitForText("معرفی‌نامه‌ای با این کد وجود ندارد.");
        browser.open("/verify.xhtml?code=" + "<script>x</script>");
        browser.waitForText("معرفی‌نامه‌ای با این کد وجود ندارد.");
        browser.open("/verify.xhtml");
        browser.type("verifyForm:code", "zzzz-zzzz-zzzz-zzzz-zzzz");
        browser.click("verifyForm:verify");
        browser.waitForText("معرفی‌نامه‌ای با این کد وجود ندارد.");
        browser.screenshot("verify-not-found");
    }
}
