package ir.hami.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tariff book's columns, cells and template, and the rules of a row (without the database). */
class TariffSheetTest {

    @Test
    void theTemplateReadsBackWithItsColumnsAndAGoodExampleRow() throws Exception {
        Path file = Files.createTempFile("tariff-template-", ".xlsx");
        try {
            Files.write(file, TariffSheet.template());
            ExcelSheet sheet = ExcelSheet.open(file);
            assertEquals(TariffSheet.TITLES, sheet.titles());
            int[] columns = TariffSheet.columns(sheet.titles());
            assertArrayEquals(new int[] {0, 1, 2, 3, 4}, columns);
            List<List<String>> rows = new ArrayList<>();
            sheet.forEachRow(Set.of(), r -> rows.add(r.cells()));
            assertEquals(1, rows.size());
            List<String> example = rows.get(0);
            assertEquals("901910", TariffAdmin.code(TariffSheet.cell(example, columns, TariffSheet.CODE)));
            assertEquals(ItemKind.VISIT, TariffSheet.kind(TariffSheet.cell(example, columns, TariffSheet.KIND)));
            assertEquals(1_500_000, TariffAdmin.price(TariffSheet.cell(example, columns, TariffSheet.PRICE)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void columnsAreFoundByTitleInAnyOrderAndMissingOnesAreNamed() {
        int[] columns = TariffSheet.columns(List.of("قیمت واحد (ریال)", "x", "کد", "نوع قلم", "عنوان خدمت یا دارو",
                "كد نوع خدمت"));
        assertArrayEquals(new int[] {2, 4, 3, 5, 0}, columns, "Arabic kāf in a title is read as Persian");
        ValidationException e = assertThrows(ValidationException.class,
                () -> TariffSheet.columns(List.of("کد", "عنوان خدمت یا دارو")));
        assertEquals(TariffAdmin.KEY_MISSING_COLUMNS, e.key());
        assertEquals("نوع قلم، کد نوع خدمت، قیمت واحد (ریال)", e.args()[0]);
    }

    @Test
    void anItemKindIsItsPersianTitleOrItsName() {
        assertEquals(ItemKind.DRUG, TariffSheet.kind("دارو"));
        assertEquals(ItemKind.DRUG, TariffSheet.kind("drug"));
        assertEquals(ItemKind.OPTICS, TariffSheet.kind("عینک و لنز"));
        assertNull(TariffSheet.kind("قرص"));
        assertNull(TariffSheet.kind(null));
    }

    @Test
    void aPriceIsWholeRialsAboveZeroInAnyDigits() {
        assertEquals(2_500_000, TariffAdmin.price("۲٬۵۰۰٬۰۰۰"));
        assertEquals(2_500_000, TariffAdmin.price("٢٥٠٠٠٠٠"));
        assertEquals(2_500_000, TariffAdmin.price("2,500,000"));
        for (String bad : new String[] {"0", "-1", "12.5", "abc", "", "99999999999999999999"}) {
            assertEquals(TariffAdmin.KEY_PRICE_INVALID,
                    assertThrows(ValidationException.class, () -> TariffAdmin.price(bad)).key(), bad);
        }
    }

    @Test
    void aCodeIsLatinCapitalsDigitsDashAndUnderscore() {
        assertEquals("D-AMOX500", TariffAdmin.code(" d-amox500 "));
        assertEquals("901910", TariffAdmin.code("۹۰۱۹۱۰"));
        for (String bad : new String[] {"", "کد", "A B", "X".repeat(31)}) {
            assertEquals(TariffAdmin.KEY_CODE_INVALID,
                    assertThrows(ValidationException.class, () -> TariffAdmin.code(bad)).key(), bad);
        }
        assertEquals(TariffAdmin.KEY_TITLE_TOO_LONG,
                assertThrows(ValidationException.class, () -> TariffAdmin.title("ع".repeat(201))).key());
        assertEquals(TariffAdmin.KEY_TITLE_REQUIRED,
                assertThrows(ValidationException.class, () -> TariffAdmin.title("  ")).key());
    }
}
