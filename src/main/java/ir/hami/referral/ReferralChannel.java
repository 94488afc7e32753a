package ir.hami.referral;

/** Who asked for the letter: a member on the portal, or a centre with the online flag for a patient at its desk. */
public enum ReferralChannel {
    MEMBER, CENTER;

    public String key() {
        return "referral.channel." + name();
    }
}
