package ir.hami.claims;

/**
 * The coded reasons an assessor rejects a claim for (the dashboard counts rejections by them); the assessor's own
 * words go with the code to the member.
 */
public enum RejectReason {
    /** The service is outside the contract's commitments. */
    NOT_COVERED,
    /** The service date is outside the person's coverage. */
    NOT_INSURED_ON_DATE,
    /** The same service was claimed and paid before. */
    DUPLICATE,
    /** The documents do not support the claim. */
    INVALID_DOCUMENTS,
    /** Sent after the contract's deadline for claims. */
    LATE_SUBMISSION,
    /** Paid by another insurer or the basic insurance in full. */
    PAID_ELSEWHERE,
    OTHER;

    public String key() {
        return "claims.rejectReason." + name();
    }

    public String getKey() {
        return key();
    }
}
