package ir.hami.membership.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ir.hami.testing.OneBrowserTest;
import ir.hami.testing.Logins;
import ir.hami.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages of another role answer with the Persian 403 page, whoever is logged in. */
class AccessControlBrowserIT extends OneBrowserTest {

    private static final String PASSWORD = "Hami-Test-1403";
    private static final String FORBIDDEN = "دسترسی به این صفحه برای شما مجاز نیست.";

    @Test
    void memberIsRefusedTheAdministrationAndTheStaffDesk() {
        long insurer = data.insurer("بیمه دسترسی آزمون");
        long contract = data.contract(insurer, data.policyholder("شرکت دسترسی")).create();
        TestData.Member member = data.family(contract).create().main();
        data.memberAccount(member.personId(), member.nationalId(), PASSWORD);

        Logins.member(browser, member.nationalId(), PASSWORD);
        for (String page : List.of("/admin/announcements.xhtml", "/staff/home.xhtml", "/center/home.xhtml")) {
            assertRefused(page);
        }
        browser.screenshot("forbidden-member");
    }

    @Test
    void centreIsRefusedTheStaffDeskTheAdministrationAndMemberPages() {
        String centre = data.staff("CENTER", PASSWORD);
        Logins.staff(browser, centre, PASSWORD);
        for (String page : List.of("/staff/home.xhtml", "/admin/announcements.xhtml", "/member/home.xhtml",
                "/member/inquiry.xhtml?person=1")) {
            assertRefused(page);
        }
    }

    @Test
    void staffOtherThanAdministratorsAreRefusedTheAdministration() {
        String referral = data.staff("REFERRAL", PASSWORD);
        Logins.staff(browser, referral, PASSWORD);
        assertRefused("/admin/announcements.xhtml");
        assertRefused("/member/family.xhtml");
    }

    private void assertRefused(String page) {
        browser.open(page);
        String text = browser.waitForText(FORBIDDEN);
        assertEquals(FORBIDDEN, browser.text("errorTitle"), page);
        assertFalse(text.contains("اعلان جدید"), page);
        assertFalse(text.contains("افراد تحت تکفل") && page.startsWith("/member/family"), page);
    }
}
