package ir.hami.home;

import java.io.Serializable;
import java.time.LocalDate;

/** An announcement as pages show it; {@code insurerId} and {@code insurerName} are null for "all insurers". */
public record AnnouncementView(long id, String title, String body, Long insurerId, String insurerName,
                               LocalDate publishedOn, LocalDate expiresOn, boolean active, long version)
        implements Serializable {

    static AnnouncementView of(Announcement a) {
        return new AnnouncementView(a.getId(), a.getTitle(), a.getBody(),
                a.getInsurer() == null ? null : a.getInsurer().getId(),
                a.getInsurer() == null ? null : a.getInsurer().getName(),
                a.getPublishedOn(), a.getExpiresOn(), a.isActive(), a.getVersion());
    }
}
