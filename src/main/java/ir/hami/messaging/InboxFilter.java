package ir.hami.messaging;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the staff inbox shows; every part may be null (no condition). Dates are Tehran days, both inclusive.
 *
 * @param trackingCode as typed (digits in any script); a malformed one matches nothing
 * @param assignedTo   a staff username
 */
public record InboxFilter(ThreadStatus status, Long insurerId, Unit unit, String trackingCode, LocalDate from,
                          LocalDate to, String assignedTo) implements Serializable {

    public static InboxFilter open() {
        return new InboxFilter(ThreadStatus.OPEN, null, null, null, null, null, null);
    }
}
