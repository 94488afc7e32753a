package ir.hami.claims;

import ir.hami.platform.ValidationException;
import ir.hami.platform.files.FileStore;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ir.hami.platform.security.Roles;

/**
 * The document images of a claim. An image is stored on the claim itself as soon as it is accepted (a draft keeps
 * it, so a file the member saw accepted is never lost): into round 0 while the claim is a draft, into the current
 * deficiency's round while the claim awaits the member's documents. Only JPEG and PNG images, checked from their
 * bytes; at most {@code hami.claims.max-file-mb} each and {@code hami.claims.max-files} per claim, counted under the
 * claim's row lock so two tabs cannot pass the limit together.
 */
@Stateless
@RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class ClaimFiles {

    public static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");
    public static final String KEY_TOO_MANY = "claims.files.tooMany";
    public static final String KEY_TYPE = "claims.files.type";
    public static final String KEY_DOCUMENT_TYPE = "claims.files.documentType";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    @Inject
    FormSubmissions forms;

    /** The kind of form submission an upload with a client's key is recorded as. */
    static final String UPLOAD_FORM = "claim-document";

    /** hami.claims.max-files: images per claim, all rounds together. */
    @Inject
    @ConfigProperty(name = "hami.claims.max-files", defaultValue = "20")
    int maxFiles;

    /** hami.claims.max-file-mb: the largest image in megabytes. */
    @Inject
    @ConfigProperty(name = "hami.claims.max-file-mb", defaultValue = "8")
    int maxFileMb;

    /**
     * Adds an image to a claim the viewer wrote (draft) or is asked to complete (deficiency).
     *
     * @throws ValidationException {@link ClaimRecords#REFUSED}, {@link Claim#NOT_ALLOWED}, {@link #KEY_DOCUMENT_TYPE},
     *                             {@link #KEY_TOO_MANY}, {@link #KEY_TYPE}, {@code upload.empty}, {@code upload.tooLarge}
     */
    public ClaimDocument add(ClaimViewer viewer, long claimId, long documentTypeId, String fileName, byte[] data) {
        Claim claim = records.visible(viewer, claimId);
        int round = editableRound(viewer, claim);
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        if (!accepts(claim, documentTypeId)) {
            throw new ValidationException(KEY_DOCUMENT_TYPE);
        }
        long count = em.createQuery("select count(d) from ClaimDocument d where d.claimId = :c", Long.class)
                .setParameter("c", claimId).getSingleResult();
        if (count >= maxFiles) {
            throw new ValidationException(KEY_TOO_MANY, maxFiles);
        }
        StoredFile file = storeImage(fileName, data);
        ClaimDocument doc = new ClaimDocument(claim, file.getId(), documentTypeId, file.getFileName(),
                file.getSha256(), round, viewer.username(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        em.persist(doc);
        return doc;
    }

    /**
     * {@link #add} once per form key (the members' API's {@code Idempotency-Key}): a retried upload answers with the
     * image the first one added. Two racing with one key: the second stops at the recorded key with
     * {@link FormSubmissions#REPEATED} and keeps nothing, after which this answers with the first one's image.
     */
    public ClaimDocument add(ClaimViewer viewer, long claimId, long documentTypeId, String fileName, byte[] data,
                             FormKey key) {
        java.util.Optional<Long> earlier = forms.earlier(key, UPLOAD_FORM);
        if (earlier.isPresent()) {
            ClaimDocument doc = earlier.get() == null ? null : em.find(ClaimDocument.class, earlier.get());
            if (doc == null || doc.getClaimId() != claimId) {
                throw new ValidationException(FormSubmissions.REPEATED); // removed since, or another claim's key
            }
            records.visible(viewer, doc.getClaimId());
            return doc;
        }
        ClaimDocument doc = add(viewer, claimId, documentTypeId, fileName, data);
        em.flush();
        forms.record(key, UPLOAD_FORM, doc.getId(), viewer.username());
        return doc;
    }

    /**
     * Stores an image of a claim or an admission: JPEG or PNG told from the bytes, at most
     * {@code hami.claims.max-file-mb}; flushed, so a row may name it by id.
     *
     * @throws ValidationException {@link #KEY_TYPE}, {@code upload.empty}, {@code upload.tooLarge}
     */
    public StoredFile storeImage(String fileName, byte[] data) {
        StoredFile file;
        try {
            file = files.store(fileName, data, new UploadRule(IMAGES, maxFileMb * 1024L * 1024L));
        } catch (ValidationException e) {
            if ("upload.type".equals(e.key())) {
                throw new ValidationException(KEY_TYPE);
            }
            throw e;
        }
        em.flush();
        return file;
    }

    /** Removes an image of the round the member may still change; older rounds are the assessor's record. */
    public void remove(ClaimViewer viewer, long documentId) {
        ClaimDocument doc = em.find(ClaimDocument.class, documentId);
        if (doc == null) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        Claim claim = records.visible(viewer, doc.getClaimId());
        int round = editableRound(viewer, claim);
        if (doc.getRound() != round) {
            throw new ValidationException(Claim.NOT_ALLOWED);
        }
        em.remove(doc);
        em.flush(); // the document row names its file: it goes first
        StoredFile file = em.find(StoredFile.class, doc.getFileId());
        if (file != null) {
            em.remove(file);
        }
    }

    /** An image's stored file, if the viewer may see its claim. */
    @RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
    public StoredFile file(ClaimViewer viewer, long documentId) {
        ClaimDocument doc = em.find(ClaimDocument.class, documentId);
        if (doc == null) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        records.visible(viewer, doc.getClaimId());
        return em.find(StoredFile.class, doc.getFileId());
    }

    public int maxFiles() {
        return maxFiles;
    }

    public int maxFileMb() {
        return maxFileMb;
    }

    /** The round the viewer may add to: 0 on their own draft, the deficiency's round when asked for documents. */
    private static int editableRound(ClaimViewer viewer, Claim claim) {
        if (!viewer.isMember()) {
            throw new ValidationException(Claim.NOT_ALLOWED);
        }
        if (claim.getState() == ClaimState.DRAFT) {
            return 0;
        }
        if (claim.getState() == ClaimState.DEFICIENCY) {
            return claim.getDeficiencyRound();
        }
        throw new ValidationException(Claim.NOT_ALLOWED);
    }

    /** A document type the claim's service takes (any active type before a service is chosen). */
    private boolean accepts(Claim claim, long documentTypeId) {
        if (claim.getServiceId() == null) {
            return catalog.documentType(documentTypeId).filter(DocumentType::isActive).isPresent();
        }
        return catalog.requirements(claim.getServiceId()).stream()
                .anyMatch(r -> r.type().getId() == documentTypeId);
    }
}
