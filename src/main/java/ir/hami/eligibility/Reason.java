package ir.hami.eligibility;

/** The answer of a check: covered, or why not. */
public enum Reason {
    /** Covered today. */
    COVERED,
    /** No coverage found for this national ID (unknown person or never covered). */
    NOT_FOUND,
    /** The last coverage ended before today. */
    EXPIRED,
    /** The coverage starts after today. */
    NOT_STARTED,
    /** The birth date given does not match the person's: nothing else is revealed. */
    BIRTH_DATE_MISMATCH;

    public boolean isCovered() {
        return this == COVERED;
    }
}
