package ir.hami.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a decided login from {@link LoginService} to the container: a random single-use ticket that lives for a
 * few seconds inside this node's memory and is redeemed within the same request by {@link PortalIdentityStore}.
 * It never leaves the server, so it cannot be forged from outside. It stays in this node's memory, not in the grid
 * (features.md, "Two nodes: what is shared"): a ticket is issued and redeemed within one request, on the node that
 * serves it, so no other node ever asks for it, and a login secret is better not copied across the network.
 */
@ApplicationScoped
public class LoginTickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    private record Ticket(long accountId, Instant expires) {
    }

    public String issue(long accountId) {
        tickets.values().removeIf(t -> t.expires().isBefore(Instant.now()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(value, new Ticket(accountId, Instant.now().plusSeconds(30)));
        return value;
    }

    /** The account id of a valid ticket, which is used up; null otherwise. */
    public Long redeem(String value) {
        Ticket ticket = value == null ? null : tickets.remove(value);
        return ticket == null || ticket.expires().isBefore(Instant.now()) ? null : ticket.accountId();
    }
}
