package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.text.PersianText;
import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The centres' panel in a real browser: covered and not covered answers, the centre's own history, refusals. */
class CenterPanelBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";

    private void check(String nationalId, String birthDate) {
        browser.type("checkForm:nationalId", nationalId);
        browser.type("checkForm:birthDate", birthDate);
        browser.click("checkForm:check");
    }

    @Test
    void centreChecksACoveredAndAnUncoveredPersonAndSeesOnlyItsOwnHistory() {
        long insurer = data.insurer("بیمه البرز آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت مخابرات آزمون"))
                .cover("بستری", 500_000_000L, 10).create();
        TestData.Family f = data.family(contract).dependents(1).lastName("مرادی").create();
        TestData.Member spouse = f.dependents().get(0);
        long center = data.center("بیمارستان پارس آزمون");
        long other = data.center("بیمارستان دیگر آزمون");
        String user = data.centerUser(center, PASSWORD);
        String otherUser = data.centerUser(other, PASSWORD);
        String unknown = TestData.newNationalId();

        Logins.staff(browser, user, PASSWORD);
        browser.waitForPath("/center/home.xhtml");
        check(PersianText.toPersianDigits(spouse.nationalId()), "۱۳۶۴/۰۱/۰۱");
        browser.waitForText("دارای پوشش بیمه‌ای");
        assertEquals(spouse.fullName(), browser.text("personName"));
        assertEquals("بیمه البرز آزمون", browser.text("insurer"));
        assertEquals(f.main().fullName(), browser.text("mainMember"));
        assertEquals("همسر", browser.text("relation"));
        assertTrue(browser.pageText().contains("بستری"));
        browser.screenshot("center-covered");

        check(unknown, "");
        browser.waitForText("فاقد پوشش بیمه‌ای");
        assertTrue(browser.text("reason").contains("یافت نشد"), browser.text("reason"));
        browser.screenshot("center-not-covered");

        browser.open("/center/home.xhtml");
        String history = browser.text("historyForm");
        assertTrue(history.contains(PersianText.toPersianDigits(unknown)), history);
        assertTrue(history.contains(PersianText.toPersianDigits(spouse.nationalId())), history);

        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        Logins.staff(browser, otherUser, PASSWORD);
        browser.waitForPath("/center/home.xhtml");
        String otherHistory = browser.text("historyForm");
        assertFalse(otherHistory.contains(PersianText.toPersianDigits(unknown)), otherHistory);
        assertFalse(otherHistory.contains(PersianText.toPersianDigits(spouse.nationalId())), otherHistory);
    }

    @Test
    void memberCannotOpenTheCentresPanel() {
        long contract = data.contract(data.insurer("بیمه آزمون"), data.policyholder("شرکت آزمون")).create();
        TestData.Member member = data.family(contract).create().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);
        Logins.member(browser, member.nationalId(), PASSWORD);
        browser.open("/center/home.xhtml");
        browser.waitForText(FORBIDDEN);
        assertFalse(browser.pageText().contains("سوابق استعلام"));
    }
}
