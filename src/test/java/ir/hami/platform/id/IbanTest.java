package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IbanTest {

    /** Valid Iranian IBANs; check digits computed independently (ISO 13616 mod 97). */
    private static final String MELLI = "IR050170000000123456789012";
    private static final String PARSIAN = "IR820540102680020817909002";
    private static final String EXAMPLE = "IR062960000000100324200001";

    @ParameterizedTest
    @ValueSource(strings = {MELLI, PARSIAN, EXAMPLE, "IR430120000000000000000001"})
    void ibanWithRightCheckDigitsIsAccepted(String iban) {
        assertEquals(iban, Iban.parse(iban).value());
        assertEquals(iban, Iban.parse(iban).toString());
        assertTrue(Iban.isValid(iban));
    }

    @Test
    void ibanWithSpacesIsAccepted() {
        assertEquals(EXAMPLE, Iban.parse("IR06 2960 0000 0010 0324 2000 01").value());
        assertEquals(EXAMPLE, Iban.parse("  IR06-2960-0000-0010-0324-2000-01\u00A0").value());
    }

    @Test
    void lowerCaseIbanIsAccepted() {
        assertEquals(EXAMPLE, Iban.parse("ir062960000000100324200001").value());
        assertEquals(EXAMPLE, Iban.parse("Ir06 2960 0000 0010 0324 2000 01").value());
    }

    @Test
    void ibanInPersianDigitsIsAccepted() {
        assertEquals(EXAMPLE, Iban.parse("IR۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱").value());
    }

    @Test
    void ibanInArabicIndicDigitsIsAccepted() {
        assertEquals(EXAMPLE, Iban.parse("IR٠٦٢٩٦٠٠٠٠٠٠٠١٠٠٣٢٤٢٠٠٠٠١").value());
    }

    @Test
    void twentyFourDigitsAloneGetThePrefixIr() {
        assertEquals(EXAMPLE, Iban.parse("062960000000100324200001").value());
        assertEquals(PARSIAN, Iban.parse("۸۲ ۰۵۴۰ ۱۰۲۶ ۸۰۰۲ ۰۸۱۷ ۹۰۹۰ ۰۲").value());
    }

    @Test
    void ibanIsFormattedInGroupsOfFour() {
        assertEquals("IR06 2960 0000 0010 0324 2000 01", Iban.parse(EXAMPLE).formatted());
        assertEquals("IR82 0540 1026 8002 0817 9090 02", Iban.parse(PARSIAN).formatted());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "IR072960000000100324200001", // check digits off by one
        "IR002960000000100324200001", // 00, never valid
        "IR012960000000100324200001", // 01, never valid
        "IR992960000000100324200001",
        "IR062960000000100324200002", // last digit changed
        "IR062960000000100342200001", // two digits swapped
        "072960000000100324200001"    // without prefix, wrong check digits
    })
    void ibanWithWrongCheckDigitsIsRefused(String iban) {
        ValidationException e = assertThrows(ValidationException.class, () -> Iban.parse(iban));
        assertEquals(Iban.KEY_CHECKSUM, e.key());
        assertEquals("iban.checksum", e.key());
        assertFalse(Iban.isValid(iban));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "IR06296000000010032420000",    // 23 digits
        "IR0629600000001003242000011",  // 25 digits
        "06296000000010032420000",      // 23 digits without prefix
        "0629600000001003242000011",    // 25 digits without prefix
        "IR06A960000000100324200001",   // letter in the account
        "DE89370400440532013000",       // a valid German IBAN is not Iranian
        "GB29NWBK60161331926819",       // a valid British IBAN is not Iranian
        "IRX62960000000100324200001",
        "IR 06 2960 0000 0010 0324 2000 01 x",
        "IR+062960000000100324200001",
        "RI062960000000100324200001"
    })
    void ibanOfWrongLengthOrFormatIsRefused(String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> Iban.parse(raw));
        assertEquals(Iban.KEY_FORMAT, e.key());
        assertEquals("iban.format", e.key());
        assertFalse(Iban.isValid(raw));
    }

    @Test
    void ibanRefusedByIban4jKeepsTheCause() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Iban.parse("IR072960000000100324200001"));
        assertTrue(e.getCause() instanceof org.iban4j.InvalidCheckDigitException, String.valueOf(e.getCause()));
    }

    @Test
    void ibansWithTheSameNumberAreEqual() {
        assertEquals(Iban.parse(EXAMPLE), Iban.parse("ir۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱"));
        assertEquals(new Iban(EXAMPLE), Iban.parse("062960000000100324200001"));
    }

    @Test
    void ibanSurvivesSerialization() throws Exception {
        Iban iban = Iban.parse(PARSIAN);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(iban);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(iban, in.readObject());
        }
    }
}
