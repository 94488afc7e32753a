package ir.hami.claims;

/** What happened to a claim, for its history and timeline. */
public enum ClaimAction {
    DRAFTED, SUBMITTED, RECEIVED, DEFICIENCY_DECLARED, DEFICIENCY_FIXED, ORIGINALS_REQUESTED, ORIGINALS_DELIVERED,
    ASSESSED, SENT_TO_FINANCE, SENT_TO_BANK, DEPOSITED, PAYMENT_RETURNED, REJECTED,
    /** A supervisor gave the claim to another assessor. */
    REASSIGNED;

    /** Shown in the back office's history only (a member's page leaves it out). */
    public boolean isBackOfficeOnly() {
        return this == REASSIGNED;
    }

    public String key() {
        return "claims.action." + name();
    }

    public String getKey() {
        return key();
    }
}
