package ir.hami.messaging;

import java.io.Serializable;
import java.time.Instant;

/** A thread as a row of a table (the staff inbox, a member's own messages). */
public record ThreadRow(long id, String trackingCode, String insurerName, Unit unit, String subject,
                        ThreadStatus status, String senderName, Instant createdAt, Instant lastPostAt,
                        String assignedTo) implements Serializable {
}
