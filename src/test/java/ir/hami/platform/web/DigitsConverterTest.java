package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DigitsConverterTest {

    private final DigitsConverter converter = new DigitsConverter();

    @Test
    void isRegisteredAsDigits() {
        assertEquals("digits", DigitsConverter.class.getAnnotation(FacesConverter.class).value());
    }

    @Test
    void numbersAndCodesAreShownWithTheDigitsOfTheReader() {
        assertEquals("۱۰", converter.toDisplay(10, Locale.forLanguageTag("fa")));
        assertEquals("C-۱۲۳", converter.toDisplay("C-123", Locale.forLanguageTag("fa")));
        assertEquals("021-22514788", converter.toDisplay("۰۲۱-۲۲۵۱۴۷۸۸", Locale.ENGLISH));
    }

    @Test
    void typedTextIsReadWithAsciiDigits() {
        assertEquals("M1234", converter.getAsObject(null, null, " M۱۲۳۴ "));
    }
}
