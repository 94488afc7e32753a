package ir.hami.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    @Test
    void generatedKeysAreLongRandomAndHashedToHex() {
        String a = ApiKeyFormat.generate();
        String b = ApiKeyFormat.generate();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("hami_") && a.length() == 45, a);
        assertEquals(a, ApiKeyFormat.clean(a));
        assertTrue(ApiKeyFormat.hash(a).matches("[0-9a-f]{64}"));
        assertEquals(ApiKeyFormat.hash(a), ApiKeyFormat.hash(a));
        assertEquals(a.substring(0, 12), ApiKeyFormat.prefix(a));
    }

    @Test
    void headersAreTrimmedAndImplausibleKeysRefused() {
        assertEquals("hami-demo-key-0001", ApiKeyFormat.clean("  hami-demo-key-0001 "));
        assertNull(ApiKeyFormat.clean(null));
        assertNull(ApiKeyFormat.clean("short"));
        assertNull(ApiKeyFormat.clean("hami-demo-key-0001; drop"));
        assertNull(ApiKeyFormat.clean("x".repeat(201)));
    }
}
