package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FormKeyTest {

    @Test
    void aDerivedKeyIsTheFirst128BitsOfTheTextsSha256() throws Exception {
        String text = "api|42|retry-me-0001";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        assertEquals(expected, FormKey.derivedFrom(text).value());
        assertEquals(FormKey.derivedFrom(text), FormKey.derivedFrom(text), "a retry names the same key");
        assertNotEquals(FormKey.derivedFrom("api|43|retry-me-0001"), FormKey.derivedFrom(text), "owners never meet");
    }
}
