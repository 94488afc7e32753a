package ir.hami.access.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a person who must change the password may still reach: the change page and what it needs, nothing else. */
class PasswordChangeGateTest {

    @Test
    void theChangePageErrorPagesAndStaticResourcesStayOpen() {
        assertTrue(PasswordChangeGate.allowed("/account/change-password.xhtml"));
        assertTrue(PasswordChangeGate.allowed("/errors/500.xhtml"));
        assertTrue(PasswordChangeGate.allowed("/jakarta.faces.resource/primefaces.js.xhtml"));
        assertTrue(PasswordChangeGate.allowed("/resources/hami/hami.css"));
        assertTrue(PasswordChangeGate.allowed("/favicon.ico"));
    }

    @Test
    void everyOtherPathLeadsToTheChange() {
        for (String path : new String[] {"/member/home.xhtml", "/referral/letter.xhtml", "/files/referral",
                "/message-file", "/welcome.xhtml", "/", "/account/profile.xhtml", "/logo",
                "/resources/../member/home.xhtml", "/account/change-password.xhtml/../../member/home.xhtml",
                "/files/referral.png/..", "/member/home.xhtml.css/.."}) {
            assertFalse(PasswordChangeGate.allowed(path), path);
        }
    }
}
