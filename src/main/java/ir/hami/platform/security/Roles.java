package ir.hami.platform.security;

/**
 * The role names for {@code @RolesAllowed} / {@code @RunAs} (constants, since annotations cannot read the enum). They
 * are the names of {@link Role} and of web.xml's security roles; glassfish-web.xml maps each to the group of the same
 * name (what {@code PortalIdentityStore} returns) and to a principal of the same name (for {@code @RunAs}).
 */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String CENTER = "CENTER";
    public static final String REFERRAL = "REFERRAL";
    public static final String ASSESSOR = "ASSESSOR";
    public static final String FINANCE = "FINANCE";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
