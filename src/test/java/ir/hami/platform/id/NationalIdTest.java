package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalIdTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "0012345679", // r = 2 -> 11 - 2 = 9
        "0499370899",
        "4557005128",
        "1234567891", // r = 10 -> 1
        "9876543210", // r = 0 -> 0
        "1000000060", // r = 0 -> 0
        "1000000011", // r = 1 -> 1
        "0000000019"
    })
    void nationalIdWithRightCheckDigitIsAccepted(String id) {
        NationalId nationalId = NationalId.parse(id);
        assertEquals(id, nationalId.value());
        assertEquals(id, nationalId.toString());
        assertTrue(NationalId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0012345678", "0012345670", "0499370898", "1234567890", "9876543211", "1000000061"})
    void nationalIdWithWrongCheckDigitIsRefused(String id) {
        ValidationException e = assertThrows(ValidationException.class, () -> NationalId.parse(id));
        assertEquals(NationalId.KEY_INVALID, e.key());
        assertEquals("nationalId.invalid", e.key());
        assertFalse(NationalId.isValid(id));
    }

    @Test
    void everyWrongCheckDigitIsRefusedAndOnlyTheRightOneAccepted() {
        String nine = "049937089";
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == 9, NationalId.isValid(nine + d), "check digit " + d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "2222222222", "3333333333", "4444444444",
        "5555555555", "6666666666", "7777777777", "8888888888", "9999999999"})
    void nationalIdOfTenEqualDigitsIsRefusedEvenWhenTheChecksumFits(String id) {
        ValidationException e = assertThrows(ValidationException.class, () -> NationalId.parse(id));
        assertEquals(NationalId.KEY_INVALID, e.key());
    }

    @Test
    void tenEqualDigitsWouldPassTheChecksumAlone() {
        // why the extra rule exists: 0000000000 and 1111111111 satisfy the check digit formula
        assertEquals(0, NationalId.checkDigit("000000000"));
        assertEquals(1, NationalId.checkDigit("111111111"));
    }

    @Test
    void nationalIdInPersianDigitsIsAccepted() {
        assertEquals("0012345679", NationalId.parse("۰۰۱۲۳۴۵۶۷۹").value());
    }

    @Test
    void nationalIdInArabicIndicDigitsIsAccepted() {
        assertEquals("0012345679", NationalId.parse("٠٠١٢٣٤٥٦٧٩").value());
    }

    @Test
    void nationalIdWithSpacesAndDashesIsAccepted() {
        assertEquals("0012345679", NationalId.parse(" 001-234567-9 ").value());
        assertEquals("0012345679", NationalId.parse("001 234 567 9").value());
        assertEquals("0012345679", NationalId.parse("\u200F۰۰۱\u00A0۲۳۴۵۶۷–۹").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345679", "012345679", "00012345679", "001234567", "1", "00123456790"})
    void nationalIdOfWrongLengthIsRefusedAndNotPadded(String id) {
        ValidationException e = assertThrows(ValidationException.class, () -> NationalId.parse(id));
        assertEquals(NationalId.KEY_FORMAT, e.key());
        assertEquals("nationalId.format", e.key());
    }

    @Test
    void nineDigitIdIsRefusedAlthoughTheZeroPaddedOneIsValid() {
        assertTrue(NationalId.isValid("0012345679"));
        assertFalse(NationalId.isValid("012345679"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "-", "001234567x", "00123456.9", "+012345679", "abcdefghij", "۰۰۱۲۳۴۵۶۷٩a"})
    void nationalIdThatIsNotTenDigitsIsRefused(String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> NationalId.parse(raw));
        assertEquals(NationalId.KEY_FORMAT, e.key());
        assertFalse(NationalId.isValid(raw));
    }

    @CsvSource({"001234567, 9", "049937089, 9", "123456789, 1", "987654321, 0", "100000001, 1", "455700512, 8"})
    @ParameterizedTest
    void checkDigitFollowsTheWeightedSumModEleven(String nine, int expected) {
        assertEquals(expected, NationalId.checkDigit(nine));
    }

    @Test
    void checkDigitMakesValidIdsForRandomPrefixes() {
        Random random = new Random(1403);
        for (int i = 0; i < 1000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            String id = nine + NationalId.checkDigit(nine);
            boolean allSame = id.chars().distinct().count() == 1;
            assertEquals(!allSame, NationalId.isValid(id), id);
            int wrong = (NationalId.checkDigit(nine) + 1 + random.nextInt(9)) % 10;
            assertFalse(NationalId.isValid(nine + wrong), nine + wrong);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345678", "1234567890", "12345678a", "۰۰۱۲۳۴۵۶۷"})
    void checkDigitNeedsExactlyNineAsciiDigits(String nine) {
        assertThrows(IllegalArgumentException.class, () -> NationalId.checkDigit(nine));
    }

    @Test
    void constructorValidatesLikeParse() {
        assertEquals("0012345679", new NationalId("۰۰۱-۲۳۴۵۶۷-۹").value());
        assertThrows(ValidationException.class, () -> new NationalId("0012345678"));
    }

    @Test
    void nationalIdsWithTheSameDigitsAreEqual() {
        assertEquals(NationalId.parse("0012345679"), NationalId.parse("۰۰۱ ۲۳۴ ۵۶۷ ۹"));
        assertEquals(NationalId.parse("0012345679").hashCode(), NationalId.parse("۰۰۱۲۳۴۵۶۷۹").hashCode());
        assertNotEquals(NationalId.parse("0012345679"), NationalId.parse("0499370899"));
    }

    @Test
    void nationalIdSurvivesSerialization() throws Exception {
        NationalId id = NationalId.parse("0499370899");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(id);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(id, in.readObject());
        }
    }
}
