package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.parse("10.0.0.5, 10.1.0.0/16,fd00::/8 ::1");

    @Test
    void withNoTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("10.0.0.5", TrustedProxies.NONE.client("10.0.0.5", List.of("6.6.6.6")));
        assertEquals("10.0.0.5", TrustedProxies.parse("").client("10.0.0.5", List.of("6.6.6.6")));
        assertEquals("10.0.0.5", TrustedProxies.parse(null).client("10.0.0.5", List.of("6.6.6.6")));
    }

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.7", BALANCERS.client("203.0.113.7", List.of("1.2.3.4")));
        assertEquals("203.0.113.7", BALANCERS.client("203.0.113.7", List.of("10.0.0.5")));
    }

    @Test
    void aTrustedPeerNamesTheClient() {
        assertEquals("198.51.100.20", BALANCERS.client("10.0.0.5", List.of("198.51.100.20")));
        // no header: the proxy itself
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of()));
    }

    @Test
    void whatTheClientWroteItselfStaysToTheLeftAndIsNotBelieved() {
        // the client sent "X-Forwarded-For: 1.1.1.1", the balancer appended the address it saw
        assertEquals("198.51.100.20", BALANCERS.client("10.0.0.5", List.of("1.1.1.1, 198.51.100.20")));
        assertEquals("198.51.100.20", BALANCERS.client("10.0.0.5", List.of("1.1.1.1", "198.51.100.20")));
    }

    @Test
    void aChainThroughTwoProxiesSkipsBoth() {
        // client -> 10.1.2.3 (CIDR) -> 10.0.0.5 -> portal
        assertEquals("198.51.100.20",
                BALANCERS.client("10.0.0.5", List.of("6.6.6.6, 198.51.100.20, 10.1.2.3")));
        // every hop a trusted proxy: the leftmost one
        assertEquals("10.1.9.9", BALANCERS.client("10.0.0.5", List.of("10.1.9.9,10.1.2.3")));
    }

    @Test
    void cidrRangesMatchByPrefix() {
        assertTrue(BALANCERS.trusts("10.1.0.0"));
        assertTrue(BALANCERS.trusts("10.1.255.255"));
        assertFalse(BALANCERS.trusts("10.2.0.1"));
        assertFalse(BALANCERS.trusts("10.0.0.6"));
        TrustedProxies odd = TrustedProxies.parse("192.168.1.64/26, 0.0.0.0/0x, 2001:db8::/33");
        assertTrue(odd.trusts("192.168.1.127"));
        assertFalse(odd.trusts("192.168.1.128"));
        assertFalse(odd.trusts("192.168.1.63"));
        assertTrue(odd.trusts("2001:db8:7fff::1"));
        assertFalse(odd.trusts("2001:db8:8000::1"));
        assertEquals(List.of("0.0.0.0/0x"), odd.rejected());
    }

    @Test
    void ipv6PeersAndClients() {
        assertEquals("2001:db8:0:0:0:0:0:7", BALANCERS.client("fd12::1", List.of("2001:db8::7")));
        assertEquals("2001:db8:0:0:0:0:0:7", BALANCERS.client("0:0:0:0:0:0:0:1", List.of("[2001:db8::7]:4711")));
        assertEquals("198.51.100.20", BALANCERS.client("::1", List.of("198.51.100.20:4711, fd00::9")));
        assertEquals("2001:db8::99", BALANCERS.client("2001:db8::99", List.of("198.51.100.20")));
        // an IPv4-mapped peer is its IPv4 address
        assertEquals("198.51.100.20", BALANCERS.client("::ffff:10.0.0.5", List.of("198.51.100.20")));
    }

    @Test
    void malformedEntriesAreIgnoredSafely() {
        TrustedProxies config = TrustedProxies.parse("10.0.0.5, proxy.example.ir, 10.0.0.300, 10.0.0.0/33, ::1%lo, ");
        assertEquals(List.of("proxy.example.ir", "10.0.0.300", "10.0.0.0/33", "::1%lo"), config.rejected());
        assertTrue(config.trusts("10.0.0.5"));
        // garbage in the header ends the walk: nothing to its left is believed
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of("6.6.6.6, unknown")));
        assertEquals("10.1.2.3", BALANCERS.client("10.0.0.5", List.of("6.6.6.6, evil.example, 10.1.2.3")));
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of("")));
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of("1.2.3.4 5.6.7.8")));
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of("[::1")));
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of("01.2.3.4")));
        assertEquals("10.0.0.5", BALANCERS.client("10.0.0.5", List.of(".:1")));
    }

    @Test
    void literalsOnlyNeverNames() {
        assertNull(TrustedProxies.literal("localhost"));
        assertNull(TrustedProxies.literal("abc"));
        assertNull(TrustedProxies.literal("1.2.3"));
        assertNull(TrustedProxies.literal("fe80::1%eth0"));
        assertEquals(4, TrustedProxies.literal("127.0.0.1").length);
        assertEquals(16, TrustedProxies.literal("::1").length);
    }
}
