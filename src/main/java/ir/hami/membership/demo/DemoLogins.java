package ir.hami.membership.demo;

import ir.hami.platform.security.Role;
import ir.hami.membership.LoginPolicy;
import ir.hami.membership.MembershipType;
import java.util.List;

/**
 * The logins the demo loader creates, for the README and the start-up log. The usernames, passwords and national IDs
 * are fixed, so the README can name them; they exist only in a database the demo loader filled, never in production.
 *
 * @param staff                  staff and treatment-centre users
 * @param activatedMember        main member of a STANDARD GROUP contract with three dependents, portal activated
 * @param legacyMember           main member of a LEGACY FUND contract who has not logged in yet: the first password
 *                               is their national ID and must be changed at first login
 * @param notActivatedMember     main member of a STANDARD contract with a registered mobile, no account yet: try the
 *                               activation by SMS code
 * @param insuranceCompanyMember main member of an INSURANCE_COMPANY contract, portal activated
 */
public record DemoLogins(List<StaffLogin> staff, MemberLogin activatedMember, MemberLogin legacyMember,
                         MemberLogin notActivatedMember, MemberLogin insuranceCompanyMember) {

    public static final String ACTIVATED_NATIONAL_ID = "0012345679";
    public static final String LEGACY_NATIONAL_ID = "0023456787";
    public static final String NOT_ACTIVATED_NATIONAL_ID = "0034567895";
    public static final String INSURANCE_COMPANY_NATIONAL_ID = "0045678911";
    public static final String ACTIVATION_MOBILE = "09121234567";
    public static final String MEMBER_PASSWORD = "Member@1405";

    /** The staff logins: username, password, role, display name. */
    public static final List<StaffLogin> STAFF = List.of(
            new StaffLogin("admin", "Admin@1405", Role.ADMIN, "مدیر سامانه"),
            new StaffLogin("referral", "Referral@1405", Role.REFERRAL, "کارشناس واحد معرفی‌نامه"),
            new StaffLogin("assessor", "Assessor@1405", Role.ASSESSOR, "کارشناس ارزیابی خسارت"),
            new StaffLogin("finance", "Finance@1405", Role.FINANCE, "کارشناس واحد مالی"),
            new StaffLogin("center", "Center@1405", Role.CENTER, "بیمارستان نمونه (کاربر مرکز درمانی)"),
            new StaffLogin("supervisor", "Supervisor@1405", Role.ASSESSOR, "سرپرست ارزیابی خسارت", true));

    /** @param claimsSupervisor an assessor who may reassign claims to other assessors */
    public record StaffLogin(String username, String password, Role role, String displayName,
                             boolean claimsSupervisor) {
        public StaffLogin(String username, String password, Role role, String displayName) {
            this(username, password, role, displayName, false);
        }
    }

    /**
     * A member login as a person types it.
     *
     * @param password the password to type, or null where the member has no password yet (activation)
     * @param mustChangePassword the portal asks for a new password at first login
     */
    public record MemberLogin(String nationalId, String memberCode, String password, boolean mustChangePassword,
                              String mobile, String fullName, MembershipType membershipType, LoginPolicy loginPolicy,
                              String insurer, String contractNumber, int dependents) {
    }

    public List<MemberLogin> members() {
        return List.of(activatedMember, legacyMember, notActivatedMember, insuranceCompanyMember);
    }

    /** The logins as lines of text, for the log and the README. */
    public String describe() {
        StringBuilder out = new StringBuilder("Demo logins (demo data only, never in production):\n");
        for (StaffLogin s : staff) {
            out.append(String.format("  %-9s %-10s / %-14s%n", s.role(), s.username(), s.password()));
        }
        member(out, "member, activated", activatedMember);
        member(out, "member, legacy first login", legacyMember);
        member(out, "member, not activated", notActivatedMember);
        member(out, "member, insurance company", insuranceCompanyMember);
        return out.toString();
    }

    private static void member(StringBuilder out, String title, MemberLogin m) {
        out.append(String.format("  %-27s national ID %s, member code %s, type %s, password %s%s%s%n", title,
                m.nationalId(), m.memberCode(), m.membershipType(),
                m.password() == null ? "(none: activate with mobile " + m.mobile() + ")" : m.password(),
                m.mustChangePassword() ? " (must change at first login)" : "",
                "; " + m.fullName() + ", " + m.insurer() + " contract " + m.contractNumber() + ", "
                        + m.loginPolicy() + ", " + m.dependents()
                        + (m.dependents() == 1 ? " dependent" : " dependents")));
    }

    /**
     * The fixed part of the logins (usernames, passwords, national IDs), known without a database: what the loader
     * prints when it finds the demo data already there.
     */
    public static String describeFixed() {
        StringBuilder out = new StringBuilder("Demo logins (if the demo loader filled this database):\n");
        for (StaffLogin s : STAFF) {
            out.append(String.format("  %-9s %-10s / %s%n", s.role(), s.username(), s.password()));
        }
        out.append(String.format("  member, activated           national ID %s / %s (GROUP)%n", ACTIVATED_NATIONAL_ID,
                MEMBER_PASSWORD));
        out.append(String.format("  member, legacy first login  national ID %s / %s (FUND, must change)%n",
                LEGACY_NATIONAL_ID, LEGACY_NATIONAL_ID));
        out.append(String.format("  member, not activated       national ID %s, activate with mobile %s (GROUP)%n",
                NOT_ACTIVATED_NATIONAL_ID, ACTIVATION_MOBILE));
        out.append(String.format("  member, insurance company   national ID %s / %s (INSURANCE_COMPANY)%n",
                INSURANCE_COMPANY_NATIONAL_ID, MEMBER_PASSWORD));
        return out.toString();
    }
}
