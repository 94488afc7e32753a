package ir.hami.claims;

/** How a claim came in: a member online (reimbursement), or a centre's direct billing after a referral letter. */
public enum ClaimChannel {
    MEMBER, CENTER;

    public String key() {
        return "claims.channel." + name();
    }
}
