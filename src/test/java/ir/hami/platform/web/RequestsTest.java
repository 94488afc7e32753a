package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void anIdIsDigitsOnly() {
        assertEquals(Optional.of(42L), Requests.id("42"));
        assertEquals(Optional.of(42L), Requests.id(" 42 "));
        assertEquals(Optional.of(999_999_999_999_999_999L), Requests.id("999999999999999999"));
        for (String bad : new String[] {null, "", "  ", "-1", "+1", "1e3", "12a", "۴۲", "1234567890123456789", "4 2", "42; drop", "9".repeat(30)}) {
            assertTrue(Requests.id(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void theClientComesFromTheForwardedHeaderOnlyThroughATrustedProxy() {
        HttpServletRequest spoofed = request("203.0.113.7", "1.2.3.4");
        assertEquals("203.0.113.7", Requests.clientIp(spoofed, TrustedProxies.NONE));
        assertEquals("203.0.113.7", Requests.clientIp(spoofed, TrustedProxies.parse("10.0.0.0/8")));
        HttpServletRequest forwarded = request("10.0.0.5", "1.2.3.4, 198.51.100.20");
        assertEquals("10.0.0.5", Requests.clientIp(forwarded, TrustedProxies.NONE));
        assertEquals("198.51.100.20", Requests.clientIp(forwarded, TrustedProxies.parse("10.0.0.0/8")));
    }

    private static HttpServletRequest request(String peer, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(RequestsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0])
                            ? Collections.enumeration(List.of(forwardedFor)) : Collections.emptyEnumeration();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
