package ir.hami.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtTest {

    private static KeyPair current;
    private static KeyPair previous;
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        current = g.generateKeyPair();
        previous = g.generateKeyPair();
    }

    private static Jwt.Claims claims(Instant issued, Instant expires) {
        return new Jwt.Claims("hami", "0012345679", 42, 7L, Role.MEMBER, "abc", issued, expires);
    }

    private static Map<String, PublicKey> both() {
        return Map.of("k2", current.getPublic(), "k1", previous.getPublic());
    }

    @Test
    void aSignedTokenVerifiesWithItsClaims() {
        String token = Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k2", current.getPrivate());
        Jwt.Claims c = Jwt.verify(token, both(), "hami", NOW.plusSeconds(10)).orElseThrow();
        assertEquals("0012345679", c.username());
        assertEquals(42, c.accountId());
        assertEquals(7L, c.personId());
        assertEquals(Role.MEMBER, c.role());
        assertEquals(NOW.plusSeconds(600), c.expiresAt());
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"kid\":\"k2\"") && header.contains("\"alg\":\"RS256\""), header);
    }

    @Test
    void aTokenOfTheRotatedOutKeyStillVerifiesWhileItsKeyIsListedAndNotAfter() {
        String old = Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k1", previous.getPrivate());
        assertTrue(Jwt.verify(old, both(), "hami", NOW).isPresent());
        assertTrue(Jwt.verify(old, Map.of("k2", current.getPublic()), "hami", NOW).isEmpty());
    }

    @Test
    void anExpiredTokenIsRefusedAfterTheLeeway() {
        String token = Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k2", current.getPrivate());
        assertTrue(Jwt.verify(token, both(), "hami", NOW.plusSeconds(600 + Jwt.LEEWAY_SECONDS - 1)).isPresent());
        assertTrue(Jwt.verify(token, both(), "hami", NOW.plusSeconds(600 + Jwt.LEEWAY_SECONDS)).isEmpty());
    }

    @Test
    void aForgedOrAlteredTokenIsRefused() {
        String token = Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k2", current.getPrivate());
        String[] parts = token.split("\\.");
        // another person's id in the body, same signature
        String body = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"pid\":7", "\"pid\":8");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                body.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(Jwt.verify(altered, both(), "hami", NOW).isEmpty());
        // signed by a key that is not ours, under our key id
        String forged = Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k2", previous.getPrivate());
        assertTrue(Jwt.verify(forged, both(), "hami", NOW).isEmpty());
        // alg none
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"kid\":\"k2\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".x";
        assertTrue(Jwt.verify(none, both(), "hami", NOW).isEmpty());
        // another issuer, an unknown key id, garbage
        assertTrue(Jwt.verify(token, both(), "other", NOW).isEmpty());
        assertTrue(Jwt.verify(Jwt.sign(claims(NOW, NOW.plusSeconds(600)), "k9", current.getPrivate()), both(), "hami",
                NOW).isEmpty());
        for (String junk : new String[]{null, "", "a.b", "a.b.c.d", "..", "e30.e30.", "%%%.%%%.%%%"}) {
            assertTrue(Jwt.verify(junk, both(), "hami", NOW).isEmpty(), String.valueOf(junk));
        }
    }
}
