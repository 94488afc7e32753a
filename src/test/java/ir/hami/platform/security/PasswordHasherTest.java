package ir.hami.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Password storage: PBKDF2-HMAC-SHA512 with an explicit, strong iteration count. */
class PasswordHasherTest {

    @Test
    void hashNamesAlgorithmIterationsSaltAndKey() {
        String stored = PasswordHasher.hash("kelid1404");
        String[] parts = stored.split("\\$");
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "16-byte salt");
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "512-bit key");
    }

    @Test
    void iterationCountIsSetExplicitlyAndStrong() {
        assertTrue(PasswordHasher.ITERATIONS >= 210_000, "OWASP: at least 210,000 for PBKDF2-HMAC-SHA512");
    }

    @Test
    void rightPasswordVerifiesWrongOneDoesNot() {
        String stored = PasswordHasher.hash("kelid1404");
        assertTrue(PasswordHasher.verify("kelid1404", stored));
        assertFalse(PasswordHasher.verify("kelid1405", stored));
        assertFalse(PasswordHasher.verify("Kelid1404", stored));
        assertFalse(PasswordHasher.verify("", stored));
        assertFalse(PasswordHasher.verify(null, stored));
        assertFalse(PasswordHasher.verify("kelid1404", null));
        assertFalse(PasswordHasher.verify("kelid1404", "sha256$" + PasswordHasher.sha256("kelid1404")));
    }

    @Test
    void persianPasswordVerifies() {
        String stored = PasswordHasher.hash("رمز‌عبور۱۴۰۴");
        assertTrue(PasswordHasher.verify("رمز‌عبور۱۴۰۴", stored));
        assertFalse(PasswordHasher.verify("رمزعبور۱۴۰۴", stored), "the ZWNJ is part of the password");
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        String first = PasswordHasher.hash("kelid1404");
        String second = PasswordHasher.hash("kelid1404");
        assertNotEquals(first, second);
        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertTrue(PasswordHasher.verify("kelid1404", first));
        assertTrue(PasswordHasher.verify("kelid1404", second));
    }

    @Test
    void weakerOldHashStillVerifiesAndAsksForRehash() throws Exception {
        byte[] salt = new byte[16];
        salt[0] = 7;
        PBEKeySpec spec = new PBEKeySpec("kelid1404".toCharArray(), salt, 10_000, 512);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String old = "pbkdf2-sha512$10000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);

        assertTrue(PasswordHasher.verify("kelid1404", old));
        assertFalse(PasswordHasher.verify("kelid1405", old));
        assertTrue(PasswordHasher.needsRehash(old));
        assertTrue(PasswordHasher.needsRehash("pbkdf2-sha512$209999$AAAA$AAAA"));
        assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("kelid1404")));
    }

    @Test
    void sha256IsHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PasswordHasher.sha256("abc"));
    }
}
