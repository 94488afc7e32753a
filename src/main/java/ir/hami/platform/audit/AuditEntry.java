package ir.hami.platform.audit;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of the security and action log: who did what, when, from where. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_log")
    @TableGenerator(name = "audit_log", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "audit_log", allocationSize = 50)
    private Long id;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "ip", length = 45)
    private String ip;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String detail, String ip) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.ip = ip;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
    public String getIp() { return ip; }
}
