package ir.hami.messaging;

import ir.hami.platform.web.FormKey;
import jakarta.persistence.*;
import java.time.Instant;

/** One message of a thread: the sender's first message or follow-up, or a staff reply; with its form's key. */
@Entity
@Table(name = "message_post")
public class MessagePost {

    /** Who wrote a post. */
    public enum Author { SENDER, STAFF }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "message_post")
    @TableGenerator(name = "message_post", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "message_post", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "thread_id")
    private MessageThread thread;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 10)
    private Author authorKind;

    @Column(name = "author", nullable = false, length = 200)
    private String author;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "client_key", nullable = false, length = 40)
    private String clientKey;

    protected MessagePost() {
    }

    public MessagePost(MessageThread thread, Author authorKind, String author, String body, FormKey key, Instant at) {
        this.thread = thread;
        this.authorKind = authorKind;
        this.author = author;
        this.body = body;
        this.clientKey = key.value();
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public MessageThread getThread() { return thread; }
    public Author getAuthorKind() { return authorKind; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public String getClientKey() { return clientKey; }
}
