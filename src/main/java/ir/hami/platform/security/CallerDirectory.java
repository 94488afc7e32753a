package ir.hami.platform.security;

import java.util.Optional;

/**
 * Finds the account of a logged-in caller by username. The access feature implements it, so that every feature's
 * pages can read who is asking ({@link PortalUser}) without depending on login.
 */
public interface CallerDirectory {

    Optional<Caller> byUsername(String username);
}
