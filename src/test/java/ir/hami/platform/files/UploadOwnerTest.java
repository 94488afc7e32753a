package ir.hami.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.web.FormKey;
import org.junit.jupiter.api.Test;

/** Whose staged uploads count against which quota. */
class UploadOwnerTest {

    @Test
    void anAccountIsOneOwnerOverAllItsForms() {
        UploadOwner me = UploadOwner.account("0012345679");
        assertEquals("account:0012345679", me.key());
        assertFalse(me.isVisitor());
        assertEquals(me, UploadOwner.account("0012345679"));
        assertNotEquals(me, UploadOwner.account("0012345670"));
    }

    @Test
    void aVisitorIsTheirFormFromTheirAddress() {
        FormKey form = FormKey.random();
        UploadOwner visitor = UploadOwner.visitor(form, "198.51.100.7");
        assertEquals("visitor:" + form.value(), visitor.key());
        assertTrue(visitor.isVisitor());
        assertEquals("198.51.100.7", visitor.address());
        assertNotEquals(visitor.key(), UploadOwner.visitor(FormKey.random(), "198.51.100.7").key());
    }

    @Test
    void noAccountIsNoOwner() {
        assertThrows(IllegalArgumentException.class, () -> UploadOwner.account(" "));
        assertThrows(IllegalArgumentException.class, () -> UploadOwner.account(null));
        assertThrows(IllegalArgumentException.class, () -> new UploadOwner("x".repeat(121), null));
    }
}
