package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small rules of the account resources: the IBAN shown masked, birth dates in either calendar, upload size. */
class AccountResourcesTest {

    @Test
    void theIbanShowsOnlyItsCountryCheckDigitsAndLastSix() {
        assertEquals("IR06 **** **** **** **** 2000 01", ProfileResource.maskIban("IR062960000000100324200001"));
        assertNull(ProfileResource.maskIban(null));
    }

    @Test
    void aBirthDateIsReadAsIsoOrJalali() {
        assertEquals(LocalDate.of(1985, 3, 21), ActivationResource.date("1985-03-21"));
        assertEquals(LocalDate.of(1985, 3, 21), ActivationResource.date("1364/01/01"));
        assertEquals(LocalDate.of(1985, 3, 21), ActivationResource.date("1364-01-01"));
        assertEquals(LocalDate.of(1985, 3, 21), ActivationResource.date("۱۳۶۴/۰۱/۰۱"));
        assertNull(ActivationResource.date(" "));
        assertEquals("date.invalid", assertThrows(ValidationException.class,
                () -> ActivationResource.date("1364/13/01")).key());
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndOneWithinIsKeptWhole() {
        byte[] small = {1, 2, 3, 4};
        assertArrayEquals(small, MessagesResource.readAtMost(new ByteArrayInputStream(small), 4));
        ValidationException e = assertThrows(ValidationException.class,
                () -> MessagesResource.readAtMost(new ByteArrayInputStream(new byte[5 * 1024 * 1024 + 1]),
                        5 * 1024 * 1024));
        assertEquals("upload.tooLarge", e.key());
        assertEquals(5L, ((Number) e.args()[0]).longValue());
    }
}
