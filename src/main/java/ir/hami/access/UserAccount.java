package ir.hami.access;

import ir.hami.platform.security.Role;
import ir.hami.membership.Person;
import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/**
 * A login. Members' usernames are their national IDs and the account points at the person; staff and
 * treatment-centre users have a chosen username. The password is stored only as a PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "user_account")
    @TableGenerator(name = "user_account", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "user_account", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @OneToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** For treatment-centre users: the id of their treatment centre. */
    @Column(name = "center_id")
    private Long centerId;

    /** The mobile on the person was typed at activation, not taken from the roster (issue 14). */
    @Column(name = "mobile_self_declared", nullable = false)
    private boolean mobileSelfDeclared;

    @Column(name = "mobile_declared_at")
    private Instant mobileDeclaredAt;

    /** When and by whom the referral unit checked a self-declared mobile (null while unchecked). */
    @Column(name = "mobile_checked_at")
    private Instant mobileCheckedAt;

    @Column(name = "mobile_checked_by", length = 60)
    private String mobileCheckedBy;

    @Version
    private long version;

    protected UserAccount() {
    }

    public static UserAccount forMember(Person person, Instant now) {
        UserAccount account = new UserAccount();
        account.username = person.getNationalId();
        account.person = person;
        account.role = Role.MEMBER;
        account.displayName = person.getFullName();
        account.createdAt = now;
        return account;
    }

    public static UserAccount forStaff(String username, Role role, String displayName, Instant now) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.role = role;
        account.displayName = displayName;
        account.createdAt = now;
        return account;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

    /** The member's mobile was typed by them (after proving roster data and an SMS code), not from the roster. */
    public void declareMobile(Instant now) {
        this.mobileSelfDeclared = true;
        this.mobileDeclaredAt = now;
        this.mobileCheckedAt = null;
        this.mobileCheckedBy = null;
    }

    /** The referral unit checked the self-declared mobile with the member or the policyholder. */
    public void confirmMobile(String by, Instant now) {
        this.mobileCheckedAt = now;
        this.mobileCheckedBy = by;
    }

    /** The self-declared binding is undone: no password and no mark remain, the member must activate again. */
    public void clearDeclaredMobile() {
        this.mobileSelfDeclared = false;
        this.mobileDeclaredAt = null;
        this.mobileCheckedAt = null;
        this.mobileCheckedBy = null;
        this.passwordHash = null;
        this.mustChangePassword = false;
    }

    public void recordLogin(Instant now) {
        this.lastLoginAt = now;
    }

    public Long getCenterId() { return centerId; }
    public void setCenterId(Long centerId) { this.centerId = centerId; }
    public Long getId() { return id; }
    public String getUsername() { return username; }
    public Person getPerson() { return person; }
    public Role getRole() { return role; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public boolean isMobileSelfDeclared() { return mobileSelfDeclared; }
    public Instant getMobileDeclaredAt() { return mobileDeclaredAt; }
    public Instant getMobileCheckedAt() { return mobileCheckedAt; }
    public String getMobileCheckedBy() { return mobileCheckedBy; }
}
