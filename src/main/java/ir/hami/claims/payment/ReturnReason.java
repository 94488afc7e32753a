package ir.hami.claims.payment;

/** Why the bank returned a transfer, as its return letter says. */
public enum ReturnReason {
    BAD_IBAN, NAME_MISMATCH, OTHER;

    public String getKey() {
        return "finance.return.reason." + name();
    }
}
