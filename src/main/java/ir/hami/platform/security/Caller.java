package ir.hami.platform.security;

/**
 * The account behind a logged-in caller, as {@link PortalUser} keeps it in the session.
 *
 * @param personId the member's own person id; null for staff and centres
 * @param centerId a treatment-centre user's centre; null for everyone else
 */
public record Caller(String username, long accountId, Role role, String displayName, Long personId, Long centerId,
                     boolean mustChangePassword) {
}
