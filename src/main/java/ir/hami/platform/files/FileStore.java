package ir.hami.platform.files;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The portal's files (uploads, logos, reports) in the database, where every portal node sees them. Uploads are
 * checked by an {@link UploadRule} before anything is written: a refused file leaves nothing behind. Who may read a
 * stored file is decided by the feature that owns it (a referral request, a message), never by this store.
 */
@Stateless
public class FileStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param submittedName the name the browser sent (kept for display only, see {@link UploadRule#displayName})
     * @return the stored file, with its id and the content type detected from the bytes
     * @throws ir.hami.platform.ValidationException when the rule refuses the file
     */
    public StoredFile store(String submittedName, byte[] data, UploadRule rule) {
        String type = rule.check(data);
        StoredFile file = new StoredFile(UploadRule.displayName(submittedName), type, data, sha256(data),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        em.persist(file);
        return file;
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
