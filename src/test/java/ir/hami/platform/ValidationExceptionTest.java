package ir.hami.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValidationExceptionTest {

    @Test
    void validationExceptionCarriesItsKey() {
        ValidationException e = new ValidationException("nationalId.invalid");
        assertEquals("nationalId.invalid", e.key());
        assertEquals(0, e.args().length);
        assertEquals("nationalId.invalid", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void validationExceptionCarriesItsArguments() {
        ValidationException e = new ValidationException("amount.tooLarge", 5, "x");
        assertArrayEquals(new Object[] {5, "x"}, e.args());
        assertEquals("amount.tooLarge [5, x]", e.getMessage());
    }

    @Test
    void validationExceptionArgumentsCannotBeChangedFromOutside() {
        Object[] args = {"a"};
        ValidationException e = new ValidationException("k", args);
        args[0] = "changed";
        e.args()[0] = "changed too";
        assertArrayEquals(new Object[] {"a"}, e.args());
    }

    @Test
    void validationExceptionKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("boom");
        ValidationException e = new ValidationException(cause, "date.invalid", 1403);
        assertSame(cause, e.getCause());
        assertEquals("date.invalid", e.key());
        assertArrayEquals(new Object[] {1403}, e.args());
    }

    @Test
    void validationExceptionWithNullArgumentArrayHasNoArguments() {
        ValidationException e = new ValidationException("k", (Object[]) null);
        assertEquals(0, e.args().length);
    }

    @Test
    void validationExceptionWithoutKeyIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> new ValidationException((String) null));
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(" "));
    }
}
