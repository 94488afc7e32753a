package ir.hami.claims;

/**
 * A kind of deduction (کسورات) from a claim's amount, with the Persian sentence that explains it to the member when
 * the assessor wrote no more specific one.
 */
public enum DeductionKind {
    /** The member's share by the plan's franchise percent. */
    FRANCHISE,
    /** Above what is left of the cover's annual ceiling. */
    OVER_CEILING,
    /** Above the tariff the contract pays for the service. */
    OUT_OF_TARIFF,
    /** Not covered by the plan at all. */
    NOT_COVERED;

    public String key() {
        return "claims.deduction." + name();
    }

    public String getKey() {
        return key();
    }

    /** Bundle key of the plain-Persian explanation. */
    public String explanationKey() {
        return "claims.deduction." + name() + ".explained";
    }
}
