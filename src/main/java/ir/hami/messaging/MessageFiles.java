package ir.hami.messaging;

import ir.hami.platform.ValidationException;
import ir.hami.platform.files.FileStore;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadRule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The attachments of messages. A file chosen on a form is checked by content and size ({@link UploadRule}, from
 * {@code hami.upload.max-bytes}) and staged under the form's {@link FormKey}, at most
 * {@code hami.messages.max-attachments} per form; a refused file stores nothing. Sending the form links the staged
 * files to its post. A file is downloaded only by whoever may read its thread: the member who wrote it, or staff
 * of the referral unit and administrators. Staged files never sent are dropped after a day.
 */
@Stateless
public class MessageFiles {

    public static final String KEY_TOO_MANY = "messages.attachments.tooMany";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hami.upload.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    ir.hami.platform.security.RateLimiter limiter;

    @Inject
    @ConfigProperty(name = "hami.messages.per-ip-per-hour", defaultValue = "10")
    int perIpPerHour;

    @Inject
    @ConfigProperty(name = "hami.messages.max-attachments", defaultValue = "5")
    int maxAttachments;

    /**
     * Who asks for a file: a member (their person id), staff who may read every thread, or a visitor who showed a
     * thread's tracking code and mobile in this session ({@code tracked}: those threads' ids).
     */
    public record Reader(Long personId, Set<Unit> units, Set<Long> tracked) {

        /** A member (or nobody), with no unit's threads. */
        public Reader(Long personId, Set<Long> tracked) {
            this(personId, Set.of(), tracked);
        }

        /** Staff of this role: the threads of the units it answers. */
        public static Reader staff(ir.hami.platform.security.Role role) {
            return new Reader(null, Unit.answeredBy(role), Set.of());
        }

        public Reader {
            units = Set.copyOf(units);
            tracked = Set.copyOf(tracked);
        }
    }

    public UploadRule rule() {
        return UploadRule.documents(maxBytes);
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    /**
     * Checks and stages one file of a form.
     *
     * @throws ValidationException {@link #KEY_TOO_MANY} (argument: the limit), or the rule's {@code upload.*} keys;
     *                             nothing is stored then
     */
    public AttachmentView stage(FormKey key, String submittedName, byte[] data) {
        long staged = em.createQuery("select count(a) from MessageAttachment a where a.formKey = :k", Long.class)
                .setParameter("k", key.value()).getSingleResult();
        if (staged >= maxAttachments) {
            throw new ValidationException(KEY_TOO_MANY, maxAttachments);
        }
        StoredFile file = files.store(submittedName, data, rule());
        // the attachment names its file by id only: the file's row must be written first
        em.flush();
        MessageAttachment a = new MessageAttachment(key, file.getId(), file.getFileName(), file.getContentType(),
                file.getSizeBytes(), now());
        em.persist(a);
        return AttachmentView.of(a);
    }

    /**
     * A file staged by a visitor who is not logged in. Rule: one address may stage at most (public messages per
     * address per hour × files per message) files an hour, so the public form cannot be used to fill the file store.
     *
     * @throws ValidationException {@link MessageDesk#KEY_TOO_MANY} over that limit, else as {@link #stage}
     */
    public AttachmentView stageAnonymous(FormKey key, String ip, String submittedName, byte[] data) {
        String bucket = "message-upload:ip:" + ip;
        var permit = limiter.acquire(java.util.List.of(new ir.hami.platform.security.RateLimiter.Limit(bucket,
                perIpPerHour * maxAttachments, java.time.Duration.ofHours(1))));
        if (permit.isEmpty()) {
            throw new ValidationException(MessageDesk.KEY_TOO_MANY);
        }
        try {
            return stage(key, submittedName, data);
        } catch (ValidationException e) {
            limiter.release(permit.get()); // a refused file is not staged and does not count
            throw e;
        }
    }

    /** The files staged under a form, in the order chosen. */
    public List<AttachmentView> staged(FormKey key) {
        return stagedUnder(key).stream().map(AttachmentView::of).toList();
    }

    /** Drops a staged file of this form (a file of another form or an already sent one is left alone). */
    public void unstage(FormKey key, long attachmentId) {
        MessageAttachment a = em.find(MessageAttachment.class, attachmentId);
        if (a != null && key.value().equals(a.getFormKey())) {
            drop(a);
        }
    }

    /** Links the files staged under the form to the post that the form sent. */
    public List<AttachmentView> attachStaged(FormKey key, MessagePost post) {
        List<MessageAttachment> staged = stagedUnder(key);
        staged.forEach(a -> a.attachTo(post));
        return staged.stream().map(AttachmentView::of).toList();
    }

    /** The attachments of a thread, by post, in order. */
    public List<MessageAttachment> ofThread(long threadId) {
        return em.createQuery("select a from MessageAttachment a where a.threadId = :t order by a.id",
                        MessageAttachment.class)
                .setParameter("t", threadId).getResultList();
    }

    /**
     * A file of a thread, if this reader may read the thread; empty otherwise (and for unknown or staged ids), so
     * nobody learns whether another's file exists.
     */
    public Optional<StoredFile> download(long attachmentId, Reader reader) {
        MessageAttachment a = em.find(MessageAttachment.class, attachmentId);
        if (a == null || a.getThreadId() == null || reader == null) {
            return Optional.empty();
        }
        MessageThread thread = em.find(MessageThread.class, a.getThreadId());
        if (thread == null) {
            return Optional.empty();
        }
        boolean staff = reader.units().contains(thread.getUnit());
        boolean sender = reader.personId() != null && thread.isSentBy(reader.personId());
        if (!staff && !sender && !reader.tracked().contains(thread.getId())) {
            return Optional.empty();
        }
        return files.find(a.getFileId());
    }

    /** Staged files of forms left unsent for a day: dropped every hour. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purgeStale() {
        em.createQuery("select a from MessageAttachment a where a.postId is null and a.createdAt < :t",
                        MessageAttachment.class)
                .setParameter("t", now().minus(Duration.ofDays(1)))
                .setMaxResults(1000)
                .getResultList()
                .forEach(this::drop);
    }

    private List<MessageAttachment> stagedUnder(FormKey key) {
        return em.createQuery("select a from MessageAttachment a where a.formKey = :k order by a.id",
                        MessageAttachment.class)
                .setParameter("k", key.value()).getResultList();
    }

    private void drop(MessageAttachment a) {
        long fileId = a.getFileId();
        em.remove(a);
        em.flush();
        files.find(fileId).ifPresent(em::remove);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
