package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-time form key behind "one message per form, however often it is sent". */
class FormKeyTest {

    @Test
    void everyFormGetsItsOwnUnguessableKey() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = FormKey.random().value();
            assertTrue(key.matches("[A-Za-z0-9_-]{22}"), key);
            keys.add(key);
        }
        assertEquals(10_000, keys.size());
    }

    @Test
    void theSameFormSentTwiceCarriesTheSameKey() {
        FormKey key = FormKey.random();
        assertEquals(key, new FormKey(key.value()));
    }

    @Test
    void anythingElseIsNoKey() {
        assertThrows(IllegalArgumentException.class, () -> new FormKey(null));
        assertThrows(IllegalArgumentException.class, () -> new FormKey("short"));
        assertThrows(IllegalArgumentException.class, () -> new FormKey("a".repeat(21) + "'"));
        assertThrows(IllegalArgumentException.class, () -> new FormKey("a".repeat(40)));
    }
}
