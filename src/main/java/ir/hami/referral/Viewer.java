package ir.hami.referral;

import ir.hami.platform.security.PortalUser;
import ir.hami.platform.security.Role;
import java.io.Serializable;

/**
 * Who asks, as the referral services see it: role, username, and the member's own person or the centre user's
 * centre. Made from the logged-in {@link PortalUser} by the web layer; what a viewer may see is decided by the
 * services, never by the page.
 */
public record Viewer(Role role, String username, Long personId, Long centerId) implements Serializable {

    public static Viewer of(PortalUser user) {
        return new Viewer(user.getRole(), user.getUsername(), user.getPersonId(), user.getCenterId());
    }

    public boolean isMember() {
        return role == Role.MEMBER && personId != null;
    }

    public boolean isCenter() {
        return role == Role.CENTER && centerId != null;
    }

    /** The referral unit and administrators work the queue. */
    public boolean isReferralStaff() {
        return role == Role.REFERRAL || role == Role.ADMIN;
    }
}
