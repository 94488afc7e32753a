package ir.hami.referral;

import jakarta.persistence.*;
import java.io.Serializable;

/** A procedure a request may name; {@code requiresExam}: a trusted-physician exam comes before any letter. */
@Entity
@Table(name = "referral_procedure")
public class ReferralProcedure implements Serializable {

    /** Length of the title column (V6__referral.sql). */
    public static final int TITLE_LENGTH = 200;

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_procedure")
    @TableGenerator(name = "referral_procedure", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "referral_procedure", allocationSize = 10)
    private Long id;

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "requires_exam", nullable = false)
    private boolean requiresExam;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReferralProcedure() {
    }

    public ReferralProcedure(String code, String title, boolean requiresExam) {
        this.code = code;
        this.title = title;
        this.requiresExam = requiresExam;
    }

    public void update(String title, boolean requiresExam, boolean active) {
        this.title = title;
        this.requiresExam = requiresExam;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public boolean isRequiresExam() { return requiresExam; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
