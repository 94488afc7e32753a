package ir.hami.claims.payment;

import java.io.Serializable;

/**
 * One transfer of a batch, as the bank file carries it: the payee's name and IBAN frozen when the batch was built,
 * the amount in Rials and the claim's tracking code as the reference.
 */
public record PaymentLine(int lineNo, long claimId, String payeeName, String iban, long amount, String reference)
        implements Serializable {
}
