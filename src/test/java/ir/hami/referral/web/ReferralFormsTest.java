package ir.hami.referral.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where the request forms show a refusal. */
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
}
