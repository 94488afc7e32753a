package ir.hami.referral;

import java.io.Serializable;

/**
 * An issued letter as it is printed: the request's details (terms, codes, centre, insurer, contract, policyholder)
 * and the name of the family's main member.
 */
public record ReferralLetter(ReferralDetails details, String mainMemberName) implements Serializable {

    public ReferralDetails getDetails() { return details; }
    public ReferralRequest getRequest() { return details.request(); }
    public String getMainMemberName() { return mainMemberName; }
}
