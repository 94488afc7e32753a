package ir.hami.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A whole thread as its pages show it: what it is about, who wrote it, where it stands, and its posts in order. */
public record ThreadView(long id, String trackingCode, String insurerName, Unit unit, String subject,
                         ThreadStatus status, String senderName, String senderMobile, String senderEmail,
                         boolean fromMember, Instant createdAt, String assignedTo, String assignedBy,
                         Instant assignedAt, String closedBy, Instant closedAt, long version, List<PostView> posts)
        implements Serializable {

    public boolean isClosed() {
        return status == ThreadStatus.CLOSED;
    }
}
