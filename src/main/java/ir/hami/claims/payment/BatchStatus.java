package ir.hami.claims.payment;

/**
 * Where a payment batch is. SENDING and PAYING mean its claims are being marked chunk by chunk: a run that stopped
 * half-way is run again with the same date and marks the rest.
 */
public enum BatchStatus {
    /** Built: its lines are frozen; the transfer file can be downloaded. */
    BUILT,
    /** Being marked sent to the bank. */
    SENDING,
    /** Every claim of it is sent to the bank. */
    SENT,
    /** Being marked paid. */
    PAYING,
    /** Every claim of it (not returned) is paid. */
    PAID;

    public String getKey() {
        return "finance.batch.status." + name();
    }
}
