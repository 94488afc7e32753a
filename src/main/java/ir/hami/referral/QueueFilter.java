package ir.hami.referral;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The referral unit's queue filter. {@code status} null means "awaiting the unit" (submitted, exam required, exam
 * booked); the date range is of the request date (Tehran days, both ends included); tracking code and national ID are
 * exact (any digits). Every field may be null.
 */
public record QueueFilter(ReferralStatus status, Long insurerId, Long centerId, Long provinceId, LocalDate from,
                          LocalDate to, String trackingCode, String nationalId) implements Serializable {

    public static QueueFilter awaitingUnit() {
        return new QueueFilter(null, null, null, null, null, null, null, null);
    }
}
