package ir.hami.access;

import jakarta.security.enterprise.credential.Credential;

/** A login already decided by {@link LoginService}, as a one-time ticket from {@link LoginTickets}. */
public record TicketCredential(String ticket) implements Credential {
}
