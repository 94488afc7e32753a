package ir.hami.claims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimCatalogAdmin;
import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;

class CatalogueEditorTest {

    @Test
    void theOrderIsReadInAnyDigits() {
        CatalogueEditor e = new CatalogueEditor();
        e.setOrder("۱۲");
        assertEquals(12, e.sortOrder());
        e.setOrder("");
        assertEquals(0, e.sortOrder());
        e.setOrder("12a");
        assertEquals("catalogue.order.invalid", assertThrows(ValidationException.class, e::sortOrder).key());
    }

    @Test
    void aNewFormHasANewKey() {
        CatalogueEditor e = new CatalogueEditor();
        ClaimCatalogAdmin.Entry first = e.entry();
        assertTrue(first.isNew());
        assertEquals(first.formKey(), e.entry().formKey(), "the same form sent twice: the same key");
        e.clear(null);
        assertNotEquals(first.formKey(), e.entry().formKey());
    }

    @Test
    void refusalsGoBesideTheirField() {
        assertEquals("typesForm:code", ClaimCataloguePage.fieldOf("typesForm:", ClaimCatalogAdmin.CODE_TAKEN));
        assertEquals("typesForm:title", ClaimCataloguePage.fieldOf("typesForm:", ClaimCatalogAdmin.TITLE_TOO_LONG));
        assertEquals("typesForm:kind", ClaimCataloguePage.fieldOf("typesForm:", ClaimCatalogAdmin.KIND_REQUIRED));
        assertEquals("typesForm:order", ClaimCataloguePage.fieldOf("typesForm:", "catalogue.order.invalid"));
        assertEquals(null, ClaimCataloguePage.fieldOf("typesForm:", ClaimCatalogAdmin.CONFLICT));
    }
}
