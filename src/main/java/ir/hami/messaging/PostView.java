package ir.hami.messaging;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One post of a thread as pages show it. */
public record PostView(long id, MessagePost.Author author, String authorName, String body, Instant at,
                       List<AttachmentView> attachments) implements Serializable {

    public boolean isStaff() {
        return author == MessagePost.Author.STAFF;
    }
}
