package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The hand-over of a decided login to the container. */
class LoginTicketsTest {

    @Test
    void ticketIsRedeemedOnce() {
        LoginTickets tickets = new LoginTickets();
        String ticket = tickets.issue(42L);
        assertEquals(42L, tickets.redeem(ticket));
        assertNull(tickets.redeem(ticket));
    }

    @Test
    void unknownTicketIsNothing() {
        LoginTickets tickets = new LoginTickets();
        assertNull(tickets.redeem(null));
        assertNull(tickets.redeem("made-up"));
        String real = tickets.issue(7L);
        assertNull(tickets.redeem(real + "x"));
        assertEquals(7L, tickets.redeem(real), "a wrong guess does not spend the real ticket");
    }

    @Test
    void ticketsAreRandomAndPerAccount() {
        LoginTickets tickets = new LoginTickets();
        String first = tickets.issue(1L);
        String second = tickets.issue(2L);
        assertNotEquals(first, second);
        assertEquals(2L, tickets.redeem(second));
        assertEquals(1L, tickets.redeem(first));
    }
}
