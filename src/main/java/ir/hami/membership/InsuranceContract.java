package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A group contract (قرارداد / بیمه‌نامه) between an insurer and a policyholder: its number, period, plan of covers,
 * membership type, login policy and whether members may submit claims electronically.
 */
@Entity
@Table(name = "insurance_contract")
public class InsuranceContract implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "insurance_contract")
    @TableGenerator(name = "insurance_contract", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "insurance_contract", allocationSize = 50)
    private Long id;

    @Column(name = "contract_number", nullable = false, length = 40)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "insurer_id")
    private Insurer insurer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policyholder_id")
    private Policyholder policyholder;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_type", nullable = false, length = 20)
    private MembershipType membershipType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "e_claims", nullable = false)
    private boolean electronicClaims;

    @Enumerated(EnumType.STRING)
    @Column(name = "login_policy", nullable = false, length = 20)
    private LoginPolicy loginPolicy;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Cover> covers = new ArrayList<>();

    /** Rials for the whole term (V20); the loss ratio is paid claims against it. Null until entered. */
    @Column(name = "premium")
    private Long premium;

    @Version
    private long version;

    protected InsuranceContract() {
    }

    public InsuranceContract(String number, Insurer insurer, Policyholder policyholder, MembershipType membershipType,
                             LocalDate startDate, LocalDate endDate, boolean electronicClaims, LoginPolicy loginPolicy) {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("contract ends before it starts");
        }
        this.number = number;
        this.insurer = insurer;
        this.policyholder = policyholder;
        this.membershipType = membershipType;
        this.startDate = startDate;
        this.endDate = endDate;
        this.electronicClaims = electronicClaims;
        this.loginPolicy = loginPolicy;
    }

    public Cover addCover(String title, long annualCeiling, int franchisePercent) {
        Cover cover = new Cover(this, title, annualCeiling, franchisePercent, covers.size());
        covers.add(cover);
        return cover;
    }

    /** In force on the given day, both ends included. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /**
     * The premium an administrator entered (Rials, more than zero), or null to clear it.
     *
     * @throws IllegalArgumentException if the amount is zero or negative
     */
    public void changePremium(Long premium) {
        if (premium != null && premium <= 0) {
            throw new IllegalArgumentException("premium " + premium);
        }
        this.premium = premium;
    }

    public Long getId() { return id; }
    public Long getPremium() { return premium; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public Insurer getInsurer() { return insurer; }
    public Policyholder getPolicyholder() { return policyholder; }
    public MembershipType getMembershipType() { return membershipType; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public boolean isElectronicClaims() { return electronicClaims; }
    public LoginPolicy getLoginPolicy() { return loginPolicy; }
    public List<Cover> getCovers() { return covers; }
}
