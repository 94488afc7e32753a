package ir.hami.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where the request forms show a refusal, and the download's file name. */
class ReferralFormsTest {

    @Test
    void aMembersRefusalIsShownBesideItsField() {
        assertEquals("requestForm:person", ReferralRequestPage.fieldOf("family.refused"));
        assertEquals("requestForm:person", ReferralRequestPage.fieldOf("referral.notCovered"));
        assertEquals("requestForm:admission", ReferralRequestPage.fieldOf("referral.admission.past"));
        assertEquals("requestForm:center", ReferralRequestPage.fieldOf("referral.center.noReferrals"));
        assertEquals("requestForm:cause", ReferralRequestPage.fieldOf("referral.cause.required"));
        assertEquals("requestForm:physician", ReferralRequestPage.fieldOf("referral.physician.required"));
        assertEquals("requestForm:doctorOrder", ReferralRequestPage.fieldOf("referral.doctorOrder.required"));
        assertEquals("requestForm:nationalCard", ReferralRequestPage.fieldOf("referral.nationalCard.required"));
        assertNull(ReferralRequestPage.fieldOf("referral.refused"));
    }

    @Test
    void aCentresRefusalIsShownBesideItsField() {
        assertEquals("centerRequestForm:nationalId", CenterRequestPage.fieldOf("nationalId.invalid"));
        assertEquals("centerRequestForm:nationalId", CenterRequestPage.fieldOf("referral.center.notOnline"));
        assertEquals("centerRequestForm:nationalId", CenterRequestPage.fieldOf("referral.center.notCovered"));
        assertEquals("centerRequestForm:admission", CenterRequestPage.fieldOf("referral.admission.tooFar"));
        assertEquals("centerRequestForm:cause", CenterRequestPage.fieldOf("referral.cause.required"));
        assertNull(CenterRequestPage.fieldOf("referral.refused"));
    }

    @Test
    void downloadNameIsSafeAndKeepsThePersianNameEncoded() {
        assertEquals("attachment; filename=\"______.jpg\"; filename*=UTF-8''%D9%86%D8%B3%D8%AE%D9%87%20%DB%B1.jpg",
                ReferralFileServlet.contentDisposition("نسخه ۱.jpg"));
        assertEquals("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf",
                ReferralFileServlet.contentDisposition("a\"b.pdf"));
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", ReferralFileServlet.contentDisposition(null));
    }

    @Test
    void anIdInTheAddressIsANumberOrNothing() {
        assertEquals(42L, ReferralPage.parse(" 42 "));
        assertNull(ReferralPage.parse("42; drop"));
        assertNull(ReferralPage.parse(""));
        assertNull(ReferralPage.parse("9".repeat(30)));
    }
}
