package ir.hami.platform.id;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "09123456789",
        "9123456789",
        "+989123456789",
        "00989123456789",
        "989123456789",
        "+98 912 345 6789",
        "0912-345-6789",
        "(0912) 345 6789",
        "+98 (0) 912 345 6789",
        "0098 0912 345 6789",
        "98 0912 345 6789",
        "  0912 345 67 89 \u00A0"
    })
    void mobileNumberInAnyUsualFormIsAccepted(String raw) {
        MobileNumber mobile = MobileNumber.parse(raw);
        assertEquals("09123456789", mobile.value());
        assertEquals("09123456789", mobile.toString());
        assertTrue(MobileNumber.isValid(raw));
    }

    @Test
    void mobileNumberInPersianDigitsIsAccepted() {
        assertEquals("09123456789", MobileNumber.parse("۰۹۱۲۳۴۵۶۷۸۹").value());
        assertEquals("09351234567", MobileNumber.parse("+۹۸ ۹۳۵ ۱۲۳ ۴۵۶۷").value());
    }

    @Test
    void mobileNumberInArabicIndicDigitsIsAccepted() {
        assertEquals("09123456789", MobileNumber.parse("٠٩١٢٣٤٥٦٧٨٩").value());
    }

    @Test
    void mobileNumbersOfOtherOperatorsAreAccepted() {
        assertEquals("09901234567", MobileNumber.parse("9901234567").value());
        assertEquals("09011234567", MobileNumber.parse("+989011234567").value());
        assertEquals("09981234567", MobileNumber.parse("09981234567").value());
    }

    @Test
    void mobileNumberIsMaskedInTheMiddle() {
        assertEquals("0912***6789", MobileNumber.parse("09123456789").masked());
        assertEquals("0912***4567", MobileNumber.parse("+98 912 123 4567").masked());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "0912345678",       // 10 digits with 0: one digit short
        "091234567890",     // 12 digits with 0
        "912345678",        // 9 digits
        "91234567890",      // 11 digits without 0
        "02112345678",      // Tehran landline
        "2112345678",
        "+9809123456",      // too short after the country code
        "+449123456789",    // another country
        "+19123456789",
        "0044 912 345 6789",
        "00912345678",      // two trunk zeros
        "+98 98 912 345 6789", // the country code twice
        "0912345678a",
        "0912.345.6789",
        "09123456789+",
        "++989123456789"
    })
    void invalidMobileNumberIsRefused(String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> MobileNumber.parse(raw));
        assertEquals(MobileNumber.KEY_INVALID, e.key());
        assertEquals("mobile.invalid", e.key());
        assertFalse(MobileNumber.isValid(raw));
    }

    @Test
    void mobileNumbersWithTheSameCanonicalFormAreEqual() {
        assertEquals(MobileNumber.parse("+989123456789"), MobileNumber.parse("۰۹۱۲ ۳۴۵ ۶۷۸۹"));
        assertEquals(new MobileNumber("9123456789"), MobileNumber.parse("09123456789"));
    }
}
