package ir.hami.messaging;

import ir.hami.platform.files.StagedUpload;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A file of a post (a doctor's order, a national card). Rule: while the form is being filled it is a staged upload
 * ({@link ir.hami.platform.files.Staging}); once sent it belongs to a post and its thread, and only those who may read
 * the thread may download it.
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "message_attachment")
    @TableGenerator(name = "message_attachment", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "message_attachment", allocationSize = 50)
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    /** No longer used (staged files live in staged_upload since V14): always null. */
    @Column(name = "form_key", length = 40)
    private String formKey;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MessageAttachment() {
    }

    /** A file staged on the form that sent the post, now the post's. */
    MessageAttachment(MessagePost post, StagedUpload staged) {
        this.fileId = staged.getFileId();
        this.fileName = staged.getFileName();
        this.contentType = staged.getContentType();
        this.sizeBytes = staged.getSizeBytes();
        this.createdAt = staged.getCreatedAt();
        this.postId = post.getId();
        this.threadId = post.getThread().getId();
    }

    public Long getId() { return id; }
    public Long getFileId() { return fileId; }
    public String getFormKey() { return formKey; }
    public Long getPostId() { return postId; }
    public Long getThreadId() { return threadId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getCreatedAt() { return createdAt; }
}
