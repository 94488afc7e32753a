package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** Catalogue codes and titles as administrators type them. */
class CatalogueRulesTest {

    @Test
    void codesAreUpperCaseLatinWithLatinDigits() {
        assertEquals("MRI-2", ClaimCatalogAdmin.code(" mri-۲ "));
        assertEquals("X_RAY", ClaimCatalogAdmin.code("x_ray"));
    }

    @Test
    void badCodesAreRefused() {
        for (String bad : new String[]{null, "", "  ", "ام‌آر‌آی", "A B", "A".repeat(31)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> ClaimCatalogAdmin.code(bad), bad);
            assertEquals(ClaimCatalogAdmin.CODE_INVALID, e.key());
        }
    }

    @Test
    void titlesAreRequiredAndLimitedToTheColumn() {
        assertEquals("ویزیت پزشک", ClaimCatalogAdmin.title("  ویزیت   پزشک "));
        assertEquals(ClaimCatalogAdmin.TITLE_REQUIRED,
                assertThrows(ValidationException.class, () -> ClaimCatalogAdmin.title(" ")).key());
        assertEquals(ClaimCatalogAdmin.TITLE_TOO_LONG, assertThrows(ValidationException.class,
                () -> ClaimCatalogAdmin.title("ب".repeat(ClaimCatalogAdmin.TITLE_LENGTH + 1))).key());
        assertEquals(ClaimCatalogAdmin.TITLE_LENGTH, ClaimCatalogAdmin.title("ب".repeat(200)).length());
    }
}
