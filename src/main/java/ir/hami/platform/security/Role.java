package ir.hami.platform.security;

/**
 * Who a user is to the portal. Each account has one role; the role decides the menu and which pages and
 * endpoints answer (see web.xml security constraints and {@link PortalUser}).
 */
public enum Role {
    MEMBER, CENTER, REFERRAL, ASSESSOR, FINANCE, ADMIN;

    public boolean isStaff() {
        return this == REFERRAL || this == ASSESSOR || this == FINANCE || this == ADMIN;
    }
}
