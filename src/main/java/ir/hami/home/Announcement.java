package ir.hami.home;

import ir.hami.membership.Insurer;
import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A notice on the members' home page (اعلانات); for every member, or only for one insurer's. */
@Entity
@Table(name = "announcement")
public class Announcement implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "announcement")
    @TableGenerator(name = "announcement", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "announcement", allocationSize = 50)
    private Long id;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @ManyToOne
    @JoinColumn(name = "insurer_id")
    private Insurer insurer;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    public Announcement() {
    }

    public Announcement(String title, String body, Insurer insurer, LocalDate publishedOn, LocalDate expiresOn,
                        String createdBy, Instant createdAt) {
        this.title = title;
        this.body = body;
        this.insurer = insurer;
        this.publishedOn = publishedOn;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isVisibleOn(LocalDate day) {
        return active && !publishedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Insurer getInsurer() { return insurer; }
    public void setInsurer(Insurer insurer) { this.insurer = insurer; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public long getVersion() { return version; }
}
