package ir.hami.claims.payment;

import java.io.Serializable;
import java.util.List;

/**
 * What building a batch did: the batch (null when no claim could be paid) and the claims left out, each with why
 * (the first {@value #LISTED} of them; {@code excludedCount} counts all).
 */
public record BuildResult(PaymentBatch batch, int excludedCount, List<Excluded> excluded) implements Serializable {

    public static final int LISTED = 200;

    /** A claim awaiting payment that was left out. */
    public record Excluded(long claimId, String trackingCode, String payeeName, Payee.Exclusion reason)
            implements Serializable {
    }
}
