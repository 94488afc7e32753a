package ir.hami.claims.payment;

import ir.hami.claims.ClaimChannel;
import ir.hami.claims.ClaimState;
import java.io.Serializable;
import java.time.Instant;

/** A claim in finance's lists: assessed and waiting to be sent to finance, or awaiting a batch. */
public record FinanceRow(long id, long version, String trackingCode, ClaimChannel channel, String patientName,
                         String nationalId, Long payable, Instant assessedAt, ClaimState state,
                         String financeFileNumber) implements Serializable {
}
