package ir.hami.claims;

import ir.hami.membership.FamilyRules;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.security.Role;
import java.io.Serializable;

/**
 * Who asks, as the claims services see it: role, username and, for a member, their own person. Made from the
 * logged-in {@link PortalUser} by the web layer; what a viewer may see is decided by the services.
 */
public record ClaimViewer(Role role, String username, Long personId) implements Serializable {

    public static ClaimViewer of(PortalUser user) {
        return new ClaimViewer(user.getRole(), user.getUsername(), user.getPersonId());
    }

    public boolean isMember() {
        return role == Role.MEMBER && personId != null;
    }

    /** Assessors, finance and administrators see every claim. */
    public boolean isClaimsStaff() {
        return role == Role.ASSESSOR || role == Role.FINANCE || role == Role.ADMIN;
    }

    /**
     * A claim is seen by the person it is about and by the main member of the coverage it was made under; a former
     * family member does not see claims made after they left (they are under another main member).
     */
    public boolean maySee(Claim c) {
        if (isClaimsStaff()) {
            return true;
        }
        return isMember() && FamilyRules.maySeeRecord(personId, c.getPersonId(), c.getMainPersonId());
    }
}
