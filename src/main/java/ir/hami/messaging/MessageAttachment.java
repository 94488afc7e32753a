package ir.hami.messaging;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * A file of a post (a doctor's order, a national card). Rule: it is staged under the form's key while the form is
 * being filled, and belongs to a post and its thread once sent; only those who may read the thread may download it.
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

    public MessageAttachment(FormKey key, long fileId, String fileName, String contentType, long sizeBytes,
                             Instant at) {
        this.formKey = key.value();
        this.fileId = fileId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.createdAt = at;
    }

    /** Sent: it now belongs to the post and its thread, and to no form. */
    void attachTo(MessagePost post) {
        formKey = null;
        postId = post.getId();
        threadId = post.getThread().getId();
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
