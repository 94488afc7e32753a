package ir.hami.messaging;

import java.io.Serializable;

/** An attachment as pages list it; the file itself is downloaded by id, for those who may read its thread. */
public record AttachmentView(long id, String name, String contentType, long sizeBytes) implements Serializable {

    static AttachmentView of(ir.hami.platform.files.StagedUpload s) {
        return new AttachmentView(s.getId(), s.getFileName(), s.getContentType(), s.getSizeBytes());
    }

    static AttachmentView of(MessageAttachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes());
    }

    /** The size in kilobytes, at least 1, for display. */
    public long kilobytes() {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
