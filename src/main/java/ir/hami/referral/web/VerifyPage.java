package ir.hami.referral.web;

import ir.hami.referral.ReferralQueue;
import ir.hami.referral.Verification;
import ir.hami.referral.VerificationLink;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The public verification of a printed letter ({@code /verify.xhtml?code=…}, no login): genuine and valid, not yet
 * valid or expired, with the letter number, the patient's initials, centre, insurer and dates only; any other code
 * is "no such letter".
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    ReferralQueue queue;

    private String code;
    private boolean asked;
    private Verification result;

    /** f:viewAction for a code in the address, and the form's button. */
    public void verify() {
        if (code == null || code.isBlank()) {
            return;
        }
        asked = true;
        code = VerificationLink.normalizeCode(code);
        result = code.length() > 64 ? null : queue.verify(code).orElse(null);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isAsked() { return asked; }
    public Verification getResult() { return result; }
}
