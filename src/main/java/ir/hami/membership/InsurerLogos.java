package ir.hami.membership;

import ir.hami.platform.files.StoredFile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/** An insurer's logo, shown on its members' home page (seed 004). Only raster images are ever served. */
@Stateless
public class InsurerLogos {

    /** Content types served as logos; anything else (SVG can carry scripts) falls back to the generic image. */
    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    @PersistenceContext
    EntityManager em;

    public Optional<StoredFile> logoOf(long insurerId) {
        Insurer insurer = em.find(Insurer.class, insurerId);
        if (insurer == null || insurer.getLogoFileId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(StoredFile.class, insurer.getLogoFileId()))
                .filter(f -> IMAGE_TYPES.contains(f.getContentType()));
    }
}
