package ir.hami.membership;

/** Membership type chosen at login (نوع عضویت): members of insurance companies, of funds, or of groups. */
public enum MembershipType {
    INSURANCE_COMPANY, FUND, GROUP
}
