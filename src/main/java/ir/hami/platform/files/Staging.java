package ir.hami.platform.files;

import ir.hami.platform.ValidationException;
import ir.hami.platform.security.RateLimiter;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one staging area of the portal's forms (a referral request's doctor's order and national card, the documents a
 * member adds, a message's or a reply's attachments). A file chosen on a form is checked ({@link UploadRule}) and
 * stored once as a {@link StagedUpload} of its {@link UploadOwner} and form.
 *
 * <p>Rules:
 * <ul>
 * <li>An owner has at most {@code hami.uploads.staged-max-files} files and {@code hami.uploads.staged-max-bytes}
 *     bytes staged at once, over all their forms and tabs; a visitor's address stages at most
 *     {@code hami.uploads.public-per-hour} files an hour. Over a limit the file is refused with a message key
 *     ({@link #KEY_QUOTA_FILES}, {@link #KEY_QUOTA_BYTES}, {@link #KEY_QUOTA_ADDRESS}) and nothing is stored.</li>
 * <li>Submitting the form <em>claims</em> its staged files in the submit's transaction: only the owner's own staged
 *     files can be claimed (an id of someone else's file is refused as missing), and a claimed file is no longer
 *     staged; the feature links its stored file to the record it made.</li>
 * <li>Removing a file from the form deletes it (row and bytes). Files left unsent for
 *     {@code hami.uploads.staged-max-age-hours} are purged every hour.</li>
 * </ul>
 */
@Stateless
public class Staging {

    public static final String KEY_QUOTA_FILES = "upload.quota.files";
    public static final String KEY_QUOTA_BYTES = "upload.quota.bytes";
    public static final String KEY_QUOTA_ADDRESS = "upload.quota.address";

    /** The slot of forms with a single upload field. */
    public static final String ANY_SLOT = "files";

    private static final int PURGE_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    RateLimiter limiter;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "hami.uploads.staged-max-files", defaultValue = "12")
    int maxFiles;

    @Inject
    @ConfigProperty(name = "hami.uploads.staged-max-bytes", defaultValue = "31457280")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "hami.uploads.public-per-hour", defaultValue = "50")
    int publicPerHour;

    @Inject
    @ConfigProperty(name = "hami.uploads.staged-max-age-hours", defaultValue = "24")
    int maxAgeHours;

    /**
     * Checks and stages one file chosen on a form.
     *
     * @param slot the form's field it was chosen in ({@link #ANY_SLOT} for forms with one field)
     * @throws ValidationException a quota's key (arguments: the limit), or the rule's {@code upload.*} keys; nothing
     *                             is stored then
     */
    public StagedUpload stage(UploadOwner owner, FormKey form, String slot, String submittedName, byte[] data,
                              UploadRule rule) {
        String bucket = owner.isVisitor() ? "upload:ip:" + owner.address() : null;
        if (bucket != null && limiter.exceeded(bucket, publicPerHour, Duration.ofHours(1))) {
            throw new ValidationException(KEY_QUOTA_ADDRESS, publicPerHour);
        }
        Object[] usage = em.createQuery("select count(s), coalesce(sum(s.sizeBytes), 0) from StagedUpload s "
                        + "where s.ownerKey = :o", Object[].class)
                .setParameter("o", owner.key()).getSingleResult();
        long count = ((Number) usage[0]).longValue();
        long bytes = ((Number) usage[1]).longValue();
        if (count >= maxFiles) {
            throw new ValidationException(KEY_QUOTA_FILES, maxFiles);
        }
        if (data != null && bytes + data.length > maxBytes) {
            throw new ValidationException(KEY_QUOTA_BYTES, Math.max(1, maxBytes / (1024 * 1024)));
        }
        StoredFile file = files.store(submittedName, data, rule);
        em.flush(); // the staged row names its file by id
        StagedUpload staged = new StagedUpload(owner, form.value(), slot, file, now());
        em.persist(staged);
        if (bucket != null) {
            limiter.record(bucket);
        }
        return staged;
    }

    /** The files staged on a form, in the order chosen. */
    public List<StagedUpload> staged(FormKey form) {
        return em.createQuery("select s from StagedUpload s where s.formKey = :f order by s.id", StagedUpload.class)
                .setParameter("f", form.value()).getResultList();
    }

    /** How many files and bytes an owner has staged now, over all their forms. */
    public long stagedCount(UploadOwner owner) {
        return em.createQuery("select count(s) from StagedUpload s where s.ownerKey = :o", Long.class)
                .setParameter("o", owner.key()).getSingleResult();
    }

    /** Removes a file from its form: deletes it, row and bytes. Another owner's or form's file is left alone. */
    public boolean unstage(UploadOwner owner, FormKey form, long stagedId) {
        StagedUpload s = em.find(StagedUpload.class, stagedId);
        if (s == null || !s.getOwnerKey().equals(owner.key()) || !s.getFormKey().equals(form.value())) {
            return false;
        }
        drop(s);
        return true;
    }

    /**
     * Claims one staged file for the record a form submit makes, in the caller's transaction.
     *
     * @param missingKey the message key when the id is missing, unknown, already used, or of another owner
     * @return the claimed upload (no longer staged; its stored file stays, for the caller to link)
     */
    public StagedUpload claim(UploadOwner owner, Long stagedId, String missingKey) {
        StagedUpload s = stagedId == null ? null : em.find(StagedUpload.class, stagedId);
        if (s == null || !s.getOwnerKey().equals(owner.key())) {
            context.setRollbackOnly(); // the submit stops here: whatever it claimed before is not lost
            throw new ValidationException(missingKey);
        }
        em.remove(s);
        return s;
    }

    /** Claims every file staged on a form (the form key is the server's own secret of that form). */
    public List<StagedUpload> claimAll(FormKey form) {
        List<StagedUpload> staged = staged(form);
        staged.forEach(em::remove);
        return staged;
    }

    /** Drops staged files left unsent longer than {@code hami.uploads.staged-max-age-hours}: every hour. */
    @Schedule(hour = "*", minute = "41", persistent = false)
    public void purge() {
        purgeOlderThan(now().minus(Duration.ofHours(maxAgeHours)));
    }

    /**
     * Drops staged files made before a moment (rows and their stored bytes), at most a batch per call.
     *
     * @return how many were dropped
     */
    public int purgeOlderThan(Instant before) {
        List<StagedUpload> stale = em.createQuery("select s from StagedUpload s where s.createdAt < :t order by s.id",
                        StagedUpload.class)
                .setParameter("t", before).setMaxResults(PURGE_BATCH).getResultList();
        stale.forEach(this::drop);
        return stale.size();
    }

    public Optional<StagedUpload> find(long stagedId) {
        return Optional.ofNullable(em.find(StagedUpload.class, stagedId));
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private void drop(StagedUpload s) {
        long fileId = s.getFileId();
        em.remove(s);
        em.flush();
        files.find(fileId).ifPresent(em::remove);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
