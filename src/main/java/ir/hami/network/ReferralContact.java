package ir.hami.network;

import ir.hami.membership.Insurer;
import jakarta.persistence.*;
import java.io.Serializable;

/**
 * The referral unit's phone lines for one insurer's members (واحد معرفی‌نامه): the office hours (e.g. «۷:۳۰ تا
 * ۱۶:۳۰»), the lines during office hours and the lines after hours, shown at the top of the centres page.
 */
@Entity
@Table(name = "referral_contact")
public class ReferralContact implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "referral_contact")
    @TableGenerator(name = "referral_contact", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "referral_contact", allocationSize = 50)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "insurer_id")
    private Insurer insurer;

    @Column(name = "office_hours", length = 100)
    private String officeHours;

    @Column(name = "office_phones", length = 300)
    private String officePhones;

    @Column(name = "after_hours_phones", length = 300)
    private String afterHoursPhones;

    @Version
    private long version;

    protected ReferralContact() {
    }

    public ReferralContact(Insurer insurer, String officeHours, String officePhones, String afterHoursPhones) {
        this.insurer = insurer;
        change(officeHours, officePhones, afterHoursPhones);
    }

    public void change(String officeHours, String officePhones, String afterHoursPhones) {
        this.officeHours = officeHours;
        this.officePhones = officePhones;
        this.afterHoursPhones = afterHoursPhones;
    }

    public Long getId() { return id; }
    public Insurer getInsurer() { return insurer; }
    public String getOfficeHours() { return officeHours; }
    public String getOfficePhones() { return officePhones; }
    public String getAfterHoursPhones() { return afterHoursPhones; }
    public long getVersion() { return version; }
}
