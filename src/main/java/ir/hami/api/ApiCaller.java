package ir.hami.api;

import ir.hami.claims.ClaimViewer;
import ir.hami.platform.security.Role;

/**
 * The member a request of the members' API is from: what the verified access token says, with no database read.
 * Resources hand it to the services, which decide by the record's own coverage what this member may see.
 */
public record ApiCaller(long accountId, String username, long personId) {

    public Role role() {
        return Role.MEMBER;
    }

    public ClaimViewer claimViewer() {
        return new ClaimViewer(Role.MEMBER, username, personId);
    }
}
