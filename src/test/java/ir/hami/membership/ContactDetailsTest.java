package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.Iban;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    private static final String IBAN = "IR062960000000100324200001";

    @Test
    void typedDetailsAreNormalised() {
        ContactDetails d = ContactDetails.of(" ۰۲۱-۲۲۵۱۴۷۸۸ ", " Ali.Karimi@example.ir ", "تهران،  خيابان  جعفري",
                "۱۲۳۴۵-۶۷۸۹۰", "ir06 2960 0000 0010 0324 2000 01");
        assertEquals("02122514788", d.phone());
        assertEquals("Ali.Karimi@example.ir", d.email());
        assertEquals("تهران، خیابان جعفری", d.address());
        assertEquals("1234567890", d.postalCode());
        assertEquals(IBAN, d.iban());
    }

    @Test
    void blankMeansNotGiven() {
        ContactDetails d = ContactDetails.of("", " ", null, "", "  ");
        assertNull(d.phone());
        assertNull(d.email());
        assertNull(d.address());
        assertNull(d.postalCode());
        assertNull(d.iban());
    }

    @Test
    void localPhoneOfEightDigitsIsAccepted() {
        assertEquals("22514788", ContactDetails.of("2251 4788", null, null, null, null).phone());
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertRefused("profile.phone.invalid", "phone", () -> ContactDetails.of("12345", null, null, null, null));
        assertRefused("profile.phone.invalid", "phone", () -> ContactDetails.of("021abc22514", null, null, null, null));
        assertRefused("profile.email.invalid", "email", () -> ContactDetails.of(null, "ali@", null, null, null));
        assertRefused("profile.email.invalid", "email", () -> ContactDetails.of(null, "a b@x.ir", null, null, null));
        assertRefused("profile.address.tooLong", "address",
                () -> ContactDetails.of(null, null, "ا".repeat(501), null, null));
        assertRefused("profile.postalCode.invalid", "postalCode",
                () -> ContactDetails.of(null, null, null, "123456789", null));
        assertRefused(Iban.KEY_CHECKSUM, "iban",
                () -> ContactDetails.of(null, null, null, null, "IR072960000000100324200001"));
        assertRefused(Iban.KEY_FORMAT, "iban", () -> ContactDetails.of(null, null, null, null, "IR0629600"));
    }

    private static void assertRefused(String key, String field, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(key, e.key());
        assertEquals(field, ContactDetails.field(e.key()));
    }
}
