package ir.hami.messaging;

import ir.hami.platform.ValidationException;
import ir.hami.platform.files.FileStore;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.web.FormKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The attachments of messages. A file chosen on a form is checked by content and size ({@link UploadRule}, from
 * {@code hami.upload.max-bytes}) and staged for its owner under the form's {@link FormKey} in the portal's one
 * {@link Staging} (with the owner's quota and the visitors' hourly limit per address), at most
 * {@code hami.messages.max-attachments} per form; a refused file stores nothing. Sending the form turns the staged
 * files into the post's attachments, in the same transaction. A file is downloaded only by whoever may read its
 * thread: the member who wrote it, or staff of the referral unit and administrators. Staged files never sent are
 * purged by {@link Staging}.
 */
@Stateless
public class MessageFiles {

    public static final String KEY_TOO_MANY = "messages.attachments.tooMany";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    Staging staging;

    @Inject
    @ConfigProperty(name = "hami.upload.max-bytes", defaultValue = "5242880")
    long maxBytes;

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
     * Checks and stages one file of a form for its owner: a logged-in account ({@link UploadOwner#account}) or a
     * visitor ({@link UploadOwner#visitor}: the form and the address, limited per address and hour).
     *
     * @throws ValidationException {@link #KEY_TOO_MANY} (argument: the limit), a {@link Staging} quota's key, or the
     *                             rule's {@code upload.*} keys; nothing is stored then
     */
    public AttachmentView stage(UploadOwner owner, FormKey key, String submittedName, byte[] data) {
        if (staging.staged(key).size() >= maxAttachments) {
            throw new ValidationException(KEY_TOO_MANY, maxAttachments);
        }
        return AttachmentView.of(staging.stage(owner, key, Staging.ANY_SLOT, submittedName, data, rule()));
    }

    /** The files staged under a form, in the order chosen. */
    public List<AttachmentView> staged(FormKey key) {
        return staging.staged(key).stream().map(AttachmentView::of).toList();
    }

    /** Drops a staged file of this form and owner (another's, or an already sent one, is left alone). */
    public void unstage(UploadOwner owner, FormKey key, long stagedId) {
        staging.unstage(owner, key, stagedId);
    }

    /** Turns the files staged under the form into attachments of the post that the form sent. */
    public List<AttachmentView> attachStaged(FormKey key, MessagePost post) {
        List<MessageAttachment> attached = new ArrayList<>();
        for (StagedUpload s : staging.claimAll(key)) {
            MessageAttachment a = new MessageAttachment(post, s);
            em.persist(a);
            attached.add(a);
        }
        return attached.stream().map(AttachmentView::of).toList();
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
}
